/**
 * A headless Chromium for the page tests. It comes from the npm registry
 * (@sparticuz/chromium ships a headless build and the libraries it needs), so `npm test`
 * needs no system package; CHROMIUM_PATH points at another build when wanted.
 */
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";

export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await sparticuz.executablePath());
  return chromium.launch({
    executablePath,
    headless: true,
    // Not the package's own argument list, which is made for serverless hosts and switches
    // web security off: the page tests must see what a real browser sends (Origin, cookies).
    args: [
      "--no-sandbox",
      "--no-zygote",
      "--disable-gpu",
      "--use-gl=angle",
      "--use-angle=swiftshader",
      "--disable-quic",
      "--no-first-run",
      // Without these, Chromium tries to reach Google's services, which this machine cannot.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
