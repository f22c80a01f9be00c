/** Joins a user-typed base URL and a path without doubling or losing slashes. */
export function joinUrl(baseUrl: string, path: string): string {
  return baseUrl.trim().replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}
