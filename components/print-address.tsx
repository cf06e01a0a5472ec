'use client';
// The page's address, printed at the foot of the paper copy: the address bar's, as it is when printing
// (the filter changes it in place), so that a reader of the paper can find the page again.
import { useEffect, useRef } from 'react';

export function PrintAddress() {
  const address = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const show = () => {
      if (address.current) address.current.textContent = window.location.href;
    };
    show();
    const print = window.matchMedia('print');
    window.addEventListener('beforeprint', show);
    print.addEventListener('change', show);
    return () => {
      window.removeEventListener('beforeprint', show);
      print.removeEventListener('change', show);
    };
  }, []);
  return (
    <p className="mx-auto hidden max-w-6xl px-4 pb-6 text-sm print:block">
      Adresse de cette page : <span ref={address} className="break-all" />
    </p>
  );
}
