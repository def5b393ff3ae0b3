import { AppShell } from "@/components/shell/app-shell";

export default function ExplorerPage() {
  return <AppShell />;
}
