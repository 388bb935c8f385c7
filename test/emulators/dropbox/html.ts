export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1e1919;background:#f7f5f2}
h1{font-size:1.6rem;font-weight:500}h2{font-size:1.1rem;margin:0 0 .75rem}h3{font-size:1rem;margin:1rem 0 .5rem}
a{color:#0061fe;text-decoration:none}a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;font-size:.9rem}
td.num{text-align:right;font-variant-numeric:tabular-nums}code{word-break:break-all}
.panel{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.panel form{display:inline-flex;gap:.75rem;align-items:center;margin:0}
.connections{list-style:none;padding:0;margin:0}.connections li{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.4rem 0;border-bottom:1px solid #eee}
.hint{color:#736c64;font-size:.85rem}
button{font:inherit;font-size:.9rem;padding:.45rem 1rem;margin-right:.5rem;border:1px solid #c1bcb5;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:#f0eeeb}button.primary{background:#0061fe;color:#fff;border-color:#0061fe}</style>
</head><body>${body}</body></html>`;
}
