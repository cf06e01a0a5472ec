'use client';
// Tells the page that frames the embed how tall the embed is, each time that changes, so that its
// script (/integrer.js) sizes the frame to it: no scroll bar inside, no blank space under it.
import { useEffect, useRef, type ReactNode } from 'react';
import { heightMessage, isHeightRequest } from '@/lib/embed/resize-message';

type Props = { id: string; theme: string | null; children: ReactNode };

/** The embed's outermost element: what is measured, and where the theme asked for is written. */
export function HeightReporter({ id, theme, children }: Props) {
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = content.current;
    if (!element || window.parent === window) return;
    // The height is no secret, and the embed cannot know who frames it: any origin may read it.
    const post = () => window.parent.postMessage(heightMessage(id, element.getBoundingClientRect().height), '*');
    const observer = new ResizeObserver(post);
    observer.observe(element);
    // The host's script may start after the first report: it asks, and gets the height again.
    // Nothing else of a message is read, and only the framing page is listened to.
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isHeightRequest(event.data)) post();
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [id]);
  return (
    <div ref={content} data-embed={id} data-theme={theme ?? undefined} className="flow-root">
      {children}
    </div>
  );
}
