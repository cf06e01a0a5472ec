// The headline block: a few key figures of the selection, each with where it comes from.
import type { Headline } from '@/lib/view/headlines';

export function Headlines({ items }: { items: Headline[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.key} className="flex flex-col gap-1 border-t-2 border-ink pt-2" data-headline={item.key}>
          <dt className="order-2 text-sm">{item.label}</dt>
          <dd className="tabular order-1 font-serif text-2xl font-semibold">{item.value}</dd>
          {item.source ? <dd className="order-3 text-xs text-muted">{item.source}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
