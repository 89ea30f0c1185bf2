for (const s of ['../x', '../dir']) {
  try { const m = await import(s); console.log(s, 'ok', m.default); } catch (e) { console.log(s, e.code, e.message); }
}
