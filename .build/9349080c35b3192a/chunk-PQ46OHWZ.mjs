// pipeline/extract/act/reference.ts
function actKey(a) {
  if (!a.issuer || !a.date || !a.number) return null;
  return `${a.issuer}|${a.region ?? "-"}|${a.date}|${a.number}`;
}

export {
  actKey
};
//# sourceMappingURL=chunk-PQ46OHWZ.mjs.map
