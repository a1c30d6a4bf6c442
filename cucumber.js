// Profiles of the conformance run. `default` targets whatever the environment names (the
// embedded mock when EWS_URL is unset); `live` also leaves out what only the mock can show.
// EWS_REPORTS_DIR moves the reports (the self-tests give each run its own folder).
const reports = process.env.EWS_REPORTS_DIR ?? 'reports';

const common = {
  paths: ['features/**/*.feature'],
  import: ['support/**/*.ts', 'steps/**/*.ts'],
  format: [
    'progress',
    `html:${reports}/cucumber.html`,
    `junit:${reports}/junit.xml`,
    `message:${reports}/cucumber.ndjson`,
  ],
  // The terminal shows each failure's message; requests and responses are in the HTML report.
  formatOptions: { junit: { suiteName: 'ews-im-conformance' }, printAttachments: false },
  strict: true,
};

export default { ...common };

export const live = { ...common, tags: 'not @mock-only' };

// For `npm run dry-run`: every step defined and unambiguous, no reports overwritten.
export const dry = { ...common, format: ['summary'], dryRun: true };
