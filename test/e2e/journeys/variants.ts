// The portals every journey runs against. Users run DocSpace in ways a loopback test portal hides:
// - the 4.0 client as well as 3.6 (the emulated host page follows each client's code);
// - a self-hosted portal on a LAN name over plain HTTP: http://docspace.lan is not a secure context,
//   so the plugin iframe has no crypto.subtle (https://w3c.github.io/webcrypto/#crypto-interface is
//   [SecureContext]; http://127.0.0.1 counts as secure, which hid it);
// - the portal page embedded in another site (the JavaScript SDK frames it), so `top` is a
//   cross-origin window and only `parent` is the portal.
// Two variants cover all of it without quadrupling the run time: the 3.6 host on a loopback page of
// its own, and the 4.0 host on a plain-HTTP LAN name inside a page of another origin. Set
// E2E_PORTALS=all to run every combination of host version × portal.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { DocSpaceEmulator } from "../../emulators/docspace";
import { startStack, type Stack, type StackOptions } from "../../support/stack";

export interface PortalVariant {
  name: string;
  hostVersion: "3.6" | "4.0";
  /** Served on a LAN host name over plain HTTP instead of http://127.0.0.1. */
  lan: boolean;
  /** The portal page sits in an iframe of another origin. */
  framed: boolean;
}

/** The portal's LAN name; the embedding site is a sibling name (same site, another origin). */
export const LAN_HOST = "docspace.lan";
export const EMBEDDER_HOST = "intranet.docspace.lan";

const ALL: PortalVariant[] = (["3.6", "4.0"] as const).flatMap((hostVersion) =>
  [false, true].map((other) => ({
    name: `${hostVersion} host, ${other ? `http://${LAN_HOST} framed by http://${EMBEDDER_HOST}` : "loopback page"}`,
    hostVersion,
    lan: other,
    framed: other,
  })),
);

export function portalVariants(): PortalVariant[] {
  if (process.env.E2E_PORTALS === "all") return ALL;
  return ALL.filter((variant) => (variant.hostVersion === "3.6") !== variant.lan);
}

/** Embedding pages, per portal emulator. */
const embedders = new WeakMap<DocSpaceEmulator, string>();

/** The page of another origin that frames the portal, or undefined when the portal is not framed. */
export function embedderOf(docspace: DocSpaceEmulator): string | undefined {
  return embedders.get(docspace);
}

/**
 * A page on another origin whose only content is an iframe on the portal URL given as `?src=`,
 * the way a site embeds DocSpace through the JavaScript SDK.
 */
async function startEmbedder(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://embedder").searchParams.get("src") ?? "about:blank";
    const attr = src.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html><head><title>Intranet</title><style>body{margin:0}iframe{border:0;width:100vw;height:100vh;display:block}</style></head>` +
        `<body><iframe id="docspace-frame" name="docspace" src="${attr}"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${EMBEDDER_HOST}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** startStack for a variant: host version, LAN name, and the embedding page when framed. */
export async function startVariantStack(variant: PortalVariant, options: StackOptions = {}): Promise<Stack> {
  const embedder = variant.framed ? await startEmbedder() : undefined;
  try {
    const stack = await startStack({
      ...options,
      docspace: {
        ...options.docspace,
        hostVersion: variant.hostVersion,
        ...(variant.lan ? { publicHost: LAN_HOST } : {}),
        // The embedding site is on the tenant's allowed list, which joins frame-ancestors.
        ...(embedder ? { allowedDomains: [embedder.origin] } : {}),
      },
      hostRules: [
        ...(options.hostRules ?? []),
        ...(variant.lan ? [`MAP ${LAN_HOST} 127.0.0.1`] : []),
        ...(embedder ? [`MAP ${EMBEDDER_HOST} 127.0.0.1`] : []),
      ],
    });
    if (!embedder) return stack;
    embedders.set(stack.docspace, embedder.origin);
    return {
      ...stack,
      close: async () => {
        await stack.close();
        await embedder.close();
      },
    };
  } catch (error) {
    await embedder?.close();
    throw error;
  }
}
