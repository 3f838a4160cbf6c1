/** localStorage if it works here, else null (private mode, blocked cookies, a kiosk profile, a full disk). */
export function probeStorage(): Storage | null {
  try {
    const s = window.localStorage;
    const k = '__excomm_probe__';
    s.setItem(k, '1');
    s.removeItem(k);
    return s;
  } catch {
    return null;
  }
}
