/** A parsed hash route. */
export type Route =
  | { view: 'home'; query: URLSearchParams }
  | { view: 'scene' | 'embed'; id: string; query: URLSearchParams };

/** Parse `#/`, `#/q/<id>?…`, `#/embed/<id>?…`. Anything else is home. */
export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const qi = h.indexOf('?');
  const path = qi < 0 ? h : h.slice(0, qi);
  const query = new URLSearchParams(qi < 0 ? '' : h.slice(qi + 1));
  const m = /^\/(q|embed)\/([^/?#]+)\/?$/.exec(path);
  if (m) {
    let id = m[2];
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep raw */
    }
    return { view: m[1] === 'q' ? 'scene' : 'embed', id, query };
  }
  return { view: 'home', query };
}

/** Build a hash for a route. */
export function formatHash(view: Route['view'], id?: string, query?: string): string {
  const q = query ? `?${query}` : '';
  if (view === 'home' || !id) return `#/${q}`;
  return `#/${view === 'scene' ? 'q' : 'embed'}/${encodeURIComponent(id)}${q}`;
}
