// Hostile values for the UI, shared by the page that renders them and the test that checks them. Each
// would run script, load something from another origin, or break the layout if it reached the DOM as
// markup, an attribute, a URL or a style; the UI must show the text as text and drop the URLs.

/** Texts: put in names, descriptions, ids, member ids, resolved names, scopes, request ids, messages. */
export const hostileTexts: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  "' onmouseover='window.__pwned=1' data-x='",
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '</style><script>window.__pwned=1</script>',
  '</style><style>*{background:url(//evil.example/css.png)}</style>',
  'x{} body{width:expression(window.__pwned=1)}',
  'javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x.png',
  '{{constructor.constructor("window.__pwned=1")()}}',
  // A template placeholder, kept literal: it must show as these characters, not be evaluated.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is the literal text.
  '${window.__pwned=1}',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '<!-- --><noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  'Invoice\u202Egnp.exe\u202C.pdf',
  'zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom\u2060word',
  '\u202Dforced\u202E left\u2066isolate\u2069 \u061Cmark',
  '👩‍👩‍👧‍👦🏳️‍🌈🇫🇷🧑🏽‍💻 emoji',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗̻ combining marks',
  'A'.repeat(10_000),
  'https://example.com/'.padEnd(10_000, 'x'),
  `${'word '.repeat(1_999)}word`,
  '__proto__',
  'constructor',
  'line\nbreak\ttab\r\nend',
];

/** URLs: used as logo URLs and Stytch `error_url`s; none is http(s), so none may reach `src` or `href`. */
export const hostileUrls: readonly string[] = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  '\\\\evil.example\\x.png',
  'blob:https://evil.example/2c3f5a1e',
  'file:///etc/passwd',
  'ftp://evil.example/x.png',
  'about:blank',
  'x" onerror="window.__pwned=1',
  '',
  '   ',
];
