// GET /export/carte.svg?…: the social card as SVG, fonts embedded; the PNG's route, in the other format.
import { cardRoute } from './carte.png';

export default cardRoute('svg');
