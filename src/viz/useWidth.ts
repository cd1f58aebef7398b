import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width (and height) of an element, kept current with a ResizeObserver, so figures scale
 * with their container.
 */
export function useWidth<T extends HTMLElement>(fallback = 640): [React.RefObject<T | null>, number, number] {
  const ref = useRef<T>(null);
  const [w, setW] = useState(fallback);
  const [h, setH] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setW(Math.max(200, Math.floor(r.width)));
      setH(Math.floor(r.height));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, w, h];
}
