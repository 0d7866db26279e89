import { config as loadDotenv } from "dotenv";
import { runBroadcastCli } from "../broadcast/cli.js";

/**
 * `npm run broadcast -- --text "..." | --file berkas.txt [--at "besok 08:00"] [--again]`: enqueues an
 * announcement for the running bot's delivery worker. See runBroadcastCli for the contract.
 */
loadDotenv({ quiet: true });
process.exitCode = runBroadcastCli(process.argv.slice(2), process.env, console);
