import type { Metadata } from "next";
import { ConsoleShell } from "@/components/console/console-shell";
import { loadExamples } from "@/lib/console/examples";
import { consoleLimits } from "@/lib/console/settings";

export const metadata: Metadata = { title: "Cypher console · Liaison" };
// Limits come from the server's environment at request time, not from the build machine.
export const dynamic = "force-dynamic";

export default function ConsolePage() {
  return <ConsoleShell examples={loadExamples()} limits={consoleLimits()} />;
}
