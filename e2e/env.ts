/** Where the browser tests find the app: one server on the test database, one with it down. */
export const APP_PORT = Number(process.env.LIAISON_TEST_APP_PORT ?? 3100);
export const APP_URL = `http://127.0.0.1:${APP_PORT}`;
export const DOWN_APP_PORT = APP_PORT + 1;
export const DOWN_APP_URL = `http://127.0.0.1:${DOWN_APP_PORT}`;
