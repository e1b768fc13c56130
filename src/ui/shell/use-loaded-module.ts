import { useEffect, useState } from "react";

/**
 * A module fetched after the first render (its own chunk): undefined until it has arrived, then
 * the same module on every render. A failed fetch is tried again on the next mount.
 */
export function useLoadedModule<M>(load: () => Promise<M>): M | undefined {
  const [loaded, setLoaded] = useState<M>();
  useEffect(() => {
    let live = true;
    load().then((m) => live && setLoaded(() => m), () => undefined);
    return () => { live = false; };
  }, [load]);
  return loaded;
}
