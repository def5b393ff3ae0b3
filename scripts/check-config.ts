// Validates the configuration before anything starts; a bad value stops `npm run up` naming it.
import { ConfigError, parseConfig } from "@/lib/config";

try {
  parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`[liaison] ${error.message}`);
  process.exit(2);
}
