import { type Config, loadConfig } from './config.ts';

/** The configuration, read once per process. */
let config: Config | undefined;

export function sessionConfig(): Config {
  config ??= loadConfig();
  return config;
}
