import {
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// schemas/gold.ts
var LANGUAGES = ["ru", "kk"];
var Language = external_exports.enum(LANGUAGES);
var FAMILIES = ["act", "title", "relation", "reglament", "step", "actor", "term"];
var Family = external_exports.enum(FAMILIES);
var ActKind = external_exports.enum(["resolution", "decision", "order", "law"]);
var Issuer = external_exports.enum(["akimat", "maslikhat", "akim", "government", "ministry"]);
var REGION_IDS = [
  "akmola",
  "aktobe",
  "almaty-region",
  "atyrau",
  "east-kazakhstan",
  "zhambyl",
  "west-kazakhstan",
  "karaganda",
  "kostanay",
  "kyzylorda",
  "mangystau",
  "pavlodar",
  "north-kazakhstan",
  "turkestan",
  "abai",
  "zhetysu",
  "ulytau",
  "astana",
  "almaty",
  "shymkent"
];
var RegionId = external_exports.enum(REGION_IDS);
var IsoDate = external_exports.string().regex(/^\d{4}-\d{2}-\d{2}$/);
var ActKey = external_exports.string().regex(/^[a-z]+\|[a-z-]+\|\d{4}-\d{2}-\d{2}\|\S+$/);
var EntryIntoForce = external_exports.union([
  external_exports.enum(["10-days-after-first-publication", "on-first-publication", "on-registration", "on-signature"]),
  external_exports.string().regex(/^date:\d{4}-\d{2}-\d{2}$/)
]);
var DURATION_UNITS = ["minute", "hour", "working-day", "calendar-day", "day", "month"];
var DurationUnit = external_exports.enum(DURATION_UNITS);
var Duration = external_exports.string().regex(/^\d+(?:[.,]\d+)? (minute|hour|working-day|calendar-day|day|month)$/);
var Channel = external_exports.enum(["provider", "state-corporation", "portal"]).nullable();
var TermKind = external_exports.enum(["total", "max-wait", "max-service"]);
var RoleId = external_exports.string().regex(/^(provider-clerk|provider-head|provider-deputy-head|provider-department-head|provider-executor|provider-employee|state-corporation-employee|recipient|commission|akim|other:[a-z0-9-]+)$/);
var RelationType = external_exports.enum(["amends", "repeals", "repealed-by", "amended-by"]);
var GoldAct = external_exports.object({
  kind: ActKind.nullable(),
  issuer: Issuer.nullable(),
  region: RegionId.nullable(),
  number: external_exports.string().nullable(),
  date: IsoDate.nullable(),
  title: external_exports.string().nullable(),
  registration: external_exports.object({ number: external_exports.string().nullable(), date: IsoDate.nullable() }).nullable(),
  status: external_exports.enum(["in-force", "repealed"]).nullable(),
  entryIntoForce: EntryIntoForce.nullable()
});
var GoldRelation = external_exports.object({ type: RelationType, target: ActKey });
var GoldStep = external_exports.object({ n: external_exports.number().int().positive(), actor: RoleId.nullable(), durations: external_exports.array(Duration) });
var GoldProcedure = external_exports.object({ variant: external_exports.string().nullable(), steps: external_exports.array(GoldStep) });
var GoldTerm = external_exports.object({ kind: TermKind, channel: Channel, duration: Duration });
var GoldReglament = external_exports.object({
  ordinal: external_exports.number().int().positive(),
  appendix: external_exports.string().nullable(),
  service: external_exports.string(),
  approvedBy: ActKey.nullable(),
  effect: external_exports.enum(["approved", "new-wording", "added"]).nullable(),
  procedures: external_exports.array(GoldProcedure),
  actors: external_exports.array(RoleId),
  terms: external_exports.array(GoldTerm)
});
var GoldDocument = external_exports.object({
  source: external_exports.string(),
  language: Language,
  scope: external_exports.array(Family).optional(),
  act: GoldAct.nullable(),
  relations: external_exports.array(GoldRelation),
  reglaments: external_exports.array(GoldReglament)
});

export {
  LANGUAGES,
  Language,
  FAMILIES,
  Family,
  ActKind,
  Issuer,
  RegionId,
  IsoDate,
  ActKey,
  EntryIntoForce,
  DurationUnit,
  Duration,
  Channel,
  TermKind,
  RoleId,
  RelationType,
  GoldAct,
  GoldRelation,
  GoldStep,
  GoldTerm,
  GoldReglament,
  GoldDocument
};
//# sourceMappingURL=chunk-ZMMWVS5X.mjs.map
