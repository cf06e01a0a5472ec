// npm run bench (and `-- --exports` alone): how a reader's page holds while print PNGs render back
// to back, each a new file (a new date each time, so no cache answers it), with the server's memory
// over three rounds. A report of figures, never a pass/fail test.
import { addDays } from '../lib/format/iso-date';
import { line, ms, percentile, rssMegabytes } from './bench-support';

/** Print PNGs asked for at once, each client asking for the next as soon as its last one came back. */
const EXPORT_CLIENTS = 4;
/** Reader requests of `/` per measure, one after another. */
const PAGE_REQUESTS = 400;


/** Times of `count` requests of `url`, one after another. */
async function pageTimes(url: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - start);
  }
  return times;
}

type ExportTally = { png: number; refused: number; other: number; seconds: number };

/**
 * Clients that ask for print PNGs until `stop` says so, each of a date never asked before (from
 * `firstDate` on), so that every one is drawn; counts the PNGs, the 503s and anything else.
 */
function exportLoad(base: string, firstDate: string, stop: () => boolean): Promise<ExportTally> {
  const tally: ExportTally = { png: 0, refused: 0, other: 0, seconds: 0 };
  let next = 0;
  const start = performance.now();
  const client = async () => {
    while (!stop()) {
      const date = addDays(firstDate, next++);
      const response = await fetch(`${base}/export/membres.png?impression=a4&date=${date}`);
      await response.arrayBuffer();
      if (response.status === 200 && response.headers.get('content-type') === 'image/png') tally.png++;
      else if (response.status === 503 && response.headers.has('retry-after')) {
        tally.refused++;
        await new Promise((resolve) => setTimeout(resolve, 200));
      } else tally.other++;
    }
  };
  return Promise.all(Array.from({ length: EXPORT_CLIENTS }, client)).then(() => {
    tally.seconds = (performance.now() - start) / 1000;
    return tally;
  });
}

export async function benchUnderExports(base: string, serverPid: number) {
  console.log(
    `\nLa page / pendant des exports : ${PAGE_REQUESTS} requêtes de / à la suite, au repos puis pendant que ` +
      `${EXPORT_CLIENTS} clients demandent des PNG d'impression (pleine largeur A4, 300 dpi) sans arrêt, chacun d'une date nouvelle ; 3 tours`,
  );
  await pageTimes(`${base}/`, 20); // warm-up
  const memory = [rssMegabytes(serverPid)];
  let firstDate = '2012-01-01';
  for (let round = 1; round <= 3; round++) {
    const idle = await pageTimes(`${base}/`, PAGE_REQUESTS);
    let done = false;
    const load = exportLoad(base, firstDate, () => done);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the threads are busy and the queue is filling
    const loaded = await pageTimes(`${base}/`, PAGE_REQUESTS);
    done = true;
    const tally = await load;
    firstDate = addDays(firstDate, 400);
    memory.push(rssMegabytes(serverPid));
    const p90Ratio = percentile(loaded, 90) / percentile(idle, 90);
    line(`tour ${round}, / au repos, p50 · p90`, `${ms(percentile(idle, 50))} · ${ms(percentile(idle, 90))}`);
    line(`tour ${round}, / pendant les exports, p50 · p90`, `${ms(percentile(loaded, 50))} · ${ms(percentile(loaded, 90))}`);
    line(`tour ${round}, p90 pendant / p90 au repos`, `${p90Ratio.toFixed(2)}×`, '≤ 3×');
    line(
      `tour ${round}, PNG d'impression rendus`,
      `${(tally.png / tally.seconds).toFixed(1)} /s`,
    );
    console.log(`${''.padEnd(52)}   ${tally.png} PNG, ${tally.refused} refus 503 (Retry-After), ${tally.other} autres réponses, en ${tally.seconds.toFixed(1)} s`);
  }
  const spread = (Math.max(...memory.slice(1)) - Math.min(...memory.slice(1))) / Math.min(...memory.slice(1));
  console.log(`mémoire du serveur (RSS) : ${memory.map((m) => `${Math.round(m)} Mo`).join(' → ')} (avant, puis après chaque tour)`);
  line('écart de la mémoire entre les tours', `${(spread * 100).toFixed(0)} %`, '± 15 %');
}
