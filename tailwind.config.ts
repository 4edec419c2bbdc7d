import type { Config } from "tailwindcss";

// Caisse's theme. Loaded by app/globals.css through Tailwind 4's `@config`.
// Colours: a deep teal brand (trust, money) with amber for attention; status colours are
// semantic so badges read the same on every page. Every text colour reaches WCAG AA (4.5:1) on
// white, on `surface.sunken` and on its own `soft` background (axe checks it on every staff page).
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#effaf8",
          100: "#d7f2ec",
          200: "#b1e4da",
          300: "#7fcfc2",
          400: "#4cb3a5",
          500: "#2f978a",
          600: "#237a70",
          700: "#1f625b",
          800: "#1c4f4a",
          900: "#19423e",
          950: "#0a2725",
        },
        ink: { DEFAULT: "#17202a", muted: "#5b6675", faint: "#636c7b" },
        surface: { DEFAULT: "#ffffff", sunken: "#f5f7f8", line: "#e3e8ec" },
        success: { DEFAULT: "#137a39", soft: "#e3f5e9" },
        warning: { DEFAULT: "#a15c07", soft: "#fdf1dc" },
        danger: { DEFAULT: "#b42318", soft: "#fde8e6" },
        info: { DEFAULT: "#1d5fb4", soft: "#e5effb" },
      },
      fontFamily: {
        sans: [
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Noto Sans",
          "Liberation Sans",
          "Arial",
          "sans-serif",
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "DejaVu Sans Mono", "monospace"],
      },
      boxShadow: { card: "0 1px 2px rgba(16,24,40,.06), 0 1px 3px rgba(16,24,40,.08)" },
    },
  },
} satisfies Config;
