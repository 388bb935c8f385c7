/** Same-origin REST calls; the session cookie rides along. */
export async function apiGet<T>(path: string): Promise<T> {
  const res = await fetch(`/api/2.0/${path}`, { credentials: "include" });
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return ((await res.json()) as { response: T }).response;
}

export async function apiSend(method: string, path: string, body: unknown): Promise<Response> {
  return fetch(`/api/2.0/${path}`, {
    method,
    credentials: "include",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}
