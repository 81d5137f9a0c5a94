/**
 * Runs before first paint: applies the remembered theme, or the system's, so there is no flash.
 * Kept tiny and dependency-free; the toggle stores "light" or "dark" under this key.
 */
export const THEME_STORAGE_KEY = "theme";

const script = `(function(){try{var k=${JSON.stringify(THEME_STORAGE_KEY)},s=localStorage.getItem(k),m=window.matchMedia("(prefers-color-scheme: dark)");function a(){var v=localStorage.getItem(k);document.documentElement.dataset.theme=v==="light"||v==="dark"?v:m.matches?"dark":"light"}a();m.addEventListener("change",a)}catch(e){document.documentElement.dataset.theme="light"}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
