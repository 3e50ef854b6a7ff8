import {
  DEFAULT_MAX_BYTES,
  ExtractedReglament,
  ExtractionResult,
  PIPELINE_VERSION
} from "./chunk-Z2SMPQQD.mjs";
import {
  actKey
} from "./chunk-PQ46OHWZ.mjs";
import {
  ActKind,
  Channel,
  DurationUnit,
  Issuer,
  RegionId,
  RoleId
} from "./chunk-ZMMWVS5X.mjs";
import {
  __commonJS,
  __export,
  __toESM,
  external_exports
} from "./chunk-VXHWECNZ.mjs";

// node_modules/punycode.js/punycode.js
var require_punycode = __commonJS({
  "node_modules/punycode.js/punycode.js"(exports, module) {
    "use strict";
    var maxInt = 2147483647;
    var base = 36;
    var tMin = 1;
    var tMax = 26;
    var skew = 38;
    var damp = 700;
    var initialBias = 72;
    var initialN = 128;
    var delimiter = "-";
    var regexPunycode = /^xn--/;
    var regexNonASCII = /[^\0-\x7F]/;
    var regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
    var errors = {
      "overflow": "Overflow: input needs wider integers to process",
      "not-basic": "Illegal input >= 0x80 (not a basic code point)",
      "invalid-input": "Invalid input"
    };
    var baseMinusTMin = base - tMin;
    var floor = Math.floor;
    var stringFromCharCode = String.fromCharCode;
    function error(type) {
      throw new RangeError(errors[type]);
    }
    function map(array, callback) {
      const result = [];
      let length = array.length;
      while (length--) {
        result[length] = callback(array[length]);
      }
      return result;
    }
    function mapDomain(domain, callback) {
      const parts = domain.split("@");
      let result = "";
      if (parts.length > 1) {
        result = parts[0] + "@";
        domain = parts[1];
      }
      domain = domain.replace(regexSeparators, ".");
      const labels = domain.split(".");
      const encoded = map(labels, callback).join(".");
      return result + encoded;
    }
    function ucs2decode(string) {
      const output = [];
      let counter = 0;
      const length = string.length;
      while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 55296 && value <= 56319 && counter < length) {
          const extra = string.charCodeAt(counter++);
          if ((extra & 64512) == 56320) {
            output.push(((value & 1023) << 10) + (extra & 1023) + 65536);
          } else {
            output.push(value);
            counter--;
          }
        } else {
          output.push(value);
        }
      }
      return output;
    }
    var ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
    var basicToDigit = function(codePoint) {
      if (codePoint >= 48 && codePoint < 58) {
        return 26 + (codePoint - 48);
      }
      if (codePoint >= 65 && codePoint < 91) {
        return codePoint - 65;
      }
      if (codePoint >= 97 && codePoint < 123) {
        return codePoint - 97;
      }
      return base;
    };
    var digitToBasic = function(digit, flag) {
      return digit + 22 + 75 * (digit < 26) - ((flag != 0) << 5);
    };
    var adapt = function(delta, numPoints, firstTime) {
      let k = 0;
      delta = firstTime ? floor(delta / damp) : delta >> 1;
      delta += floor(delta / numPoints);
      for (; delta > baseMinusTMin * tMax >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
      }
      return floor(k + (baseMinusTMin + 1) * delta / (delta + skew));
    };
    var decode2 = function(input) {
      const output = [];
      const inputLength = input.length;
      let i = 0;
      let n = initialN;
      let bias = initialBias;
      let basic = input.lastIndexOf(delimiter);
      if (basic < 0) {
        basic = 0;
      }
      for (let j = 0; j < basic; ++j) {
        if (input.charCodeAt(j) >= 128) {
          error("not-basic");
        }
        output.push(input.charCodeAt(j));
      }
      for (let index = basic > 0 ? basic + 1 : 0; index < inputLength; ) {
        const oldi = i;
        for (let w = 1, k = base; ; k += base) {
          if (index >= inputLength) {
            error("invalid-input");
          }
          const digit = basicToDigit(input.charCodeAt(index++));
          if (digit >= base) {
            error("invalid-input");
          }
          if (digit > floor((maxInt - i) / w)) {
            error("overflow");
          }
          i += digit * w;
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (digit < t) {
            break;
          }
          const baseMinusT = base - t;
          if (w > floor(maxInt / baseMinusT)) {
            error("overflow");
          }
          w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        if (floor(i / out) > maxInt - n) {
          error("overflow");
        }
        n += floor(i / out);
        i %= out;
        output.splice(i++, 0, n);
      }
      return String.fromCodePoint(...output);
    };
    var encode2 = function(input) {
      const output = [];
      input = ucs2decode(input);
      const inputLength = input.length;
      let n = initialN;
      let delta = 0;
      let bias = initialBias;
      for (const currentValue of input) {
        if (currentValue < 128) {
          output.push(stringFromCharCode(currentValue));
        }
      }
      const basicLength = output.length;
      let handledCPCount = basicLength;
      if (basicLength) {
        output.push(delimiter);
      }
      while (handledCPCount < inputLength) {
        let m = maxInt;
        for (const currentValue of input) {
          if (currentValue >= n && currentValue < m) {
            m = currentValue;
          }
        }
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
          error("overflow");
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of input) {
          if (currentValue < n && ++delta > maxInt) {
            error("overflow");
          }
          if (currentValue === n) {
            let q = delta;
            for (let k = base; ; k += base) {
              const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
              if (q < t) {
                break;
              }
              const qMinusT = q - t;
              const baseMinusT = base - t;
              output.push(
                stringFromCharCode(digitToBasic(t + qMinusT % baseMinusT, 0))
              );
              q = floor(qMinusT / baseMinusT);
            }
            output.push(stringFromCharCode(digitToBasic(q, 0)));
            bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
            delta = 0;
            ++handledCPCount;
          }
        }
        ++delta;
        ++n;
      }
      return output.join("");
    };
    var toUnicode = function(input) {
      return mapDomain(input, function(string) {
        return regexPunycode.test(string) ? decode2(string.slice(4).toLowerCase()) : string;
      });
    };
    var toASCII = function(input) {
      return mapDomain(input, function(string) {
        return regexNonASCII.test(string) ? "xn--" + encode2(string) : string;
      });
    };
    var punycode2 = {
      /**
       * A string representing the current Punycode.js version number.
       * @memberOf punycode
       * @type String
       */
      "version": "2.3.1",
      /**
       * An object of methods to convert from JavaScript's internal character
       * representation (UCS-2) to Unicode code points, and back.
       * @see <https://mathiasbynens.be/notes/javascript-encoding>
       * @memberOf punycode
       * @type Object
       */
      "ucs2": {
        "decode": ucs2decode,
        "encode": ucs2encode
      },
      "decode": decode2,
      "encode": encode2,
      "toASCII": toASCII,
      "toUnicode": toUnicode
    };
    module.exports = punycode2;
  }
});

// pipeline/read/index.ts
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";

// pipeline/shared/mapped-text.ts
function identityMapped(text2) {
  const offsets = new Int32Array(text2.length + 1);
  for (let i = 0; i <= text2.length; i++) offsets[i] = i;
  return { text: text2, offsets };
}
var MappedTextBuilder = class {
  parts = [];
  offs = new Int32Array(1024);
  n = 0;
  room(extra) {
    if (this.n + extra <= this.offs.length) return;
    const grown = new Int32Array(Math.max(this.offs.length * 2, this.n + extra));
    grown.set(this.offs.subarray(0, this.n));
    this.offs = grown;
  }
  /** Append `text`, whose characters sit at sourceStart, sourceStart+1, ... in the source. */
  copy(text2, sourceStart) {
    this.parts.push(text2);
    this.room(text2.length);
    for (let i = 0; i < text2.length; i++) this.offs[this.n++] = sourceStart + i;
    return this;
  }
  /** Append `text` whose character i sits at offsets[i] in the source. */
  copyMapped(text2, offsets) {
    this.parts.push(text2);
    this.room(text2.length);
    for (let i = 0; i < text2.length; i++) this.offs[this.n++] = offsets[i];
    return this;
  }
  /** Append characters that the source does not have verbatim (a joining space), anchored at sourceAt. */
  insert(text2, sourceAt) {
    this.parts.push(text2);
    this.room(text2.length);
    for (let i = 0; i < text2.length; i++) this.offs[this.n++] = sourceAt;
    return this;
  }
  /** Append a slice of another MappedText, keeping its source offsets. */
  copyFrom(from, start, end) {
    return this.copyMapped(from.text.slice(start, end), from.offsets.subarray(start, end));
  }
  get length() {
    return this.n;
  }
  lastChar() {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] ?? "" : "";
  }
  build(endOffset) {
    const offsets = new Int32Array(this.n + 1);
    offsets.set(this.offs.subarray(0, this.n));
    offsets[this.n] = endOffset;
    return { text: this.parts.join(""), offsets };
  }
};
function composeMapped(outer, inner) {
  const offsets = new Int32Array(outer.offsets.length);
  for (let i = 0; i < offsets.length; i++) offsets[i] = inner.offsets[Math.min(outer.offsets[i], inner.offsets.length - 1)];
  return { text: outer.text, offsets };
}
function sourceSpan(mapped, source, start, end) {
  if (end <= start) {
    const at = mapped.offsets[Math.min(start, mapped.text.length)];
    return { start: at, end: at, quote: "" };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < end; i++) {
    const o = mapped.offsets[i];
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  const s = Math.max(0, lo);
  const e = Math.min(source.length, hi + 1);
  return { start: s, end: e, quote: source.slice(s, e) };
}

// node_modules/mdurl/index.mjs
var mdurl_exports = {};
__export(mdurl_exports, {
  decode: () => decode_default,
  encode: () => encode_default,
  format: () => format,
  parse: () => parse_default
});

// node_modules/mdurl/lib/decode.mjs
var decodeCache = {};
function getDecodeCache(exclude) {
  let cache3 = decodeCache[exclude];
  if (cache3) {
    return cache3;
  }
  cache3 = decodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    cache3.push(ch);
  }
  for (let i = 0; i < exclude.length; i++) {
    const ch = exclude.charCodeAt(i);
    cache3[ch] = "%" + ("0" + ch.toString(16).toUpperCase()).slice(-2);
  }
  return cache3;
}
function decode(string, exclude) {
  if (typeof exclude !== "string") {
    exclude = decode.defaultChars;
  }
  const cache3 = getDecodeCache(exclude);
  return string.replace(/(%[a-f0-9]{2})+/gi, function(seq) {
    let result = "";
    for (let i = 0, l = seq.length; i < l; i += 3) {
      const b1 = parseInt(seq.slice(i + 1, i + 3), 16);
      if (b1 < 128) {
        result += cache3[b1];
        continue;
      }
      if ((b1 & 224) === 192 && i + 3 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        if ((b2 & 192) === 128) {
          const chr = b1 << 6 & 1984 | b2 & 63;
          if (chr < 128) {
            result += "\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 3;
          continue;
        }
      }
      if ((b1 & 240) === 224 && i + 6 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128) {
          const chr = b1 << 12 & 61440 | b2 << 6 & 4032 | b3 & 63;
          if (chr < 2048 || chr >= 55296 && chr <= 57343) {
            result += "\uFFFD\uFFFD\uFFFD";
          } else {
            result += String.fromCharCode(chr);
          }
          i += 6;
          continue;
        }
      }
      if ((b1 & 248) === 240 && i + 9 < l) {
        const b2 = parseInt(seq.slice(i + 4, i + 6), 16);
        const b3 = parseInt(seq.slice(i + 7, i + 9), 16);
        const b4 = parseInt(seq.slice(i + 10, i + 12), 16);
        if ((b2 & 192) === 128 && (b3 & 192) === 128 && (b4 & 192) === 128) {
          let chr = b1 << 18 & 1835008 | b2 << 12 & 258048 | b3 << 6 & 4032 | b4 & 63;
          if (chr < 65536 || chr > 1114111) {
            result += "\uFFFD\uFFFD\uFFFD\uFFFD";
          } else {
            chr -= 65536;
            result += String.fromCharCode(55296 + (chr >> 10), 56320 + (chr & 1023));
          }
          i += 9;
          continue;
        }
      }
      result += "\uFFFD";
    }
    return result;
  });
}
decode.defaultChars = ";/?:@&=+$,#";
decode.componentChars = "";
var decode_default = decode;

// node_modules/mdurl/lib/encode.mjs
var encodeCache = {};
function getEncodeCache(exclude) {
  let cache3 = encodeCache[exclude];
  if (cache3) {
    return cache3;
  }
  cache3 = encodeCache[exclude] = [];
  for (let i = 0; i < 128; i++) {
    const ch = String.fromCharCode(i);
    if (/^[0-9a-z]$/i.test(ch)) {
      cache3.push(ch);
    } else {
      cache3.push("%" + ("0" + i.toString(16).toUpperCase()).slice(-2));
    }
  }
  for (let i = 0; i < exclude.length; i++) {
    cache3[exclude.charCodeAt(i)] = exclude[i];
  }
  return cache3;
}
function encode(string, exclude, keepEscaped) {
  if (typeof exclude !== "string") {
    keepEscaped = exclude;
    exclude = encode.defaultChars;
  }
  if (typeof keepEscaped === "undefined") {
    keepEscaped = true;
  }
  const cache3 = getEncodeCache(exclude);
  let result = "";
  for (let i = 0, l = string.length; i < l; i++) {
    const code2 = string.charCodeAt(i);
    if (keepEscaped && code2 === 37 && i + 2 < l) {
      if (/^[0-9a-f]{2}$/i.test(string.slice(i + 1, i + 3))) {
        result += string.slice(i, i + 3);
        i += 2;
        continue;
      }
    }
    if (code2 < 128) {
      result += cache3[code2];
      continue;
    }
    if (code2 >= 55296 && code2 <= 57343) {
      if (code2 >= 55296 && code2 <= 56319 && i + 1 < l) {
        const nextCode = string.charCodeAt(i + 1);
        if (nextCode >= 56320 && nextCode <= 57343) {
          result += encodeURIComponent(string[i] + string[i + 1]);
          i++;
          continue;
        }
      }
      result += "%EF%BF%BD";
      continue;
    }
    result += encodeURIComponent(string[i]);
  }
  return result;
}
encode.defaultChars = ";/?:@&=+$,-_.!~*'()#";
encode.componentChars = "-_.!~*'()";
var encode_default = encode;

// node_modules/mdurl/lib/format.mjs
function format(url) {
  let result = "";
  result += url.protocol || "";
  result += url.slashes ? "//" : "";
  result += url.auth ? url.auth + "@" : "";
  if (url.hostname && url.hostname.indexOf(":") !== -1) {
    result += "[" + url.hostname + "]";
  } else {
    result += url.hostname || "";
  }
  result += url.port ? ":" + url.port : "";
  result += url.pathname || "";
  result += url.search || "";
  result += url.hash || "";
  return result;
}

// node_modules/mdurl/lib/parse.mjs
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.pathname = null;
}
var protocolPattern = /^([a-z0-9.+-]+:)/i;
var portPattern = /:[0-9]*$/;
var simplePathPattern = /^(\/\/?(?!\/)[^\?\s]*)(\?[^\s]*)?$/;
var delims = ["<", ">", '"', "`", " ", "\r", "\n", "	"];
var unwise = ["{", "}", "|", "\\", "^", "`"].concat(delims);
var autoEscape = ["'"].concat(unwise);
var nonHostChars = ["%", "/", "?", ";", "#"].concat(autoEscape);
var hostEndingChars = ["/", "?", "#"];
var hostnameMaxLen = 255;
var hostnamePartPattern = /^[+a-z0-9A-Z_-]{0,63}$/;
var hostnamePartStart = /^([+a-z0-9A-Z_-]{0,63})(.*)$/;
var hostlessProtocol = {
  javascript: true,
  "javascript:": true
};
var slashedProtocol = {
  http: true,
  https: true,
  ftp: true,
  gopher: true,
  file: true,
  "http:": true,
  "https:": true,
  "ftp:": true,
  "gopher:": true,
  "file:": true
};
function urlParse(url, slashesDenoteHost) {
  if (url && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function(url, slashesDenoteHost) {
  let lowerProto, hec, slashes;
  let rest = url;
  rest = rest.trim();
  if (!slashesDenoteHost && url.split("#").length === 1) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
      }
      return this;
    }
  }
  let proto = protocolPattern.exec(rest);
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = proto;
    rest = rest.substr(proto.length);
  }
  if (slashesDenoteHost || proto || rest.match(/^\/\/[^@\/]+@[^@\/]+/)) {
    slashes = rest.substr(0, 2) === "//";
    if (slashes && !(proto && hostlessProtocol[proto])) {
      rest = rest.substr(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol[proto] && (slashes || proto && !slashedProtocol[proto])) {
    let hostEnd = -1;
    for (let i = 0; i < hostEndingChars.length; i++) {
      hec = rest.indexOf(hostEndingChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    let auth, atSign;
    if (hostEnd === -1) {
      atSign = rest.lastIndexOf("@");
    } else {
      atSign = rest.lastIndexOf("@", hostEnd);
    }
    if (atSign !== -1) {
      auth = rest.slice(0, atSign);
      rest = rest.slice(atSign + 1);
      this.auth = auth;
    }
    hostEnd = -1;
    for (let i = 0; i < nonHostChars.length; i++) {
      hec = rest.indexOf(nonHostChars[i]);
      if (hec !== -1 && (hostEnd === -1 || hec < hostEnd)) {
        hostEnd = hec;
      }
    }
    if (hostEnd === -1) {
      hostEnd = rest.length;
    }
    if (rest[hostEnd - 1] === ":") {
      hostEnd--;
    }
    const host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost(host);
    this.hostname = this.hostname || "";
    const ipv6Hostname = this.hostname[0] === "[" && this.hostname[this.hostname.length - 1] === "]";
    if (!ipv6Hostname) {
      const hostparts = this.hostname.split(/\./);
      for (let i = 0, l = hostparts.length; i < l; i++) {
        const part = hostparts[i];
        if (!part) {
          continue;
        }
        if (!part.match(hostnamePartPattern)) {
          let newpart = "";
          for (let j = 0, k = part.length; j < k; j++) {
            if (part.charCodeAt(j) > 127) {
              newpart += "x";
            } else {
              newpart += part[j];
            }
          }
          if (!newpart.match(hostnamePartPattern)) {
            const validParts = hostparts.slice(0, i);
            const notHost = hostparts.slice(i + 1);
            const bit = part.match(hostnamePartStart);
            if (bit) {
              validParts.push(bit[1]);
              notHost.unshift(bit[2]);
            }
            if (notHost.length) {
              rest = notHost.join(".") + rest;
            }
            this.hostname = validParts.join(".");
            break;
          }
        }
      }
    }
    if (this.hostname.length > hostnameMaxLen) {
      this.hostname = "";
    }
    if (ipv6Hostname) {
      this.hostname = this.hostname.substr(1, this.hostname.length - 2);
    }
  }
  const hash = rest.indexOf("#");
  if (hash !== -1) {
    this.hash = rest.substr(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  if (qm !== -1) {
    this.search = rest.substr(qm);
    rest = rest.slice(0, qm);
  }
  if (rest) {
    this.pathname = rest;
  }
  if (slashedProtocol[lowerProto] && this.hostname && !this.pathname) {
    this.pathname = "";
  }
  return this;
};
Url.prototype.parseHost = function(host) {
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ":") {
      this.port = port.substr(1);
    }
    host = host.substr(0, host.length - port.length);
  }
  if (host) {
    this.hostname = host;
  }
};
var parse_default = urlParse;

// node_modules/uc.micro/build/index.mjs
var build_exports = {};
__export(build_exports, {
  Any: () => Any,
  Cc: () => Cc,
  Cf: () => Cf,
  P: () => P,
  S: () => S,
  Z: () => Z
});
var Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var Cc = /[\0-\x1F\x7F-\x9F]/;
var Cf = /[\xAD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]|\uD804[\uDCBD\uDCCD]|\uD80D[\uDC30-\uDC3F]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|\uDB40[\uDC01\uDC20-\uDC7F]/;
var P = /[!-#%-\*,-\/:;\?@\[-\]_\{\}\xA1\xA7\xAB\xB6\xB7\xBB\xBF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E\u1B4F\u1B5A-\u1B60\u1B7D-\u1B7F\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u2027\u2030-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDD6E\uDEAD\uDED0\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9\uDFD4\uDFD5\uDFD7\uDFD8]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09\uDFE1]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDD6D-\uDD6F\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD839\uDDFF|\uD83A[\uDD5E\uDD5F]/;
var S = /[\$\+<->\^`\|~\xA2-\xA6\xA8\xA9\xAC\xAE-\xB1\xB4\xB8\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0384\u0385\u03F6\u0482\u058D-\u058F\u0606-\u0608\u060B\u060E\u060F\u06DE\u06E9\u06FD\u06FE\u07F6\u07FE\u07FF\u0888\u09F2\u09F3\u09FA\u09FB\u0AF1\u0B70\u0BF3-\u0BFA\u0C7F\u0D4F\u0D79\u0E3F\u0F01-\u0F03\u0F13\u0F15-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0FBE-\u0FC5\u0FC7-\u0FCC\u0FCE\u0FCF\u0FD5-\u0FD8\u109E\u109F\u1390-\u1399\u166D\u17DB\u1940\u19DE-\u19FF\u1B61-\u1B6A\u1B74-\u1B7C\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD\u1FFE\u2044\u2052\u207A-\u207C\u208A-\u208C\u20A0-\u20C1\u2100\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A\u218B\u2190-\u2307\u230C-\u2328\u232B-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2767\u2794-\u27C4\u27C7-\u27E5\u27F0-\u2982\u2999-\u29D7\u29DC-\u29FB\u29FE-\u2B73\u2B76-\u2BFF\u2CE5-\u2CEA\u2E50\u2E51\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3004\u3012\u3013\u3020\u3036\u3037\u303E\u303F\u309B\u309C\u3190\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA700-\uA716\uA720\uA721\uA789\uA78A\uA828-\uA82B\uA836-\uA839\uAA77-\uAA79\uAB5B\uAB6A\uAB6B\uFB29\uFBB2-\uFBD2\uFD40-\uFD4F\uFD90\uFD91\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE62\uFE64-\uFE66\uFE69\uFF04\uFF0B\uFF1C-\uFF1E\uFF3E\uFF40\uFF5C\uFF5E\uFFE0-\uFFE6\uFFE8-\uFFEE\uFFFC\uFFFD]|\uD800[\uDD37-\uDD3F\uDD79-\uDD89\uDD8C-\uDD8E\uDD90-\uDD9C\uDDA0\uDDD0-\uDDFC]|\uD802[\uDC77\uDC78\uDEC8]|\uD803[\uDD8E\uDD8F\uDED1-\uDED8]|\uD805\uDF3F|\uD807[\uDFD5-\uDFF1]|\uD81A[\uDF3C-\uDF3F\uDF45]|\uD82F\uDC9C|\uD833[\uDC00-\uDCEF\uDCFA-\uDCFC\uDD00-\uDEB3\uDEBA-\uDED0\uDEE0-\uDEF0\uDF50-\uDFC3]|\uD834[\uDC00-\uDCF5\uDD00-\uDD26\uDD29-\uDD64\uDD6A-\uDD6C\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDDEA\uDE00-\uDE41\uDE45\uDF00-\uDF56]|\uD835[\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85\uDE86]|\uD838[\uDD4F\uDEFF]|\uD83B[\uDCAC\uDCB0\uDD2E\uDEF0\uDEF1]|\uD83C[\uDC00-\uDC2B\uDC30-\uDC93\uDCA0-\uDCAE\uDCB1-\uDCBF\uDCC1-\uDCCF\uDCD1-\uDCF5\uDD0D-\uDDAD\uDDE6-\uDE02\uDE10-\uDE3B\uDE40-\uDE48\uDE50\uDE51\uDE60-\uDE65\uDF00-\uDFFF]|\uD83D[\uDC00-\uDED8\uDEDC-\uDEEC\uDEF0-\uDEFC\uDF00-\uDFD9\uDFE0-\uDFEB\uDFF0]|\uD83E[\uDC00-\uDC0B\uDC10-\uDC47\uDC50-\uDC59\uDC60-\uDC87\uDC90-\uDCAD\uDCB0-\uDCBB\uDCC0\uDCC1\uDCD0-\uDCD8\uDD00-\uDE57\uDE60-\uDE6D\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF-\uDEF8\uDF00-\uDF92\uDF94-\uDFEF\uDFFA]/;
var Z = /[ \xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function codePointToString(codePoint) {
  return codePoint - 1 >>> 0 < 127 || codePoint - 160 >>> 0 < 55136 ? String.fromCharCode(codePoint) : String.fromCodePoint(replaceCodePoint(codePoint));
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table3 = new Uint8Array(127);
  let code2 = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table3[char] = code2++;
    }
  }
  return table3;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code2 = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code2 < 89) {
        previous += code2;
        single[slot++] = previous;
      } else if (code2 === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index = 0; index < count; index++) {
      const slot = startSlot + index;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index = 0; index < ngramIndex; index++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index * 2 + half];
      const value = single[source];
      if (value < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value = single[slot];
    if (value < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes2) {
  CharCodes2[CharCodes2["AMP"] = 38] = "AMP";
  CharCodes2[CharCodes2["NUM"] = 35] = "NUM";
  CharCodes2[CharCodes2["SEMI"] = 59] = "SEMI";
  CharCodes2[CharCodes2["EQUALS"] = 61] = "EQUALS";
  CharCodes2[CharCodes2["ZERO"] = 48] = "ZERO";
  CharCodes2[CharCodes2["NINE"] = 57] = "NINE";
  CharCodes2[CharCodes2["LOWER_A"] = 97] = "LOWER_A";
  CharCodes2[CharCodes2["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
var CONSUMED_SHIFT = 21;
var CODE_POINT_MASK = 2097151;
var CONSUMED_OVERFLOW = 2047;
var longNumericConsumed = 0;
function unpackConsumed(packed) {
  const consumed = packed >>> CONSUMED_SHIFT;
  return consumed === CONSUMED_OVERFLOW ? longNumericConsumed : consumed;
}
function isNumber(code2) {
  return code2 - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code2) {
  return (code2 | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code2) {
  return code2 === CharCodes.EQUALS || isAlpha(code2) || isNumber(code2);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index = 0; index < branchCount; index++) {
    const packed = decodeTree[nodeIndex + (index >> 1)];
    const key = packed >> ((index & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}
function readTrieValue(decodeTree, nodeIndex, valueLength) {
  if (valueLength === 1) {
    return String.fromCharCode(decodeTree[nodeIndex] & BinTrieFlags.VALUE_MASK);
  }
  if (valueLength === 2) {
    return String.fromCharCode(decodeTree[nodeIndex + 1]);
  }
  return String.fromCharCode(decodeTree[nodeIndex + 1], decodeTree[nodeIndex + 2]);
}
function parseNumericEntity(input, numberStart, inputLength) {
  let offset = numberStart + 1;
  let cp = 0;
  let digitStart = offset;
  if (offset < inputLength && (input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
    offset += 1;
    digitStart = offset;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char)) {
        cp = cp * 16 + (char - CharCodes.ZERO);
      } else if (isHexadecimalCharacter(char)) {
        cp = cp * 16 + ((char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10);
      } else {
        break;
      }
      offset += 1;
    }
  } else {
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9)
        break;
      cp = cp * 10 + digit;
      offset += 1;
    }
  }
  if (offset === digitStart)
    return 0;
  if (offset < inputLength && input.charCodeAt(offset) === CharCodes.SEMI) {
    offset += 1;
  }
  if (cp > 1114111)
    cp = 1114112;
  let consumed = offset - numberStart;
  if (consumed >= CONSUMED_OVERFLOW) {
    longNumericConsumed = consumed;
    consumed = CONSUMED_OVERFLOW;
  }
  return consumed << CONSUMED_SHIFT | cp;
}
function decodeWithTrie(input, isStrict, isAttribute) {
  const decodeTree = htmlDecodeTree;
  let offset = input.indexOf("&");
  if (offset < 0)
    return input;
  const inputLength = input.length;
  let chunkStart = 0;
  let result = "";
  const root = decodeTree[0];
  const rootJumpOffset = root & BinTrieFlags.JUMP_TABLE;
  const rootBranchCount = (root & BinTrieFlags.BRANCH_LENGTH) >> 7;
  do {
    const entityStart = offset + 1;
    const firstChar = input.charCodeAt(entityStart);
    let consumed;
    let value;
    if (firstChar === CharCodes.NUM) {
      const packed = parseNumericEntity(input, entityStart, inputLength);
      consumed = unpackConsumed(packed);
      if (isStrict && consumed > 0 && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI) {
        consumed = 0;
      }
      value = consumed === 0 ? "" : codePointToString(packed & CODE_POINT_MASK);
    } else if (isAlpha(firstChar)) {
      consumed = 0;
      value = "";
      const rootSlotIndex = firstChar - rootJumpOffset;
      let nodeIndex;
      if (rootSlotIndex >>> 0 < rootBranchCount) {
        const stored = decodeTree[1 + rootSlotIndex];
        nodeIndex = stored === 0 ? -1 : rootBranchCount + stored & 65535;
      } else {
        nodeIndex = -1;
      }
      let bestNodeIndex = 0;
      let bestValueLength = 0;
      let current = nodeIndex < 0 ? 0 : decodeTree[nodeIndex];
      let index = entityStart + 1;
      trie: while (index < inputLength) {
        while (
          // Value-less, non-run node with a nonzero jump offset.
          (current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0
        ) {
          const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
          const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (branchCount === 0) {
            if (input.charCodeAt(index) !== jumpOffset)
              break trie;
            nodeIndex += 1;
          } else {
            const slot = input.charCodeAt(index) - jumpOffset;
            if (slot >>> 0 >= branchCount)
              break trie;
            const stored = decodeTree[nodeIndex + 1 + slot];
            if (stored === 0)
              break trie;
            nodeIndex = nodeIndex + branchCount + stored & 65535;
          }
          current = decodeTree[nodeIndex];
          index += 1;
          if (index >= inputLength)
            break trie;
        }
        if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
          const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (input.charCodeAt(index) !== (current & BinTrieFlags.JUMP_TABLE)) {
            break;
          }
          index += 1;
          const remaining = runLength - 1;
          let wordIndex = nodeIndex + 1;
          let charIndexInPacked = 0;
          for (; charIndexInPacked + 1 < remaining; charIndexInPacked += 2) {
            const packed = decodeTree[wordIndex];
            if (input.charCodeAt(index) !== (packed & 255))
              break trie;
            index += 1;
            if (input.charCodeAt(index) !== (packed >> 8 & 255))
              break trie;
            index += 1;
            wordIndex += 1;
          }
          if (charIndexInPacked < remaining) {
            if (input.charCodeAt(index) !== (decodeTree[wordIndex] & 255))
              break;
            index += 1;
          }
          nodeIndex += 1 + (runLength >> 1);
          current = decodeTree[nodeIndex];
          continue;
        }
        const valueLength = current >>> 14;
        const char = input.charCodeAt(index);
        if (valueLength !== 0) {
          if (char === CharCodes.SEMI) {
            consumed = index - entityStart + 1;
            value = valueLength === 1 ? String.fromCharCode(current & BinTrieFlags.VALUE_MASK) : readTrieValue(decodeTree, nodeIndex, valueLength);
            break;
          }
          if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
            consumed = index - entityStart;
            bestNodeIndex = nodeIndex;
            bestValueLength = valueLength;
          }
          if (valueLength === 1)
            break;
        }
        const next = determineBranch(decodeTree, current, nodeIndex + (valueLength || 1), char);
        if (next < 0)
          break;
        nodeIndex = next;
        current = decodeTree[nodeIndex];
        index += 1;
      }
      if (value === "") {
        const finalVL = current >>> 14;
        if (finalVL !== 0 && !isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          consumed = index - entityStart;
          bestNodeIndex = nodeIndex;
          bestValueLength = finalVL;
        }
        if (consumed > 0) {
          value = readTrieValue(decodeTree, bestNodeIndex, bestValueLength);
        }
      }
    } else {
      consumed = 0;
      value = "";
    }
    if (consumed === 0 || isAttribute && firstChar !== CharCodes.NUM && input.charCodeAt(entityStart + consumed - 1) !== CharCodes.SEMI && entityStart + consumed < inputLength && isEntityInAttributeInvalidEnd(input.charCodeAt(entityStart + consumed))) {
      offset = entityStart;
    } else {
      if (chunkStart < offset) {
        result += input.slice(chunkStart, offset);
      }
      result += value;
      offset = chunkStart = entityStart + consumed;
    }
    if (input.charCodeAt(offset) !== CharCodes.AMP) {
      offset = input.indexOf("&", offset);
    }
  } while (offset >= 0);
  return result + input.slice(chunkStart);
}
function decodeHTMLStrict(htmlString) {
  return decodeWithTrie(htmlString, true, false);
}

// node_modules/entities/dist/index.js
var EntityLevel;
(function(EntityLevel2) {
  EntityLevel2[EntityLevel2["XML"] = 0] = "XML";
  EntityLevel2[EntityLevel2["HTML"] = 1] = "HTML";
})(EntityLevel || (EntityLevel = {}));
var EncodingMode;
(function(EncodingMode2) {
  EncodingMode2[EncodingMode2["UTF8"] = 0] = "UTF8";
  EncodingMode2[EncodingMode2["ASCII"] = 1] = "ASCII";
  EncodingMode2[EncodingMode2["Extensive"] = 2] = "Extensive";
  EncodingMode2[EncodingMode2["Attribute"] = 3] = "Attribute";
  EncodingMode2[EncodingMode2["Text"] = 4] = "Text";
})(EncodingMode || (EncodingMode = {}));

// node_modules/linkify-it/build/index.mjs
var REBuilder = class {
  src_Any = Any.source;
  src_Cc = Cc.source;
  src_Z = Z.source;
  src_P = P.source;
  src_ZPCc = [
    this.src_Z,
    this.src_P,
    this.src_Cc
  ].join("|");
  src_ZCc = [this.src_Z, this.src_Cc].join("|");
  cache = {};
  opts = {
    maxLength: 1e4,
    urlAuth: false,
    schema_names: []
  };
  constructor(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
  }
  set(opts = {}) {
    this.opts = {
      ...this.opts,
      ...opts
    };
    this.cache = {};
    return this;
  }
  escapeRE(str) {
    return str.replace(/[.?*+^$[\]\\(){}|-]/g, "\\$&");
  }
  nestedPairRE(open, close, depth = 4) {
    const openRE = this.escapeRE(open);
    const closeRE = this.escapeRE(close);
    const atom = `(?:(?!${this.src_ZCc}|${openRE}|${closeRE}).)`;
    let pair = `${openRE}${atom}{0,1000}${closeRE}`;
    for (let level = 2; level <= depth; level++) pair = `${openRE}(?:${atom}|${pair}){0,1000}${closeRE}`;
    return pair;
  }
  get_text_separators() {
    return this.cache.text_separators ??= /[><\uff5c]/;
  }
  get_pseudo_letter() {
    return this.cache.src_pseudo_letter ??= new RegExp(`(?:(?!${this.get_text_separators().source}|${this.src_ZPCc})${this.src_Any})`);
  }
  get_ipv4_addr() {
    return this.cache.src_ip4 ??= /* @__PURE__ */ new RegExp("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])[.]){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])");
  }
  get_ipv6_addr() {
    const h16 = "[0-9A-Fa-f]{1,4}";
    const ls32 = `(?:(?:${h16}:${h16})|${this.get_ipv4_addr().source})`;
    return this.cache.src_ip6_addr ??= new RegExp(`(?:(?:${h16}:){6}${ls32}|::(?:${h16}:){5}${ls32}|(?:${h16})?::(?:${h16}:){4}${ls32}|(?:(?:${h16}:){0,1}${h16})?::(?:${h16}:){3}${ls32}|(?:(?:${h16}:){0,2}${h16})?::(?:${h16}:){2}${ls32}|(?:(?:${h16}:){0,3}${h16})?::${h16}:${ls32}|(?:(?:${h16}:){0,4}${h16})?::${ls32}|(?:(?:${h16}:){0,5}${h16})?::${h16}|(?:(?:${h16}:){0,6}${h16})?::)`);
  }
  get_ipv6_url_host() {
    return this.cache.src_ip6_host ??= new RegExp(`\\[${this.get_ipv6_addr().source}\\]`);
  }
  get_ipv6_mail_host() {
    return this.cache.src_ipv6_mail_host ??= new RegExp(`\\[IPv6:${this.get_ipv6_addr().source}\\]`);
  }
  get_auth() {
    return this.cache.src_auth ??= new RegExp(`(?:(?:(?!${this.src_ZCc}|[@/\\[\\]()]).){1,50}@)?`);
  }
  get_port() {
    return this.cache.src_port ??= /* @__PURE__ */ new RegExp("(?::(?:6(?:[0-4]\\d{3}|5(?:[0-4]\\d{2}|5(?:[0-2]\\d|3[0-5])))|[1-5]?\\d{1,4}))?");
  }
  get_host_terminator() {
    return this.cache.src_host_terminator ??= new RegExp(`(?=$|${this.get_text_separators().source}|${this.src_ZPCc})(?!${this.opts["---"] ? "-(?!--)|" : "-|"}_|:\\d|\\.-|\\.(?!$|${this.src_ZPCc}))`);
  }
  get_path_terminator() {
    return this.cache.src_path_terminator ??= new RegExp(`${this.src_ZPCc}|${this.get_text_separators().source}`);
  }
  get_path() {
    return this.cache.src_path ??= new RegExp(`(?:[/?#](?:${this.nestedPairRE("[", "]")}|${this.nestedPairRE("(", ")")}|${this.nestedPairRE("{", "}")}|\\"(?:(?!${this.src_ZCc}|["]).){1,100}\\"|\\'(?:(?!${this.src_ZCc}|[']).){1,100}\\'|\\'(?=${this.get_pseudo_letter().source}|[-])|\\.{2,20}[:]?[a-zA-Z0-9%/&]|\\.(?!${this.src_ZCc}|[.]|$)|` + (this.opts["---"] ? "\\-(?!--(?:[^-]|$))(?:-{0,19})|" : "\\-{1,20}|") + `,(?!${this.src_ZCc}|$)|;(?!${this.src_ZCc}|$)|\\!{1,20}(?!${this.src_ZCc}|[!]|$)|\\?(?!${this.src_ZCc}|[?]|$)|` + this.get_path_extra().source + `[\\\\/:%@#&=_~*]|(?!${this.get_path_terminator().source}).){1,${this.opts.maxLength}}|\\/)?`);
  }
  get_mail_name() {
    return this.cache.src_mail_name ??= /* @__PURE__ */ new RegExp("[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9](?:[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9]|[.](?=[-!#$%&'*+/=?^_`{|}~a-zA-Z0-9])){0,63}");
  }
  get_xn() {
    return this.cache.src_xn ??= /* @__PURE__ */ new RegExp("xn--[a-z0-9\\-]{1,59}");
  }
  get_tld() {
    if (this.cache.tld) return this.cache.tld;
    const tlds_src = [...new Set(this.opts.tlds || [])].sort().reverse().join("|");
    this.cache.tld = new RegExp(`${tlds_src || "$#none#$"}|${this.get_xn().source}`);
    return this.cache.tld;
  }
  get_domain_root() {
    return this.cache.src_domain_root ??= new RegExp("(?:" + this.get_xn().source + `|${this.get_pseudo_letter().source}{1,63})`);
  }
  get_domain() {
    return this.cache.src_domain ??= new RegExp("(?:" + this.get_xn().source + `|(?:${this.get_pseudo_letter().source})|(?:${this.get_pseudo_letter().source}(?:-|${this.get_pseudo_letter().source}){0,61}${this.get_pseudo_letter().source}))`);
  }
  get_url_host_port() {
    return this.cache.url_host_port ??= new RegExp("(?:" + this.get_ipv6_url_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,10}${this.get_domain().source}))` + this.get_port().source + this.get_host_terminator().source);
  }
  get_fuzzy_url_host_port() {
    return this.cache.fuzzy_url_host_port ??= new RegExp("(?:" + (this.opts.fuzzyIP ? this.get_ipv4_addr().source + "|" : "") + `(?:(?:(?:${this.get_domain().source})\\.){1,10}(?:${this.get_tld().source})))` + this.get_host_terminator().source);
  }
  get_mail_host() {
    return this.cache.src_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})\\.){0,4}${this.get_domain().source}))` + this.get_host_terminator().source);
  }
  get_fuzzy_mail_host() {
    return this.cache.src_fuzzy_mail_host ??= new RegExp("(?:" + this.get_ipv6_mail_host().source + `|(?:(?:(?:${this.get_domain().source})[.]){1,4}${this.get_domain_root().source}))` + this.get_host_terminator().source);
  }
  get_path_extra() {
    return this.cache.src_path_extra ??= /* @__PURE__ */ new RegExp("");
  }
  get_fuzzy_mail_host_search() {
    return this.cache.mail_fuzzy_host_search ??= new RegExp(`@${this.get_fuzzy_mail_host().source}`, "ig");
  }
  get_fuzzy_link_search() {
    return this.cache.link_fuzzy_search ??= new RegExp(`(^|(?![.:/\\-_@])(?:[$+<=>^\`|\uFF5C]|${this.src_ZPCc}))(?:(?![$+<=>^\`|\uFF5C])${this.get_fuzzy_url_host_port().source}${this.get_path().source})`, "ig");
  }
  get_http_validator() {
    return this.cache.http_validator ??= new RegExp("\\/\\/" + (this.opts.urlAuth ? this.get_auth().source : "") + this.get_url_host_port().source + this.get_path().source, "iy");
  }
  get_relative_proto_validator() {
    return this.cache.relative_proto_validator ??= new RegExp((this.opts.urlAuth ? this.get_auth().source : "") + `(?:localhost|${this.get_ipv6_url_host().source}|(?:(?:${this.get_domain().source})[.]){1,10}${this.get_domain_root().source})` + this.get_port().source + this.get_host_terminator().source + this.get_path().source, "iy");
  }
  get_mail_name_validator() {
    return this.cache.mail_name_validator ??= new RegExp(`(?:^|${this.get_text_separators().source}|"|\\(|${this.src_ZCc})(${this.get_mail_name().source})$`);
  }
  get_mailto_validator() {
    return this.cache.mailto_validator ??= new RegExp(`${this.get_mail_name().source}@${this.get_mail_host().source}`, "iy");
  }
  get_schema_names() {
    return this.cache.schema_names ??= new RegExp((this.opts.schema_names || []).map((name) => this.escapeRE(name)).join("|"));
  }
  get_schema_search() {
    return this.cache.schema_search ??= new RegExp(`(^|(?!_)(?:[><\uFF5C]|${this.src_ZPCc}))(${this.get_schema_names().source})`, "ig");
  }
  get_schema_at_start() {
    return this.cache.schema_at_start ??= new RegExp(`^${this.get_schema_search().source}`, "i");
  }
};
var web_schema = {
  validate: (text2, pos, self) => {
    const re = self.re.get_http_validator();
    re.lastIndex = pos;
    const m = re.exec(text2);
    return m ? m[0].length : 0;
  },
  normalize: (match, self) => self.normalize(match)
};
var defaultSchemas = {
  "http:": web_schema,
  "https:": web_schema,
  "ftp:": web_schema,
  "//": {
    validate: function(text2, pos, self) {
      const re = self.re.get_relative_proto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      if (m) {
        if (pos >= 3 && text2[pos - 3] === ":") return 0;
        if (pos >= 3 && text2[pos - 3] === "/") return 0;
        return m[0].length;
      }
      return 0;
    },
    normalize: (match, self) => self.normalize(match)
  },
  "mailto:": {
    validate: function(text2, pos, self) {
      const re = self.re.get_mailto_validator();
      re.lastIndex = pos;
      const m = re.exec(text2);
      return m ? m[0].length : 0;
    },
    normalize: (match, self) => self.normalize(match)
  }
};
var tlds_2ch = "a:cdefgilmnoqrstuwxz|b:abdefghijmnorstvwyz|c:acdfghiklmnoruvwxyz|d:ejkmoz|e:cegrstu|f:ijkmor|g:abdefghilmnpqrstuwy|h:kmnrtu|i:delmnoqrst|j:emop|k:eghimnprwyz|l:abcikrstuvy|m:acdeghklmnopqrstuvwxyz|n:acefgilopruz|o:m|p:aefghklmnrstwy|q:a|r:eosuw|s:abcdeghijklmnortuvxyz|t:cdfghjklmnortvwz|u:agksyz|v:aceginu|w:fs|y:et|z:amw";
var tlds_default = "biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|\u0440\u0444";
function unpackTlds() {
  const result = tlds_default.split("|");
  tlds_2ch.split("|").forEach((item) => {
    const sep = item.indexOf(":");
    const prefix = item.slice(0, sep);
    for (const suffix of item.slice(sep + 1)) result.push(prefix + suffix);
  });
  return result;
}
var defaultOptions = {
  fuzzyLink: false,
  fuzzyEmail: true,
  fuzzyIP: false,
  "---": false,
  tlds: unpackTlds(),
  urlAuth: false,
  maxLength: 1e4
};
var Match = class {
  /** Prefix (protocol) for matched string. Empty for fuzzy links. */
  schema;
  /** First position of matched string. */
  index;
  /** Next position after matched string. */
  lastIndex;
  /** Matched string. */
  raw;
  /** Normalized text of matched string. */
  text;
  /** Normalized URL of matched string. */
  url;
  constructor(text2, schema, index, lastIndex) {
    const raw = text2.slice(index, lastIndex);
    this.schema = schema.toLowerCase();
    this.index = index;
    this.lastIndex = lastIndex;
    this.raw = raw;
    this.text = raw;
    this.url = raw;
  }
};
var LinkifyIt = class {
  __opts__;
  __schemas__;
  re;
  /**
  * Creates new linkifier instance.
  *
  * By default understands:
  *
  * - `http(s)://...` , `ftp://...`, `mailto:...` & `//...` links
  * - "fuzzy" emails (foo@bar.com).
  *
  * See {@link LinkifyConstructorOptions} for available options.
  *
  * @param options Recognition options.
  *
  * @example
  * ```javascript
  * import { LinkifyIt } from 'linkify-it'
  *
  * const linkify = new LinkifyIt({ fuzzyLink: true })
  *
  * linkify
  *   .tlds(require('tlds'))       // Reload with full TLD list
  *   .tlds('onion', true)         // Add unofficial `.onion` domain
  *   .add('ftp:', null)           // Disable `ftp:` protocol
  *   .set({ fuzzyIP: true })      // Enable IPs in fuzzy links
  *
  * console.log(linkify.test('Site github.com!')) // true
  * console.log(linkify.match('Site github.com!'))
  * ```
  */
  constructor(options = {}) {
    const { rebuilder, ...linkifyOptions } = options;
    this.__opts__ = {
      ...defaultOptions,
      ...linkifyOptions
    };
    this.__schemas__ = { ...defaultSchemas };
    this.re = rebuilder || new REBuilder();
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
  }
  /**
  * Add new rule definition.
  *
  * `schema` is a link prefix (usually, protocol name with `:` at the end,
  * `skype:` for example). `linkify-it` makes sure that prefix is not
  * preceded with alphanumeric char and symbols. Only whitespaces and
  * punctuation allowed.
  *
  * `definition` is a rule to check tail after link prefix. To disable an
  * existing rule, pass `null`.
  *
  * @param schema Rule name (fixed pattern prefix).
  * @param definition Schema definition, or `null` to disable the rule.
  *
  * See [twitter mentions example](https://github.com/markdown-it/linkify-it/blob/master/examples/twitter.mjs).
  */
  add(schema, definition = null) {
    if (!definition) delete this.__schemas__[schema];
    else {
      const def = {
        normalize: (match, self) => self.normalize(match),
        ...definition
      };
      this.__schemas__[schema] = def;
    }
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Set recognition options for links without schema.
  *
  * @param options Recognition options.
  */
  set(options = {}) {
    this.__opts__ = {
      ...this.__opts__,
      ...options
    };
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Searches linkifiable pattern and returns `true` on success or `false` on fail.
  *
  * @param text Text to scan.
  */
  test(text2) {
    if (!text2.length) return false;
    let m, re;
    re = this.re.get_schema_search();
    re.lastIndex = 0;
    while ((m = re.exec(text2)) !== null) if (this.testSchemaAt(text2, m[2], re.lastIndex)) return true;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      re = this.re.get_fuzzy_link_search();
      re.lastIndex = 0;
      if (re.exec(text2) !== null) return true;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      if (text2.indexOf("@") >= 0) {
        const mailHostRe = this.re.get_fuzzy_mail_host_search();
        const mailNameRe = this.re.get_mail_name_validator();
        mailHostRe.lastIndex = 0;
        while ((m = mailHostRe.exec(text2)) !== null) {
          const name = text2.slice(Math.max(0, m.index - 65), m.index);
          if (mailNameRe.test(name)) return true;
        }
      }
    }
    return false;
  }
  /**
  * Similar to {@link LinkifyIt.test} but checks only specific protocol tail exactly
  * at given position. Returns length of found pattern (0 on fail).
  *
  * @param text Text to scan.
  * @param schema Rule (schema) name.
  * @param pos Text offset to check from.
  */
  testSchemaAt(text2, schema, pos) {
    if (!this.__schemas__[schema.toLowerCase()]) return 0;
    return this.__schemas__[schema.toLowerCase()].validate(text2.slice(0, pos + this.__opts__.maxLength), pos, this);
  }
  /**
  * Returns array of found link descriptions or `null` on fail. We strongly
  * recommend to use {@link LinkifyIt.test} first, for best speed.
  *
  * @param text Text to scan.
  */
  match(text2) {
    const result = [];
    const schemaRe = this.re.get_schema_search();
    let fuzzyLinkRe;
    let mailHostRe;
    let mailNameRe;
    let fuzzyLinkCandidate;
    let fuzzyEmailCandidate;
    let schemaPrefix;
    let schemaDone = false;
    let fuzzyLinkDone = false;
    let fuzzyEmailDone = false;
    let pos = 0;
    if (!text2.length) return null;
    schemaRe.lastIndex = 0;
    if (this.__opts__.fuzzyLink && this.__schemas__["http:"]) {
      fuzzyLinkRe = this.re.get_fuzzy_link_search();
      fuzzyLinkRe.lastIndex = 0;
    }
    if (this.__opts__.fuzzyEmail && this.__schemas__["mailto:"]) {
      mailHostRe = this.re.get_fuzzy_mail_host_search();
      mailHostRe.lastIndex = 0;
      mailNameRe = this.re.get_mail_name_validator();
    }
    for (; ; ) {
      const scanFrom = Math.max(pos - 1, 0);
      if (mailHostRe && mailNameRe && !fuzzyEmailDone && (!fuzzyEmailCandidate || fuzzyEmailCandidate.index < pos)) {
        if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = mailHostRe.exec(text2);
          if (!m) {
            fuzzyEmailDone = true;
            fuzzyEmailCandidate = void 0;
            break;
          }
          const name = mailNameRe.exec(text2.slice(Math.max(0, m.index - 65), m.index));
          if (!name) continue;
          fuzzyEmailCandidate = {
            schema: "mailto:",
            index: m.index - name[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyEmailCandidate.index >= pos) break;
          if (mailHostRe.lastIndex < scanFrom) mailHostRe.lastIndex = scanFrom;
        }
      }
      if (fuzzyLinkRe && !fuzzyLinkDone && (!fuzzyLinkCandidate || fuzzyLinkCandidate.index < pos)) {
        if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        for (; ; ) {
          const m = fuzzyLinkRe.exec(text2);
          if (!m) {
            fuzzyLinkDone = true;
            fuzzyLinkCandidate = void 0;
            break;
          }
          fuzzyLinkCandidate = {
            schema: "",
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
          if (fuzzyLinkCandidate.index >= pos) break;
          if (fuzzyLinkRe.lastIndex < scanFrom) fuzzyLinkRe.lastIndex = scanFrom;
        }
      }
      let fuzzyCandidate = fuzzyEmailCandidate;
      if (!fuzzyCandidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < fuzzyCandidate.index || fuzzyLinkCandidate.index === fuzzyCandidate.index && fuzzyLinkCandidate.lastIndex > fuzzyCandidate.lastIndex)) fuzzyCandidate = fuzzyLinkCandidate;
      let schemaCandidate;
      if (!schemaDone) for (; ; ) {
        if (!schemaPrefix) {
          if (schemaRe.lastIndex < scanFrom) schemaRe.lastIndex = scanFrom;
          const m = schemaRe.exec(text2);
          if (!m) {
            schemaDone = true;
            break;
          }
          schemaPrefix = {
            schema: m[2],
            index: m.index + m[1].length,
            lastIndex: m.index + m[0].length
          };
        }
        if (schemaPrefix.index < pos) {
          schemaPrefix = void 0;
          continue;
        }
        if (fuzzyCandidate && schemaPrefix.index > fuzzyCandidate.index) break;
        const prefix = schemaPrefix;
        schemaPrefix = void 0;
        const len = this.testSchemaAt(text2, prefix.schema, prefix.lastIndex);
        if (len) {
          schemaCandidate = {
            schema: prefix.schema,
            index: prefix.index,
            lastIndex: prefix.lastIndex + len
          };
          break;
        }
      }
      let candidate = schemaCandidate;
      if (!candidate || fuzzyEmailCandidate && (fuzzyEmailCandidate.index < candidate.index || fuzzyEmailCandidate.index === candidate.index && fuzzyEmailCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyEmailCandidate;
      if (!candidate || fuzzyLinkCandidate && (fuzzyLinkCandidate.index < candidate.index || fuzzyLinkCandidate.index === candidate.index && fuzzyLinkCandidate.lastIndex > candidate.lastIndex)) candidate = fuzzyLinkCandidate;
      if (!candidate) break;
      if (candidate === fuzzyEmailCandidate) fuzzyEmailCandidate = void 0;
      else if (candidate === fuzzyLinkCandidate) fuzzyLinkCandidate = void 0;
      const match = new Match(text2, candidate.schema, candidate.index, candidate.lastIndex);
      if (match.schema) this.__schemas__[match.schema].normalize(match, this);
      else this.normalize(match);
      result.push(match);
      pos = candidate.lastIndex;
    }
    if (result.length) return result;
    return null;
  }
  /**
  * Returns fully-formed (not fuzzy) link if it starts at the beginning
  * of the string, and null otherwise.
  *
  * @param text Text to scan.
  */
  matchAtStart(text2) {
    if (!text2.length) return null;
    const m = this.re.get_schema_at_start().exec(text2);
    if (!m) return null;
    const len = this.testSchemaAt(text2, m[2], m[0].length);
    if (!len) return null;
    const match = new Match(text2, m[2], m.index + m[1].length, m.index + m[0].length + len);
    this.__schemas__[match.schema].normalize(match, this);
    return match;
  }
  /**
  * Load (or merge) new TLDs list. Those are used for fuzzy links (without
  * prefix) to avoid false positives. By default this algorithm is used:
  *
  * - hostname with any 2-letter root zones are ok.
  * - biz|com|edu|gov|net|org|pro|web|xxx|aero|asia|coop|info|museum|name|shop|рф
  *   are ok.
  * - encoded (`xn--...`) root zones are ok.
  *
  * If list is replaced, then exact match for 2-chars root zones will be checked.
  *
  * @param list List of TLDs.
  * @param keepOld Merge with current list if `true` (`false` by default).
  */
  tlds(list2, keepOld = false) {
    list2 = Array.isArray(list2) ? list2 : [list2];
    if (!keepOld) this.__opts__.tlds = list2;
    else this.__opts__.tlds = this.__opts__.tlds.concat(list2);
    this.re.set({
      ...this.__opts__,
      schema_names: Object.keys(this.__schemas__)
    });
    return this;
  }
  /**
  * Default normalizer (if schema does not define its own).
  *
  * @param match Match to normalize.
  */
  normalize(match) {
    if (!match.schema) match.url = `http://${match.url}`;
    if (match.schema === "mailto:" && !/^mailto:/i.test(match.url)) match.url = `mailto:${match.url}`;
  }
};

// node_modules/markdown-it/dist/markdown-it.mjs
var import_punycode = __toESM(require_punycode(), 1);
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
  let target = {};
  for (var name in all) __defProp(target, name, {
    get: all[name],
    enumerable: true
  });
  if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
  return target;
};
var utils_exports = /* @__PURE__ */ __exportAll({
  arrayReplaceAt: () => arrayReplaceAt,
  asciiTrim: () => asciiTrim,
  callable: () => callable,
  escapeHtml: () => escapeHtml,
  escapeRE: () => escapeRE,
  fromCodePoint: () => fromCodePoint,
  isMdAsciiPunct: () => isMdAsciiPunct,
  isPunctChar: () => isPunctChar,
  isPunctCharCode: () => isPunctCharCode,
  isSpace: () => isSpace,
  isValidEntityCode: () => isValidEntityCode,
  isWhiteSpace: () => isWhiteSpace,
  lib: () => lib,
  normalizeReference: () => normalizeReference,
  unescapeAll: () => unescapeAll,
  unescapeMd: () => unescapeMd
});
function callable(cls) {
  const wrapper = function(...args) {
    return Reflect.construct(cls, args, new.target && new.target !== wrapper ? new.target : cls);
  };
  Object.defineProperty(wrapper, "name", { value: cls.name });
  Object.setPrototypeOf(wrapper, cls);
  wrapper.prototype = cls.prototype;
  return wrapper;
}
function arrayReplaceAt(src, pos, newElements) {
  return [].concat(src.slice(0, pos), newElements, src.slice(pos + 1));
}
function isValidEntityCode(c) {
  if (c >= 55296 && c <= 57343) return false;
  if (c >= 64976 && c <= 65007) return false;
  if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
  if (c >= 0 && c <= 8) return false;
  if (c === 11) return false;
  if (c >= 14 && c <= 31) return false;
  if (c >= 127 && c <= 159) return false;
  if (c > 1114111) return false;
  return true;
}
function fromCodePoint(c) {
  if (c > 65535) {
    c -= 65536;
    const surrogate1 = 55296 + (c >> 10);
    const surrogate2 = 56320 + (c & 1023);
    return String.fromCharCode(surrogate1, surrogate2);
  }
  return String.fromCharCode(c);
}
var UNESCAPE_MD_RE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var UNESCAPE_ALL_RE = new RegExp(`${UNESCAPE_MD_RE.source}|${/&([a-z#][a-z0-9]{1,31});/gi.source}`, "gi");
var DIGITAL_ENTITY_TEST_RE = /^#((?:x[a-f0-9]{1,8}|[0-9]{1,8}))$/i;
function replaceEntityPattern(match, name) {
  if (name.charCodeAt(0) === 35 && DIGITAL_ENTITY_TEST_RE.test(name)) {
    const code2 = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (isValidEntityCode(code2)) return fromCodePoint(code2);
    return match;
  }
  const decoded = decodeHTMLStrict(match);
  if (decoded !== match) return decoded;
  return match;
}
function unescapeMd(str) {
  if (str.indexOf("\\") < 0) return str;
  return str.replace(UNESCAPE_MD_RE, "$1");
}
function unescapeAll(str) {
  if (str.indexOf("\\") < 0 && str.indexOf("&") < 0) return str;
  return str.replace(UNESCAPE_ALL_RE, function(match, escaped, entity2) {
    if (escaped) return escaped;
    return replaceEntityPattern(match, entity2);
  });
}
var HTML_ESCAPE_TEST_RE = /[&<>"]/;
var HTML_ESCAPE_REPLACE_RE = /[&<>"]/g;
var HTML_REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;"
};
function replaceUnsafeChar(ch) {
  return HTML_REPLACEMENTS[ch];
}
function escapeHtml(str) {
  if (HTML_ESCAPE_TEST_RE.test(str)) return str.replace(HTML_ESCAPE_REPLACE_RE, replaceUnsafeChar);
  return str;
}
var REGEXP_ESCAPE_RE = /[.?*+^$[\]\\(){}|-]/g;
function escapeRE(str) {
  return str.replace(REGEXP_ESCAPE_RE, "\\$&");
}
function isSpace(code2) {
  switch (code2) {
    case 9:
    case 32:
      return true;
  }
  return false;
}
function isWhiteSpace(code2) {
  if (code2 >= 8192 && code2 <= 8202) return true;
  switch (code2) {
    case 9:
    case 10:
    case 11:
    case 12:
    case 13:
    case 32:
    case 160:
    case 5760:
    case 8239:
    case 8287:
    case 12288:
      return true;
  }
  return false;
}
function isPunctChar(ch) {
  return P.test(ch) || S.test(ch);
}
function isPunctCharCode(code2) {
  return isPunctChar(fromCodePoint(code2));
}
function isMdAsciiPunct(ch) {
  switch (ch) {
    case 33:
    case 34:
    case 35:
    case 36:
    case 37:
    case 38:
    case 39:
    case 40:
    case 41:
    case 42:
    case 43:
    case 44:
    case 45:
    case 46:
    case 47:
    case 58:
    case 59:
    case 60:
    case 61:
    case 62:
    case 63:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 124:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function normalizeReference(str) {
  str = str.trim().replace(/\s+/g, " ");
  return str.toLowerCase().toUpperCase();
}
function isAsciiTrimmable(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function asciiTrim(str) {
  let start = 0;
  for (; start < str.length; start++) if (!isAsciiTrimmable(str.charCodeAt(start))) break;
  let end = str.length - 1;
  for (; end >= start; end--) if (!isAsciiTrimmable(str.charCodeAt(end))) break;
  return str.slice(start, end + 1);
}
var lib = {
  mdurl: mdurl_exports,
  ucmicro: build_exports
};
function parseLinkLabel(state, start, disableNested) {
  let level, found, marker, prevPos;
  const max = state.posMax;
  const oldPos = state.pos;
  state.pos = start + 1;
  level = 1;
  while (state.pos < max) {
    marker = state.src.charCodeAt(state.pos);
    if (marker === 93) {
      level--;
      if (level === 0) {
        found = true;
        break;
      }
    }
    prevPos = state.pos;
    state.md.inline.skipToken(state);
    if (marker === 91) {
      if (prevPos === state.pos - 1) level++;
      else if (disableNested) {
        state.pos = oldPos;
        return -1;
      }
    }
  }
  let labelEnd = -1;
  if (found) labelEnd = state.pos;
  state.pos = oldPos;
  return labelEnd;
}
function parseLinkDestination(str, start, max) {
  let code2;
  let pos = start;
  const result = {
    ok: false,
    pos: 0,
    str: ""
  };
  if (str.charCodeAt(pos) === 60) {
    pos++;
    while (pos < max) {
      code2 = str.charCodeAt(pos);
      if (code2 === 10) return result;
      if (code2 === 60) return result;
      if (code2 === 62) {
        result.pos = pos + 1;
        result.str = unescapeAll(str.slice(start + 1, pos));
        result.ok = true;
        return result;
      }
      if (code2 === 92 && pos + 1 < max) {
        pos += 2;
        continue;
      }
      pos++;
    }
    return result;
  }
  let level = 0;
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === 32) break;
    if (code2 < 32 || code2 === 127) break;
    if (code2 === 92 && pos + 1 < max) {
      if (str.charCodeAt(pos + 1) === 32) {
        pos++;
        continue;
      }
      pos += 2;
      continue;
    }
    if (code2 === 40) {
      level++;
      if (level > 32) return result;
    }
    if (code2 === 41) {
      if (level === 0) break;
      level--;
    }
    pos++;
  }
  if (start === pos) return result;
  if (level !== 0) return result;
  result.str = unescapeAll(str.slice(start, pos));
  result.pos = pos;
  result.ok = true;
  return result;
}
function parseLinkTitle(str, start, max, prev_state) {
  let code2;
  let pos = start;
  const state = {
    ok: false,
    can_continue: false,
    pos: 0,
    str: "",
    marker: 0
  };
  if (prev_state) {
    state.str = prev_state.str;
    state.marker = prev_state.marker;
  } else {
    if (pos >= max) return state;
    let marker = str.charCodeAt(pos);
    if (marker !== 34 && marker !== 39 && marker !== 40) return state;
    start++;
    pos++;
    if (marker === 40) marker = 41;
    state.marker = marker;
  }
  while (pos < max) {
    code2 = str.charCodeAt(pos);
    if (code2 === state.marker) {
      state.pos = pos + 1;
      state.str += unescapeAll(str.slice(start, pos));
      state.ok = true;
      return state;
    } else if (code2 === 40 && state.marker === 41) return state;
    else if (code2 === 92 && pos + 1 < max) pos++;
    pos++;
  }
  state.can_continue = true;
  state.str += unescapeAll(str.slice(start, pos));
  return state;
}
var helpers_exports = /* @__PURE__ */ __exportAll({
  parseLinkDestination: () => parseLinkDestination,
  parseLinkLabel: () => parseLinkLabel,
  parseLinkTitle: () => parseLinkTitle
});
function _typeof(o) {
  "@babel/helpers - typeof";
  return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
    return typeof o2;
  } : function(o2) {
    return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
  }, _typeof(o);
}
function toPrimitive(t, r) {
  if ("object" != _typeof(t) || !t) return t;
  var e = t[Symbol.toPrimitive];
  if (void 0 !== e) {
    var i = e.call(t, r || "default");
    if ("object" != _typeof(i)) return i;
    throw new TypeError("@@toPrimitive must return a primitive value.");
  }
  return ("string" === r ? String : Number)(t);
}
function toPropertyKey(t) {
  var i = toPrimitive(t, "string");
  return "symbol" == _typeof(i) ? i : i + "";
}
function _defineProperty(e, r, t) {
  return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
    value: t,
    enumerable: true,
    configurable: true,
    writable: true
  }) : e[r] = t, e;
}
var Token = class {
  constructor(type, tag, nesting) {
    _defineProperty(
      this,
      /**
      * Source map info. Format: `[ line_begin, line_end ]`
      */
      "map",
      null
    );
    _defineProperty(
      this,
      /**
      * nesting level, the same as `state.level`
      */
      "level",
      0
    );
    _defineProperty(
      this,
      /**
      * An array of child nodes (inline and img tokens)
      */
      "children",
      null
    );
    _defineProperty(
      this,
      /**
      * In a case of self-closing tag (code, html, fence, etc.),
      * it has contents of this tag.
      */
      "content",
      ""
    );
    _defineProperty(
      this,
      /**
      * '*' or '_' for emphasis, fence string for fence, etc.
      */
      "markup",
      ""
    );
    _defineProperty(
      this,
      /**
      * Additional information:
      *
      * - Info string for "fence" tokens
      * - The value "auto" for autolink "link_open" and "link_close" tokens
      * - The string value of the item marker for ordered-list "list_item_open" tokens
      */
      "info",
      ""
    );
    _defineProperty(
      this,
      /**
      * True for block-level tokens, false for inline tokens.
      * Used in renderer to calculate line breaks
      */
      "block",
      false
    );
    _defineProperty(
      this,
      /**
      * If it's true, ignore this element when rendering. Used for tight lists
      * to hide paragraphs.
      */
      "hidden",
      false
    );
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
  /**
  * Search attribute index by name.
  */
  attrIndex(name) {
    if (!this.attrs) return -1;
    const attrs = this.attrs;
    for (let i = 0, len = attrs.length; i < len; i++) if (attrs[i][0] === name) return i;
    return -1;
  }
  /**
  * Add `[ name, value ]` attribute to list. Init attrs if necessary
  */
  attrPush(attrData) {
    if (this.attrs) this.attrs.push(attrData);
    else this.attrs = [attrData];
  }
  /**
  * Set `name` attribute to `value`. Override old value if exists.
  */
  attrSet(name, value) {
    const idx = this.attrIndex(name);
    const attrData = [name, value];
    if (idx < 0) this.attrPush(attrData);
    else this.attrs[idx] = attrData;
  }
  /**
  * Get the value of attribute `name`, or null if it does not exist.
  */
  attrGet(name) {
    const idx = this.attrIndex(name);
    let value = null;
    if (idx >= 0) value = this.attrs[idx][1];
    return value;
  }
  /**
  * Join value to existing attribute via space. Or create new attribute if not
  * exists. Useful to operate with token classes.
  */
  attrJoin(name, value) {
    const idx = this.attrIndex(name);
    if (idx < 0) this.attrPush([name, value]);
    else this.attrs[idx][1] = `${this.attrs[idx][1]} ${value}`;
  }
};
var Ruler = class {
  constructor() {
    _defineProperty(
      this,
      /** @internal */
      "__rules__",
      []
    );
    _defineProperty(
      this,
      /** @internal */
      "__cache__",
      null
    );
  }
  /** @internal */
  __find__(name) {
    for (let i = 0; i < this.__rules__.length; i++) if (this.__rules__[i].name === name) return i;
    return -1;
  }
  /** @internal */
  __compile__() {
    const chains = /* @__PURE__ */ new Set();
    this.__rules__.forEach((rule) => {
      if (!rule.enabled) return;
      rule.alt.forEach((altName) => {
        if (altName) chains.add(altName);
      });
    });
    this.__cache__ = /* @__PURE__ */ Object.create(null);
    this.__cache__[""] = [];
    this.__rules__.forEach((rule) => {
      if (rule.enabled) this.__cache__[""].push(rule.fn);
    });
    chains.forEach((chain) => {
      this.__cache__[chain] = [];
      this.__rules__.forEach((rule) => {
        if (rule.enabled && rule.alt.indexOf(chain) >= 0) this.__cache__[chain].push(rule.fn);
      });
    });
  }
  /**
  * Replace rule by name with new function & options. Throws error if name not
  * found.
  *
  * @example Replace existing typographer replacement rule with new one
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.at('replacements', function replace(state) {
  *   //...
  * });
  * ```
  */
  at(name, fn, options = {}) {
    const index = this.__find__(name);
    if (index === -1) throw new Error(`Parser rule not found: ${name}`);
    this.__rules__[index].fn = fn;
    this.__rules__[index].alt = options.alt || [];
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain before one with given name. See also
  * {@link Ruler.after}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.block.ruler.before('paragraph', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  before(beforeName, ruleName, fn, options = {}) {
    const index = this.__find__(beforeName);
    if (index === -1) throw new Error(`Parser rule not found: ${beforeName}`);
    this.__rules__.splice(index, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Add new rule to chain after one with given name. See also
  * {@link Ruler.before}, {@link Ruler.push}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.inline.ruler.after('text', 'my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  after(afterName, ruleName, fn, options = {}) {
    const index = this.__find__(afterName);
    if (index === -1) throw new Error(`Parser rule not found: ${afterName}`);
    this.__rules__.splice(index + 1, 0, {
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Push new rule to the end of chain. See also
  * {@link Ruler.before}, {@link Ruler.after}.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * md.core.ruler.push('my_rule', function replace(state) {
  *   //...
  * });
  * ```
  */
  push(ruleName, fn, options = {}) {
    this.__rules__.push({
      name: ruleName,
      enabled: true,
      fn,
      alt: options.alt || []
    });
    this.__cache__ = null;
  }
  /**
  * Enable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  enable(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    const result = [];
    list2.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = true;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Enable rules with given names, and disable everything else. If any rule name
  * not found - throw Error. Errors can be disabled by second param.
  *
  * See also {@link Ruler.disable}, {@link Ruler.enable}.
  */
  enableOnly(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    this.__rules__.forEach((rule) => {
      rule.enabled = false;
    });
    this.enable(list2, ignoreInvalid);
  }
  /**
  * Disable rules with given names. If any rule name not found - throw Error.
  * Errors can be disabled by second param.
  *
  * See also {@link Ruler.enable}, {@link Ruler.enableOnly}.
  *
  * Returns list of found rule names (if no exception happened).
  */
  disable(list2, ignoreInvalid = false) {
    if (!Array.isArray(list2)) list2 = [list2];
    const result = [];
    list2.forEach((name) => {
      const idx = this.__find__(name);
      if (idx < 0) {
        if (ignoreInvalid) return;
        throw new Error(`Rules manager: invalid rule name ${name}`);
      }
      this.__rules__[idx].enabled = false;
      result.push(name);
    });
    this.__cache__ = null;
    return result;
  }
  /**
  * Return array of active functions (rules) for given chain name. It analyzes
  * rules configuration, compiles caches if not exists and returns result.
  *
  * Default chain name is `''` (empty string). It can't be skipped. That's
  * done intentionally, to keep signature monomorphic for high speed.
  */
  getRules(chainName) {
    if (!this.__cache__) this.__compile__();
    return this.__cache__[chainName] || [];
  }
};
var default_rules = {};
default_rules.code_inline = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<code${slf.renderAttrs(token)}>${escapeHtml(token.content)}</code>`;
};
default_rules.code_block = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  return `<pre${slf.renderAttrs(token)}><code>${escapeHtml(tokens[idx].content)}</code></pre>
`;
};
default_rules.fence = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  const info = token.info ? unescapeAll(token.info).trim() : "";
  let langName = "";
  let langAttrs = "";
  if (info) {
    const arr = info.split(/(\s+)/g);
    langName = arr[0];
    langAttrs = arr.slice(2).join("");
  }
  let highlighted;
  if (options.highlight) highlighted = options.highlight(token.content, langName, langAttrs) || escapeHtml(token.content);
  else highlighted = escapeHtml(token.content);
  if (highlighted.indexOf("<pre") === 0) return highlighted + "\n";
  if (info) {
    const i = token.attrIndex("class");
    const tmpAttrs = token.attrs ? token.attrs.slice() : [];
    if (i < 0) tmpAttrs.push(["class", `${options.langPrefix}${langName}`]);
    else {
      tmpAttrs[i] = [tmpAttrs[i][0], tmpAttrs[i][1]];
      tmpAttrs[i][1] += ` ${options.langPrefix}${langName}`;
    }
    const tmpToken = { attrs: tmpAttrs };
    return `<pre><code${slf.renderAttrs(tmpToken)}>${highlighted}</code></pre>
`;
  }
  return `<pre><code${slf.renderAttrs(token)}>${highlighted}</code></pre>
`;
};
default_rules.image = function(tokens, idx, options, env, slf) {
  const token = tokens[idx];
  token.attrs[token.attrIndex("alt")][1] = slf.renderInlineAsText(token.children, options, env);
  return slf.renderToken(tokens, idx, options);
};
default_rules.hardbreak = function(tokens, idx, options) {
  return options.xhtmlOut ? "<br />\n" : "<br>\n";
};
default_rules.softbreak = function(tokens, idx, options) {
  return options.breaks ? options.xhtmlOut ? "<br />\n" : "<br>\n" : "\n";
};
default_rules.text = function(tokens, idx) {
  return escapeHtml(tokens[idx].content);
};
default_rules.html_block = function(tokens, idx) {
  return tokens[idx].content;
};
default_rules.html_inline = function(tokens, idx) {
  return tokens[idx].content;
};
var Renderer = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * Contains render rules for tokens. Can be updated and extended.
      *
      * See [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts)
      * for more details and examples.
      *
      * @example Custom render rules
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * md.renderer.rules.strong_open  = function () { return '<b>'; };
      * md.renderer.rules.strong_close = function () { return '</b>'; };
      *
      * const result = md.renderInline(...);
      * ```
      *
      * @example Each rule is called as independent static function with fixed signature
      * ```javascript
      * function my_token_render(tokens, idx, options, env, renderer) {
      *   // ...
      *   return renderedHTML;
      * }
      * ```
      */
      "rules",
      Object.assign({}, default_rules)
    );
  }
  /**
  * Render token attributes to string.
  */
  renderAttrs(token) {
    let i, l, result;
    if (!token.attrs) return "";
    result = "";
    for (i = 0, l = token.attrs.length; i < l; i++) result += ` ${escapeHtml(token.attrs[i][0])}="${escapeHtml(String(token.attrs[i][1]))}"`;
    return result;
  }
  /**
  * Default token renderer. Can be overriden by custom function
  * in {@link Renderer.rules}.
  */
  renderToken(tokens, idx, options) {
    const token = tokens[idx];
    let result = "";
    if (token.hidden) return "";
    let prev = idx - 1;
    while (prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === 0) prev--;
    if (token.block && token.nesting !== -1 && prev >= 0 && tokens[prev].hidden && tokens[prev].nesting === -1) result += "\n";
    result += (token.nesting === -1 ? "</" : "<") + token.tag;
    result += this.renderAttrs(token);
    if (token.nesting === 0 && options.xhtmlOut) result += " /";
    let needLf = false;
    if (token.block) {
      needLf = true;
      if (token.nesting === 1) {
        let next = idx + 1;
        while (next < tokens.length && tokens[next].hidden && tokens[next].nesting === 0) next++;
        if (next < tokens.length) {
          const nextToken = tokens[next];
          if (nextToken.type === "inline" || nextToken.hidden) needLf = false;
          else if (nextToken.nesting === -1 && nextToken.tag === token.tag) needLf = false;
        }
      }
    }
    result += needLf ? ">\n" : ">";
    return result;
  }
  /**
  * The same as {@link Renderer.render}, but for single token of `inline` type.
  */
  renderInline(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
  /**
  * Special kludge for image `alt` attributes to conform CommonMark spec.
  * Don't try to use it! Spec requires to show `alt` content with stripped markup,
  * instead of simple escaping.
  */
  renderInlineAsText(tokens, options, env) {
    let result = "";
    for (let i = 0, len = tokens.length; i < len; i++) switch (tokens[i].type) {
      case "text":
      case "code_inline":
        result += tokens[i].content;
        break;
      case "image":
        result += this.renderInlineAsText(tokens[i].children, options, env);
        break;
      case "html_inline":
      case "html_block":
        result += tokens[i].content;
        break;
      case "softbreak":
      case "hardbreak":
        result += "\n";
    }
    return result;
  }
  /**
  * Takes token stream and generates HTML. Probably, you will never need to call
  * this method directly.
  */
  render(tokens, options, env) {
    let result = "";
    const rules = this.rules;
    for (let i = 0, len = tokens.length; i < len; i++) {
      const type = tokens[i].type;
      if (type === "inline") result += this.renderInline(tokens[i].children, options, env);
      else if (typeof rules[type] !== "undefined") result += rules[type](tokens, i, options, env, this);
      else result += this.renderToken(tokens, i, options);
    }
    return result;
  }
};
var StateCore = class {
  constructor(src, md, env) {
    _defineProperty(this, "tokens", []);
    _defineProperty(this, "inlineMode", false);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md;
  }
};
var UNNORMALIZED_NEWLINE_RE = /\r\n?/g;
var NULL_RE = /\0/g;
function normalize(state) {
  let str;
  str = state.src.replace(UNNORMALIZED_NEWLINE_RE, "\n");
  str = str.replace(NULL_RE, "\uFFFD");
  state.src = str;
}
function block(state) {
  let token;
  if (state.inlineMode) {
    token = new state.Token("inline", "", 0);
    token.content = state.src;
    token.map = [0, 1];
    token.children = [];
    state.tokens.push(token);
  } else state.md.block.parse(state.src, state.md, state.env, state.tokens);
}
function strip_references(state) {
  const tokens = state.tokens;
  let last = 0;
  for (let curr = 0; curr < tokens.length; curr++) {
    if (tokens[curr].type === "reference_definition") continue;
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (tokens.length !== last) tokens.length = last;
}
function inline(state) {
  const tokens = state.tokens;
  for (let i = 0, l = tokens.length; i < l; i++) {
    const tok = tokens[i];
    if (tok.type === "inline") state.md.inline.parse(tok.content, state.md, state.env, tok.children);
  }
}
function isLinkOpen$1(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose$1(str) {
  return /^<\/a\s*>/i.test(str);
}
function linkify$1(state) {
  const blockTokens = state.tokens;
  if (!state.md.options.linkify) return;
  for (let j = 0, l = blockTokens.length; j < l; j++) {
    if (blockTokens[j].type !== "inline" || !state.md.linkify.test(blockTokens[j].content)) continue;
    const tokens = blockTokens[j].children;
    const replacements = [];
    let htmlLinkLevel = 0;
    for (let i = tokens.length - 1; i >= 0; i--) {
      const currentToken = tokens[i];
      if (currentToken.type === "link_close") {
        i--;
        while (tokens[i].level !== currentToken.level && tokens[i].type !== "link_open") i--;
        continue;
      }
      if (currentToken.type === "html_inline") {
        if (isLinkOpen$1(currentToken.content) && htmlLinkLevel > 0) htmlLinkLevel--;
        if (isLinkClose$1(currentToken.content)) htmlLinkLevel++;
      }
      if (htmlLinkLevel > 0) continue;
      if (currentToken.type === "text" && state.md.linkify.test(currentToken.content)) {
        const text2 = currentToken.content;
        let links = state.md.linkify.match(text2);
        const nodes = [];
        let level = currentToken.level;
        let lastPos = 0;
        if (links.length > 0 && links[0].index === 0 && i > 0 && tokens[i - 1].type === "text_special") links = links.slice(1);
        for (let ln = 0; ln < links.length; ln++) {
          const url = links[ln].url;
          const fullUrl = state.md.normalizeLink(url);
          if (!state.md.validateLink(fullUrl)) continue;
          let urlText = links[ln].text;
          if (!links[ln].schema) urlText = state.md.normalizeLinkText(`http://${urlText}`).replace(/^http:\/\//, "");
          else if (links[ln].schema === "mailto:" && !/^mailto:/i.test(urlText)) urlText = state.md.normalizeLinkText(`mailto:${urlText}`).replace(/^mailto:/, "");
          else urlText = state.md.normalizeLinkText(urlText);
          const pos = links[ln].index;
          if (pos > lastPos) {
            const token = new state.Token("text", "", 0);
            token.content = text2.slice(lastPos, pos);
            token.level = level;
            nodes.push(token);
          }
          const token_o = new state.Token("link_open", "a", 1);
          token_o.attrs = [["href", fullUrl]];
          token_o.level = level++;
          token_o.markup = "linkify";
          token_o.info = "auto";
          nodes.push(token_o);
          const token_t = new state.Token("text", "", 0);
          token_t.content = urlText;
          token_t.level = level;
          nodes.push(token_t);
          const token_c = new state.Token("link_close", "a", -1);
          token_c.level = --level;
          token_c.markup = "linkify";
          token_c.info = "auto";
          nodes.push(token_c);
          lastPos = links[ln].lastIndex;
        }
        if (lastPos < text2.length) {
          const token = new state.Token("text", "", 0);
          token.content = text2.slice(lastPos);
          token.level = level;
          nodes.push(token);
        }
        replacements.push({
          index: i,
          nodes
        });
      }
    }
    if (replacements.length > 0) {
      let newTokensLength = tokens.length;
      for (const replacement of replacements) newTokensLength += replacement.nodes.length - 1;
      const newTokens = new Array(newTokensLength);
      let replacementIndex = 0;
      let newTokenIndex = 0;
      replacements.reverse();
      for (let i = 0; i < tokens.length; i++) {
        const replacement = replacements[replacementIndex];
        if ((replacement === null || replacement === void 0 ? void 0 : replacement.index) === i) {
          for (const node of replacement.nodes) newTokens[newTokenIndex++] = node;
          replacementIndex++;
        } else newTokens[newTokenIndex++] = tokens[i];
      }
      blockTokens[j].children = newTokens;
    }
  }
}
var RARE_RE = /\+-|\.\.|\?\?\?\?|!!!!|,,|--/;
var SCOPED_ABBR_TEST_RE = /\((c|tm|r)\)/i;
var SCOPED_ABBR_RE = /\((c|tm|r)\)/gi;
var SCOPED_ABBR = {
  c: "\xA9",
  r: "\xAE",
  tm: "\u2122"
};
function replaceFn(match, name) {
  return SCOPED_ABBR[name.toLowerCase()];
}
function replace_scoped(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) token.content = token.content.replace(SCOPED_ABBR_RE, replaceFn);
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace_rare(inlineTokens) {
  let inside_autolink = 0;
  for (let i = inlineTokens.length - 1; i >= 0; i--) {
    const token = inlineTokens[i];
    if (token.type === "text" && !inside_autolink) {
      if (RARE_RE.test(token.content)) token.content = token.content.replace(/\+-/g, "\xB1").replace(/\.{2,}/g, "\u2026").replace(/([?!])…/g, "$1..").replace(/([?!]){4,}/g, "$1$1$1").replace(/,{2,}/g, ",").replace(/(^|[^-])---(?=[^-]|$)/gm, "$1\u2014").replace(/(^|\s)--(?=\s|$)/gm, "$1\u2013").replace(/(^|[^-\s])--(?=[^-\s]|$)/gm, "$1\u2013");
    }
    if (token.type === "link_open" && token.info === "auto") inside_autolink--;
    if (token.type === "link_close" && token.info === "auto") inside_autolink++;
  }
}
function replace(state) {
  let blkIdx;
  if (!state.md.options.typographer) return;
  for (blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline") continue;
    if (SCOPED_ABBR_TEST_RE.test(state.tokens[blkIdx].content)) replace_scoped(state.tokens[blkIdx].children);
    if (RARE_RE.test(state.tokens[blkIdx].content)) replace_rare(state.tokens[blkIdx].children);
  }
}
var QUOTE_TEST_RE = /['"]/;
var QUOTE_RE = /['"]/g;
var APOSTROPHE = "\u2019";
var MAX_OPENERS = 1e3;
function truncateStack(stack, heads, length) {
  while (stack.length > length) {
    const item = stack.pop();
    if (item.isSingleQuote) heads.single = item.prevSameQuoteIdx;
    else heads.double = item.prevSameQuoteIdx;
  }
}
function addReplacement(replacements, tokenIdx, pos, ch) {
  if (!replacements[tokenIdx]) replacements[tokenIdx] = [];
  replacements[tokenIdx].push({
    pos,
    ch
  });
}
function applyReplacements(str, replacements) {
  let result = "";
  let lastPos = 0;
  replacements.sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < replacements.length; i++) {
    const replacement = replacements[i];
    result += str.slice(lastPos, replacement.pos) + replacement.ch;
    lastPos = replacement.pos + 1;
  }
  return result + str.slice(lastPos);
}
function process_inlines(tokens, state) {
  let j;
  const stack = [];
  const heads = {
    single: -1,
    double: -1
  };
  const replacements = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const thisLevel = tokens[i].level;
    for (j = stack.length - 1; j >= 0; j--) if (stack[j].level <= thisLevel) break;
    truncateStack(stack, heads, j + 1);
    if (token.type !== "text") continue;
    const text2 = token.content;
    let pos = 0;
    const max = text2.length;
    OUTER: while (pos < max) {
      QUOTE_RE.lastIndex = pos;
      const t = QUOTE_RE.exec(text2);
      if (!t) break;
      let canOpen = true;
      let canClose = true;
      pos = t.index + 1;
      const isSingle = t[0] === "'";
      let lastChar = 32;
      if (t.index - 1 >= 0) lastChar = text2.charCodeAt(t.index - 1);
      else for (j = i - 1; j >= 0; j--) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        lastChar = tokens[j].content.charCodeAt(tokens[j].content.length - 1);
        break;
      }
      let nextChar = 32;
      if (pos < max) nextChar = text2.charCodeAt(pos);
      else for (j = i + 1; j < tokens.length; j++) {
        if (tokens[j].type === "softbreak" || tokens[j].type === "hardbreak") break;
        if (!tokens[j].content) continue;
        nextChar = tokens[j].content.charCodeAt(0);
        break;
      }
      const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
      const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
      const isLastWhiteSpace = isWhiteSpace(lastChar);
      const isNextWhiteSpace = isWhiteSpace(nextChar);
      if (isNextWhiteSpace) canOpen = false;
      else if (isNextPunctChar) {
        if (!(isLastWhiteSpace || isLastPunctChar)) canOpen = false;
      }
      if (isLastWhiteSpace) canClose = false;
      else if (isLastPunctChar) {
        if (!(isNextWhiteSpace || isNextPunctChar)) canClose = false;
      }
      if (nextChar === 34 && t[0] === '"') {
        if (lastChar >= 48 && lastChar <= 57) canClose = canOpen = false;
      }
      if (canOpen && canClose) {
        canOpen = isLastPunctChar;
        canClose = isNextPunctChar;
      }
      if (!canOpen && !canClose) {
        if (isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
        continue;
      }
      if (canClose) {
        j = isSingle ? heads.single : heads.double;
        if (j >= 0 && stack[j].level === thisLevel) {
          const item = stack[j];
          let openQuote;
          let closeQuote;
          if (isSingle) {
            openQuote = state.md.options.quotes[2];
            closeQuote = state.md.options.quotes[3];
          } else {
            openQuote = state.md.options.quotes[0];
            closeQuote = state.md.options.quotes[1];
          }
          addReplacement(replacements, i, t.index, closeQuote);
          addReplacement(replacements, item.tokenIdx, item.contentPos, openQuote);
          truncateStack(stack, heads, j);
          continue OUTER;
        }
      }
      if (canOpen) {
        if (stack.length >= MAX_OPENERS) return;
        stack.push({
          tokenIdx: i,
          contentPos: t.index,
          isSingleQuote: isSingle,
          level: thisLevel,
          prevSameQuoteIdx: isSingle ? heads.single : heads.double
        });
        if (isSingle) heads.single = stack.length - 1;
        else heads.double = stack.length - 1;
      } else if (canClose && isSingle) addReplacement(replacements, i, t.index, APOSTROPHE);
    }
  }
  Object.keys(replacements).forEach(function(tokenIdx) {
    const idx = Number(tokenIdx);
    tokens[idx].content = applyReplacements(tokens[idx].content, replacements[tokenIdx]);
  });
}
function smartquotes(state) {
  if (!state.md.options.typographer) return;
  for (let blkIdx = state.tokens.length - 1; blkIdx >= 0; blkIdx--) {
    if (state.tokens[blkIdx].type !== "inline" || !QUOTE_TEST_RE.test(state.tokens[blkIdx].content)) continue;
    process_inlines(state.tokens[blkIdx].children, state);
  }
}
function join_alt(tokens) {
  let curr, last;
  const max = tokens.length;
  for (curr = 0; curr < max; curr++) if (tokens[curr].type === "text_special") tokens[curr].type = "text";
  for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
  else {
    if (curr !== last) tokens[last] = tokens[curr];
    last++;
  }
  if (curr !== last) tokens.length = last;
}
function text_join(state) {
  let curr, last;
  const blockTokens = state.tokens;
  const l = blockTokens.length;
  for (let j = 0; j < l; j++) {
    if (blockTokens[j].type !== "inline") continue;
    const tokens = blockTokens[j].children;
    const max = tokens.length;
    for (curr = 0; curr < max; curr++) {
      if (tokens[curr].type === "text_special") tokens[curr].type = "text";
      if (tokens[curr].children) join_alt(tokens[curr].children);
    }
    for (curr = last = 0; curr < max; curr++) if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
    if (curr !== last) tokens.length = last;
  }
}
var _rules$2 = [
  ["normalize", normalize],
  ["block", block],
  ["strip_references", strip_references],
  ["inline", inline],
  ["linkify", linkify$1],
  ["replacements", replace],
  ["smartquotes", smartquotes],
  ["text_join", text_join]
];
var ParserCore = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of core rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateCore);
    for (let i = 0; i < _rules$2.length; i++) this.ruler.push(_rules$2[i][0], _rules$2[i][1]);
  }
  /**
  * Executes core chain rules.
  */
  process(state) {
    const rules = this.ruler.getRules("");
    for (let i = 0, l = rules.length; i < l; i++) rules[i](state);
  }
};
var StateBlock = class {
  constructor(src, md, env, tokens) {
    _defineProperty(this, "bMarks", []);
    _defineProperty(this, "eMarks", []);
    _defineProperty(this, "tShift", []);
    _defineProperty(this, "sCount", []);
    _defineProperty(this, "bsCount", []);
    _defineProperty(this, "blkIndent", 0);
    _defineProperty(this, "line", 0);
    _defineProperty(this, "lineMax", 0);
    _defineProperty(this, "tight", false);
    _defineProperty(this, "listIndent", -1);
    _defineProperty(this, "parentType", "root");
    _defineProperty(this, "level", 0);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    const s = this.src;
    for (let start = 0, pos = 0, indent = 0, offset = 0, len = s.length, indent_found = false; pos < len; pos++) {
      const ch = s.charCodeAt(pos);
      if (!indent_found) {
        if (isSpace(ch)) {
          indent++;
          if (ch === 9) offset += 4 - offset % 4;
          else offset++;
          continue;
        } else indent_found = true;
      }
      if (ch === 10 || pos === len - 1) {
        if (ch !== 10) pos++;
        this.bMarks.push(start);
        this.eMarks.push(pos);
        this.tShift.push(indent);
        this.sCount.push(offset);
        this.bsCount.push(0);
        indent_found = false;
        indent = 0;
        offset = 0;
        start = pos + 1;
      }
    }
    this.bMarks.push(s.length);
    this.eMarks.push(s.length);
    this.tShift.push(0);
    this.sCount.push(0);
    this.bsCount.push(0);
    this.lineMax = this.bMarks.length - 1;
  }
  push(type, tag, nesting) {
    const token = new Token(type, tag, nesting);
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
  isEmpty(line) {
    return this.bMarks[line] + this.tShift[line] >= this.eMarks[line];
  }
  skipEmptyLines(from) {
    for (let max = this.lineMax; from < max; from++) if (this.bMarks[from] + this.tShift[from] < this.eMarks[from]) break;
    return from;
  }
  skipSpaces(pos) {
    for (let max = this.src.length; pos < max; pos++) if (!isSpace(this.src.charCodeAt(pos))) break;
    return pos;
  }
  skipSpacesBack(pos, min) {
    if (pos <= min) return pos;
    while (pos > min) if (!isSpace(this.src.charCodeAt(--pos))) return pos + 1;
    return pos;
  }
  skipChars(pos, code2) {
    for (let max = this.src.length; pos < max; pos++) if (this.src.charCodeAt(pos) !== code2) break;
    return pos;
  }
  skipCharsBack(pos, code2, min) {
    if (pos <= min) return pos;
    while (pos > min) if (code2 !== this.src.charCodeAt(--pos)) return pos + 1;
    return pos;
  }
  getLines(begin, end, indent, keepLastLF) {
    if (begin >= end) return "";
    const queue = new Array(end - begin);
    for (let i = 0, line = begin; line < end; line++, i++) {
      let lineIndent = 0;
      const lineStart = this.bMarks[line];
      let first = lineStart;
      let last;
      if (line + 1 < end || keepLastLF) last = this.eMarks[line] + 1;
      else last = this.eMarks[line];
      while (first < last && lineIndent < indent) {
        const ch = this.src.charCodeAt(first);
        if (isSpace(ch)) {
          if (ch === 9) lineIndent += 4 - (lineIndent + this.bsCount[line]) % 4;
          else lineIndent++;
        } else if (first - lineStart < this.tShift[line]) lineIndent++;
        else break;
        first++;
      }
      if (lineIndent > indent) queue[i] = new Array(lineIndent - indent + 1).join(" ") + this.src.slice(first, last);
      else queue[i] = this.src.slice(first, last);
    }
    return queue.join("");
  }
};
var MAX_AUTOCOMPLETED_CELLS = 65536;
function getLine(state, line) {
  const pos = state.bMarks[line] + state.tShift[line];
  const max = state.eMarks[line];
  return state.src.slice(pos, max);
}
function escapedSplit(str) {
  const result = [];
  const max = str.length;
  let pos = 0;
  let ch = str.charCodeAt(pos);
  let isEscaped = false;
  let lastPos = 0;
  let current = "";
  while (pos < max) {
    if (ch === 124) {
      if (!isEscaped) {
        result.push(current + str.substring(lastPos, pos));
        current = "";
        lastPos = pos + 1;
      } else {
        current += str.substring(lastPos, pos - 1);
        lastPos = pos;
      }
    }
    isEscaped = ch === 92;
    pos++;
    ch = str.charCodeAt(pos);
  }
  result.push(current + str.substring(lastPos));
  return result;
}
function table(state, startLine, endLine, silent) {
  if (startLine + 2 > endLine) return false;
  let nextLine = startLine + 1;
  if (state.sCount[nextLine] < state.blkIndent) return false;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[nextLine] + state.tShift[nextLine];
  if (pos >= state.eMarks[nextLine]) return false;
  const firstCh = state.src.charCodeAt(pos++);
  if (firstCh !== 124 && firstCh !== 45 && firstCh !== 58) return false;
  if (pos >= state.eMarks[nextLine]) return false;
  const secondCh = state.src.charCodeAt(pos++);
  if (secondCh !== 124 && secondCh !== 45 && secondCh !== 58 && !isSpace(secondCh)) return false;
  if (firstCh === 45 && isSpace(secondCh)) return false;
  while (pos < state.eMarks[nextLine]) {
    const ch = state.src.charCodeAt(pos);
    if (ch !== 124 && ch !== 45 && ch !== 58 && !isSpace(ch)) return false;
    pos++;
  }
  let lineText = getLine(state, startLine + 1);
  let columns = lineText.split("|");
  const aligns = [];
  for (let i = 0; i < columns.length; i++) {
    const t = columns[i].trim();
    if (!t) {
      if (i === 0 || i === columns.length - 1) continue;
      else return false;
    }
    if (!/^:?-+:?$/.test(t)) return false;
    if (t.charCodeAt(t.length - 1) === 58) aligns.push(t.charCodeAt(0) === 58 ? "center" : "right");
    else if (t.charCodeAt(0) === 58) aligns.push("left");
    else aligns.push("");
  }
  lineText = getLine(state, startLine).trim();
  if (lineText.indexOf("|") === -1) return false;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  columns = escapedSplit(lineText);
  if (columns.length && columns[0] === "") columns.shift();
  if (columns.length && columns[columns.length - 1] === "") columns.pop();
  const columnCount = columns.length;
  if (columnCount === 0 || columnCount !== aligns.length) return false;
  if (silent) return true;
  const oldParentType = state.parentType;
  state.parentType = "table";
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const token_to = state.push("table_open", "table", 1);
  const tableLines = [startLine, 0];
  token_to.map = tableLines;
  const token_tho = state.push("thead_open", "thead", 1);
  token_tho.map = [startLine, startLine + 1];
  const token_htro = state.push("tr_open", "tr", 1);
  token_htro.map = [startLine, startLine + 1];
  for (let i = 0; i < columns.length; i++) {
    const token_ho = state.push("th_open", "th", 1);
    if (aligns[i]) token_ho.attrs = [["style", `text-align:${aligns[i]}`]];
    const token_il = state.push("inline", "", 0);
    token_il.content = columns[i].trim();
    token_il.children = [];
    state.push("th_close", "th", -1);
  }
  state.push("tr_close", "tr", -1);
  state.push("thead_close", "thead", -1);
  let tbodyLines;
  let autocompletedCells = 0;
  for (nextLine = startLine + 2; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    lineText = getLine(state, nextLine).trim();
    if (!lineText) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    columns = escapedSplit(lineText);
    if (columns.length && columns[0] === "") columns.shift();
    if (columns.length && columns[columns.length - 1] === "") columns.pop();
    autocompletedCells += columnCount - columns.length;
    if (autocompletedCells > MAX_AUTOCOMPLETED_CELLS) break;
    if (nextLine === startLine + 2) {
      const token_tbo = state.push("tbody_open", "tbody", 1);
      token_tbo.map = tbodyLines = [startLine + 2, 0];
    }
    const token_tro = state.push("tr_open", "tr", 1);
    token_tro.map = [nextLine, nextLine + 1];
    for (let i = 0; i < columnCount; i++) {
      const token_tdo = state.push("td_open", "td", 1);
      if (aligns[i]) token_tdo.attrs = [["style", `text-align:${aligns[i]}`]];
      const token_il = state.push("inline", "", 0);
      token_il.content = columns[i] ? columns[i].trim() : "";
      token_il.children = [];
      state.push("td_close", "td", -1);
    }
    state.push("tr_close", "tr", -1);
  }
  if (tbodyLines) {
    state.push("tbody_close", "tbody", -1);
    tbodyLines[1] = nextLine;
  }
  state.push("table_close", "table", -1);
  tableLines[1] = nextLine;
  state.parentType = oldParentType;
  state.line = nextLine;
  return true;
}
function code(state, startLine, endLine) {
  if (state.sCount[startLine] - state.blkIndent < 4) return false;
  let nextLine = startLine + 1;
  let last = nextLine;
  while (nextLine < endLine) {
    if (state.isEmpty(nextLine)) {
      nextLine++;
      continue;
    }
    if (state.sCount[nextLine] - state.blkIndent >= 4) {
      nextLine++;
      last = nextLine;
      continue;
    }
    break;
  }
  state.line = last;
  const token = state.push("code_block", "code", 0);
  token.content = state.getLines(startLine, last, 4 + state.blkIndent, false) + "\n";
  token.map = [startLine, state.line];
  return true;
}
function fence(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 126 && marker !== 96) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  let len = pos - mem;
  if (len < 3) return false;
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 96) {
    if (params.indexOf(String.fromCharCode(marker)) >= 0) return false;
  }
  if (silent) return true;
  let nextLine = startLine;
  let haveEndMarker = false;
  for (; ; ) {
    nextLine++;
    if (nextLine >= endLine) break;
    pos = mem = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos < max && state.sCount[nextLine] < state.blkIndent) break;
    if (state.src.charCodeAt(pos) !== marker) continue;
    if (state.sCount[nextLine] - state.blkIndent >= 4) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < len) continue;
    pos = state.skipSpaces(pos);
    if (pos < max) continue;
    haveEndMarker = true;
    break;
  }
  len = state.sCount[startLine];
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, len, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
}
function blockquote(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  const oldLineMax = state.lineMax;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (state.src.charCodeAt(pos) !== 62) return false;
  if (silent) return true;
  const oldBMarks = [];
  const oldBSCount = [];
  const oldSCount = [];
  const oldTShift = [];
  const terminatorRules = state.md.block.ruler.getRules("blockquote");
  const oldParentType = state.parentType;
  state.parentType = "blockquote";
  let lastLineEmpty = false;
  let nextLine;
  for (nextLine = startLine; nextLine < endLine; nextLine++) {
    const isOutdented = state.sCount[nextLine] < state.blkIndent;
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    if (pos >= max) break;
    if (state.src.charCodeAt(pos++) === 62 && !isOutdented) {
      let initial = state.sCount[nextLine] + 1;
      let spaceAfterMarker;
      let adjustTab;
      if (state.src.charCodeAt(pos) === 32) {
        pos++;
        initial++;
        adjustTab = false;
        spaceAfterMarker = true;
      } else if (state.src.charCodeAt(pos) === 9) {
        spaceAfterMarker = true;
        if ((state.bsCount[nextLine] + initial) % 4 === 3) {
          pos++;
          initial++;
          adjustTab = false;
        } else adjustTab = true;
      } else spaceAfterMarker = false;
      let offset = initial;
      oldBMarks.push(state.bMarks[nextLine]);
      state.bMarks[nextLine] = pos;
      while (pos < max) {
        const ch = state.src.charCodeAt(pos);
        if (isSpace(ch)) {
          if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine] + (adjustTab ? 1 : 0)) % 4;
          else offset++;
        } else break;
        pos++;
      }
      lastLineEmpty = pos >= max;
      oldBSCount.push(state.bsCount[nextLine]);
      state.bsCount[nextLine] = state.sCount[nextLine] + 1 + (spaceAfterMarker ? 1 : 0);
      oldSCount.push(state.sCount[nextLine]);
      state.sCount[nextLine] = offset - initial;
      oldTShift.push(state.tShift[nextLine]);
      state.tShift[nextLine] = pos - state.bMarks[nextLine];
      continue;
    }
    if (lastLineEmpty) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) {
      state.lineMax = nextLine;
      if (state.blkIndent !== 0) {
        oldBMarks.push(state.bMarks[nextLine]);
        oldBSCount.push(state.bsCount[nextLine]);
        oldTShift.push(state.tShift[nextLine]);
        oldSCount.push(state.sCount[nextLine]);
        state.sCount[nextLine] -= state.blkIndent;
      }
      break;
    }
    oldBMarks.push(state.bMarks[nextLine]);
    oldBSCount.push(state.bsCount[nextLine]);
    oldTShift.push(state.tShift[nextLine]);
    oldSCount.push(state.sCount[nextLine]);
    state.sCount[nextLine] = -1;
  }
  const oldIndent = state.blkIndent;
  state.blkIndent = 0;
  const token_o = state.push("blockquote_open", "blockquote", 1);
  token_o.markup = ">";
  const lines = [startLine, 0];
  token_o.map = lines;
  state.md.block.tokenize(state, startLine, nextLine);
  const token_c = state.push("blockquote_close", "blockquote", -1);
  token_c.markup = ">";
  state.lineMax = oldLineMax;
  state.parentType = oldParentType;
  lines[1] = state.line;
  for (let i = 0; i < oldTShift.length; i++) {
    state.bMarks[i + startLine] = oldBMarks[i];
    state.tShift[i + startLine] = oldTShift[i];
    state.sCount[i + startLine] = oldSCount[i];
    state.bsCount[i + startLine] = oldBSCount[i];
  }
  state.blkIndent = oldIndent;
  return true;
}
function hr(state, startLine, endLine, silent) {
  const max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 95) return false;
  let cnt = 1;
  while (pos < max) {
    const ch = state.src.charCodeAt(pos++);
    if (ch !== marker && !isSpace(ch)) return false;
    if (ch === marker) cnt++;
  }
  if (cnt < 3) return false;
  if (silent) return true;
  state.line = startLine + 1;
  const token = state.push("hr", "hr", 0);
  token.map = [startLine, state.line];
  token.markup = Array(cnt + 1).join(String.fromCharCode(marker));
  return true;
}
function skipBulletListMarker(state, startLine) {
  const max = state.eMarks[startLine];
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 42 && marker !== 45 && marker !== 43) return -1;
  if (pos < max) {
    if (!isSpace(state.src.charCodeAt(pos))) return -1;
  }
  return pos;
}
function skipOrderedListMarker(state, startLine) {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 48 || ch > 57) return -1;
  for (; ; ) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 48 && ch <= 57) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 41 || ch === 46) break;
    return -1;
  }
  if (pos < max) {
    ch = state.src.charCodeAt(pos);
    if (!isSpace(ch)) return -1;
  }
  return pos;
}
function markTightParagraphs(state, idx) {
  const level = state.level + 2;
  for (let i = idx + 2, l = state.tokens.length - 2; i < l; i++) if (state.tokens[i].level === level && state.tokens[i].type === "paragraph_open") {
    state.tokens[i + 2].hidden = true;
    state.tokens[i].hidden = true;
    i += 2;
  }
}
function list(state, startLine, endLine, silent) {
  let max, pos, start, token;
  let nextLine = startLine;
  let tight = true;
  if (state.sCount[nextLine] - state.blkIndent >= 4) return false;
  if (state.listIndent >= 0 && state.sCount[nextLine] - state.listIndent >= 4 && state.sCount[nextLine] < state.blkIndent) return false;
  let isTerminatingParagraph = false;
  if (silent && state.parentType === "paragraph") {
    if (state.sCount[nextLine] >= state.blkIndent) isTerminatingParagraph = true;
  }
  let isOrdered;
  let markerValue;
  let posAfterMarker;
  if ((posAfterMarker = skipOrderedListMarker(state, nextLine)) >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine] + state.tShift[nextLine];
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (isTerminatingParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = skipBulletListMarker(state, nextLine)) >= 0) isOrdered = false;
  else return false;
  if (isTerminatingParagraph) {
    if (state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]) return false;
  }
  if (silent) return true;
  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokIdx = state.tokens.length;
  if (isOrdered) {
    token = state.push("ordered_list_open", "ol", 1);
    if (markerValue !== 1) token.attrs = [["start", markerValue]];
  } else token = state.push("bullet_list_open", "ul", 1);
  const listLines = [nextLine, 0];
  token.map = listLines;
  token.markup = String.fromCharCode(markerCharCode);
  let prevEmptyEnd = false;
  const terminatorRules = state.md.block.ruler.getRules("list");
  const oldParentType = state.parentType;
  state.parentType = "list";
  while (nextLine < endLine) {
    pos = posAfterMarker;
    max = state.eMarks[nextLine];
    const initial = state.sCount[nextLine] + posAfterMarker - (state.bMarks[nextLine] + state.tShift[nextLine]);
    let offset = initial;
    while (pos < max) {
      const ch = state.src.charCodeAt(pos);
      if (ch === 9) offset += 4 - (offset + state.bsCount[nextLine]) % 4;
      else if (ch === 32) offset++;
      else break;
      pos++;
    }
    const contentStart = pos;
    let indentAfterMarker;
    if (contentStart >= max) indentAfterMarker = 1;
    else indentAfterMarker = offset - initial;
    if (indentAfterMarker > 4) indentAfterMarker = 1;
    const indent = initial + indentAfterMarker;
    token = state.push("list_item_open", "li", 1);
    token.markup = String.fromCharCode(markerCharCode);
    const itemLines = [nextLine, 0];
    token.map = itemLines;
    if (isOrdered) token.info = state.src.slice(start, posAfterMarker - 1);
    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine];
    const oldSCount = state.sCount[nextLine];
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine];
    state.sCount[nextLine] = offset;
    if (contentStart >= max && state.isEmpty(nextLine + 1)) state.line = Math.min(state.line + 2, endLine);
    else state.md.block.tokenize(state, nextLine, endLine);
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);
    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;
    token = state.push("list_item_close", "li", -1);
    token.markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) break;
    if (state.sCount[nextLine] < state.blkIndent) break;
    if (state.sCount[nextLine] - state.blkIndent >= 4) break;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
    if (isOrdered) {
      posAfterMarker = skipOrderedListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
      start = state.bMarks[nextLine] + state.tShift[nextLine];
    } else {
      posAfterMarker = skipBulletListMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }
  if (isOrdered) token = state.push("ordered_list_close", "ol", -1);
  else token = state.push("bullet_list_close", "ul", -1);
  token.markup = String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokIdx);
  return true;
}
var MAX_LABEL_LENGTH = 999;
function countCodePoints(str) {
  let length = str.length;
  for (let i = 0; i < str.length - 1; i++) {
    const high = str.charCodeAt(i);
    if (high < 55296 || high > 56319) continue;
    const low = str.charCodeAt(i + 1);
    if (low >= 56320 && low <= 57343) {
      length--;
      i++;
    }
  }
  return length;
}
function lineEnd(state, line) {
  return Math.min(state.eMarks[line] + 1, state.src.length);
}
function getNextLinePos(state, nextLine) {
  const endLine = state.lineMax;
  if (nextLine >= endLine || state.isEmpty(nextLine)) return -1;
  let isContinuation = false;
  if (state.sCount[nextLine] - state.blkIndent > 3) isContinuation = true;
  if (state.sCount[nextLine] < 0) isContinuation = true;
  if (!isContinuation) {
    const terminatorRules = state.md.block.ruler.getRules("reference");
    const oldParentType = state.parentType;
    state.parentType = "reference";
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    state.parentType = oldParentType;
    if (terminate) return -1;
  }
  return state.bMarks[nextLine] + state.tShift[nextLine];
}
function reference(state, startLine, _endLine, silent) {
  const src = state.src;
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let nextLine = startLine + 1;
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (src.charCodeAt(pos) !== 91) return false;
  let max = lineEnd(state, startLine);
  let rawLabel = "";
  let labelEnd = -1;
  let segmentStart = ++pos;
  while (pos < max) {
    if (rawLabel.length + pos - segmentStart > MAX_LABEL_LENGTH * 2) return false;
    let ch = src.charCodeAt(pos);
    if (ch === 91) return false;
    if (ch === 93) {
      labelEnd = pos;
      break;
    }
    if (ch === 92) ch = src.charCodeAt(++pos);
    if (ch === 10 && pos < max) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) return false;
      rawLabel += src.slice(segmentStart, max);
      pos = segmentStart = nextPos;
      max = lineEnd(state, nextLine++);
      continue;
    }
    pos++;
  }
  if (labelEnd < 0 || src.charCodeAt(labelEnd + 1) !== 58) return false;
  rawLabel += src.slice(segmentStart, labelEnd);
  if (rawLabel.length > MAX_LABEL_LENGTH && countCodePoints(rawLabel) > MAX_LABEL_LENGTH) return false;
  pos = labelEnd + 2;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const destRes = state.md.helpers.parseLinkDestination(src, pos, max);
  if (!destRes.ok) return false;
  const href = state.md.normalizeLink(destRes.str);
  if (!state.md.validateLink(href)) return false;
  pos = destRes.pos;
  const destEndPos = pos;
  const destEndMax = max;
  const destEndLineNo = nextLine;
  while (pos < max) {
    const ch = src.charCodeAt(pos);
    if (ch === 10) {
      const nextPos = getNextLinePos(state, nextLine);
      if (nextPos < 0) break;
      pos = nextPos;
      max = lineEnd(state, nextLine++);
    } else if (isSpace(ch)) pos++;
    else break;
  }
  const titleStart = pos;
  let titleRes = state.md.helpers.parseLinkTitle(src, pos, max);
  while (titleRes.can_continue) {
    const nextPos = getNextLinePos(state, nextLine);
    if (nextPos < 0) break;
    pos = nextPos;
    max = lineEnd(state, nextLine++);
    titleRes = state.md.helpers.parseLinkTitle(src, pos, max, titleRes);
  }
  let title;
  if (titleStart !== destEndPos && titleRes.ok) {
    title = titleRes.str;
    pos = titleRes.pos;
  } else {
    title = "";
    pos = destEndPos;
    max = destEndMax;
    nextLine = destEndLineNo;
  }
  while (pos < max) {
    if (!isSpace(src.charCodeAt(pos))) break;
    pos++;
  }
  if (pos < max && src.charCodeAt(pos) !== 10) {
    if (title) {
      title = "";
      pos = destEndPos;
      max = destEndMax;
      nextLine = destEndLineNo;
      while (pos < max) {
        if (!isSpace(src.charCodeAt(pos))) break;
        pos++;
      }
    }
  }
  if (pos < max && src.charCodeAt(pos) !== 10) return false;
  const label = normalizeReference(rawLabel);
  if (!label) return false;
  if (silent) return true;
  if (typeof state.env.references === "undefined") state.env.references = {};
  if (typeof state.env.references[label] === "undefined") state.env.references[label] = {
    title,
    href
  };
  const token = state.push("reference_definition", "", 0);
  token.map = [startLine, nextLine];
  token.hidden = true;
  const meta = /* @__PURE__ */ Object.create(null);
  meta.label = label;
  token.meta = meta;
  state.line = nextLine;
  return true;
}
var html_blocks_default = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var open_tag = `<[A-Za-z][A-Za-z0-9\\-]*(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?)*\\s*\\/?>`;
var close_tag = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>";
new RegExp(`^(?:${open_tag}|${close_tag}|<!---?>|<!--(?:[^-]|-[^-]|--[^>])*-->|<[?][\\s\\S]*?[?]>|<![A-Za-z][^>]*>|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>)`);
var HTML_OPEN_CLOSE_TAG_RE = new RegExp(`^(?:${open_tag}|${close_tag})`);
var HTML_SEQUENCES = [
  [
    /^<(script|pre|style|textarea)(?=(\s|>|$))/i,
    /<\/(script|pre|style|textarea)>/i,
    true
  ],
  [
    /^<!--/,
    /-->/,
    true
  ],
  [
    /^<\?/,
    /\?>/,
    true
  ],
  [
    /^<![A-Za-z]/,
    />/,
    true
  ],
  [
    /^<!\[CDATA\[/,
    /\]\]>/,
    true
  ],
  [
    new RegExp(`^</?(${html_blocks_default.join("|")})(?=(\\s|/?>|$))`, "i"),
    /^$/,
    true
  ],
  [
    new RegExp(`${HTML_OPEN_CLOSE_TAG_RE.source}\\s*$`),
    /^$/,
    false
  ]
];
function html_block(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  if (!state.md.options.html) return false;
  if (state.src.charCodeAt(pos) !== 60) return false;
  let lineText = state.src.slice(pos, max);
  let i = 0;
  for (; i < HTML_SEQUENCES.length; i++) if (HTML_SEQUENCES[i][0].test(lineText)) break;
  if (i === HTML_SEQUENCES.length) return false;
  if (silent) return HTML_SEQUENCES[i][2];
  let nextLine = startLine + 1;
  const endsOnBlankLine = HTML_SEQUENCES[i][1].test("");
  if (!HTML_SEQUENCES[i][1].test(lineText)) for (; nextLine < endLine; nextLine++) {
    if (state.sCount[nextLine] < state.blkIndent) {
      if (endsOnBlankLine || !state.isEmpty(nextLine)) break;
    }
    pos = state.bMarks[nextLine] + state.tShift[nextLine];
    max = state.eMarks[nextLine];
    lineText = state.src.slice(pos, max);
    if (HTML_SEQUENCES[i][1].test(lineText)) {
      if (lineText.length !== 0) nextLine++;
      break;
    }
  }
  state.line = nextLine;
  const token = state.push("html_block", "", 0);
  token.map = [startLine, nextLine];
  token.content = state.getLines(startLine, nextLine, state.blkIndent, true);
  return true;
}
function heading(state, startLine, endLine, silent) {
  let pos = state.bMarks[startLine] + state.tShift[startLine];
  let max = state.eMarks[startLine];
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  let ch = state.src.charCodeAt(pos);
  if (ch !== 35 || pos >= max) return false;
  let level = 1;
  ch = state.src.charCodeAt(++pos);
  while (ch === 35 && pos < max && level <= 6) {
    level++;
    ch = state.src.charCodeAt(++pos);
  }
  if (level > 6 || pos < max && !isSpace(ch)) return false;
  if (silent) return true;
  max = state.skipSpacesBack(max, pos);
  const tmp = state.skipCharsBack(max, 35, pos);
  if (tmp > pos && isSpace(state.src.charCodeAt(tmp - 1))) max = tmp;
  state.line = startLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = "########".slice(0, level);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = asciiTrim(state.src.slice(pos, max));
  token_i.map = [startLine, state.line];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = "########".slice(0, level);
  return true;
}
function lheading(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] >= state.blkIndent) {
      let pos = state.bMarks[nextLine] + state.tShift[nextLine];
      const max = state.eMarks[nextLine];
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 45 || marker === 61) {
          pos = state.skipChars(pos, marker);
          pos = state.skipSpaces(pos);
          if (pos >= max) {
            level = marker === 61 ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const token_o = state.push("heading_open", `h${level}`, 1);
  token_o.markup = String.fromCharCode(marker);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line - 1];
  token_i.children = [];
  const token_c = state.push("heading_close", `h${level}`, -1);
  token_c.markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
}
function paragraph(state, startLine, endLine) {
  const terminatorRules = state.md.block.ruler.getRules("paragraph");
  const oldParentType = state.parentType;
  let nextLine = startLine + 1;
  state.parentType = "paragraph";
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine] - state.blkIndent > 3) continue;
    if (state.sCount[nextLine] < 0) continue;
    let terminate = false;
    for (let i = 0, l = terminatorRules.length; i < l; i++) if (terminatorRules[i](state, nextLine, endLine, true)) {
      terminate = true;
      break;
    }
    if (terminate) break;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  const token_o = state.push("paragraph_open", "p", 1);
  token_o.map = [startLine, state.line];
  const token_i = state.push("inline", "", 0);
  token_i.content = content;
  token_i.map = [startLine, state.line];
  token_i.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
}
var _rules$1 = [
  [
    "table",
    table,
    ["paragraph", "reference"]
  ],
  ["code", code],
  [
    "fence",
    fence,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "blockquote",
    blockquote,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "hr",
    hr,
    [
      "paragraph",
      "reference",
      "blockquote",
      "list"
    ]
  ],
  [
    "list",
    list,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["reference", reference],
  [
    "html_block",
    html_block,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  [
    "heading",
    heading,
    [
      "paragraph",
      "reference",
      "blockquote"
    ]
  ],
  ["lheading", lheading],
  ["paragraph", paragraph]
];
var ParserBlock = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of block rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(this, "State", StateBlock);
    for (let i = 0; i < _rules$1.length; i++) this.ruler.push(_rules$1[i][0], _rules$1[i][1], { alt: (_rules$1[i][2] || []).slice() });
  }
  tokenize(state, startLine, endLine) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    let line = startLine;
    let hasEmptyLines = false;
    while (line < endLine) {
      state.line = line = state.skipEmptyLines(line);
      if (line >= endLine) break;
      if (state.sCount[line] < state.blkIndent) break;
      if (state.level >= maxNesting) {
        state.line = endLine;
        break;
      }
      const prevLine = state.line;
      let ok = false;
      for (let i = 0; i < len; i++) {
        ok = rules[i](state, line, endLine, false);
        if (ok) {
          if (prevLine >= state.line) throw new Error("block rule didn't increment state.line");
          break;
        }
      }
      if (!ok) throw new Error("none of the block rules matched");
      state.tight = !hasEmptyLines;
      if (state.isEmpty(state.line - 1)) hasEmptyLines = true;
      line = state.line;
      if (line < endLine && state.isEmpty(line)) {
        hasEmptyLines = true;
        line++;
        state.line = line;
      }
    }
  }
  /**
  * Process input string and push block tokens into `outTokens`
  */
  parse(src, md, env, outTokens) {
    if (!src) return;
    const state = new this.State(src, md, env, outTokens);
    this.tokenize(state, state.line, state.lineMax);
  }
};
var StateInline = class {
  constructor(src, md, env, outTokens) {
    _defineProperty(this, "pos", 0);
    _defineProperty(this, "level", 0);
    _defineProperty(this, "pending", "");
    _defineProperty(this, "pendingLevel", 0);
    _defineProperty(this, "cache", {});
    _defineProperty(this, "backticks", {});
    _defineProperty(this, "backticksScanned", false);
    _defineProperty(this, "skipHtmlSpecial", false);
    _defineProperty(this, "linkLevel", 0);
    _defineProperty(this, "delimiters", []);
    _defineProperty(this, "_prev_delimiters", []);
    _defineProperty(this, "Token", Token);
    this.src = src;
    this.env = env;
    this.md = md;
    this.tokens = outTokens;
    this.tokens_meta = Array(outTokens.length);
    this.posMax = this.src.length;
  }
  pushPending() {
    const token = new Token("text", "", 0);
    token.content = this.pending;
    token.level = this.pendingLevel;
    this.tokens.push(token);
    this.pending = "";
    return token;
  }
  push(type, tag, nesting) {
    if (this.pending) this.pushPending();
    const token = new Token(type, tag, nesting);
    let token_meta = void 0;
    if (nesting < 0) {
      this.level--;
      this.delimiters = this._prev_delimiters.pop();
    }
    token.level = this.level;
    if (nesting > 0) {
      this.level++;
      this._prev_delimiters.push(this.delimiters);
      this.delimiters = [];
      token_meta = { delimiters: this.delimiters };
    }
    this.pendingLevel = this.level;
    this.tokens.push(token);
    this.tokens_meta.push(token_meta);
    return token;
  }
  scanDelims(start, canSplitWord) {
    const max = this.posMax;
    const marker = this.src.charCodeAt(start);
    let lastChar;
    if (start === 0) lastChar = 32;
    else if (start === 1) {
      lastChar = this.src.charCodeAt(0);
      if ((lastChar & 63488) === 55296) lastChar = 65533;
    } else {
      lastChar = this.src.charCodeAt(start - 1);
      if ((lastChar & 64512) === 56320) {
        const highSurr = this.src.charCodeAt(start - 2);
        lastChar = (highSurr & 64512) === 55296 ? 65536 + (highSurr - 55296 << 10) + (lastChar - 56320) : 65533;
      } else if ((lastChar & 64512) === 55296) lastChar = 65533;
    }
    let pos = start;
    while (pos < max && this.src.charCodeAt(pos) === marker) pos++;
    const count = pos - start;
    let nextChar = pos < max ? this.src.charCodeAt(pos) : 32;
    if ((nextChar & 64512) === 55296) {
      const lowSurr = this.src.charCodeAt(pos + 1);
      nextChar = (lowSurr & 64512) === 56320 ? 65536 + (nextChar - 55296 << 10) + (lowSurr - 56320) : 65533;
    } else if ((nextChar & 64512) === 56320) nextChar = 65533;
    const isLastPunctChar = isMdAsciiPunct(lastChar) || isPunctCharCode(lastChar);
    const isNextPunctChar = isMdAsciiPunct(nextChar) || isPunctCharCode(nextChar);
    const isLastWhiteSpace = isWhiteSpace(lastChar);
    const isNextWhiteSpace = isWhiteSpace(nextChar);
    const left_flanking = !isNextWhiteSpace && (!isNextPunctChar || isLastWhiteSpace || isLastPunctChar);
    const right_flanking = !isLastWhiteSpace && (!isLastPunctChar || isNextWhiteSpace || isNextPunctChar);
    return {
      can_open: left_flanking && (canSplitWord || !right_flanking || isLastPunctChar),
      can_close: right_flanking && (canSplitWord || !left_flanking || isNextPunctChar),
      length: count
    };
  }
};
function isTerminatorChar(ch) {
  switch (ch) {
    case 10:
    case 33:
    case 35:
    case 36:
    case 37:
    case 38:
    case 42:
    case 43:
    case 45:
    case 58:
    case 60:
    case 61:
    case 62:
    case 64:
    case 91:
    case 92:
    case 93:
    case 94:
    case 95:
    case 96:
    case 123:
    case 125:
    case 126:
      return true;
    default:
      return false;
  }
}
function text(state, silent) {
  let pos = state.pos;
  while (pos < state.posMax && !isTerminatorChar(state.src.charCodeAt(pos))) pos++;
  if (pos === state.pos) return false;
  if (!silent) state.pending += state.src.slice(state.pos, pos);
  state.pos = pos;
  return true;
}
function isAsciiAlpha(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}
function isSchemeChar(code2) {
  return code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 43 || code2 === 45 || code2 === 46;
}
function linkify(state, silent) {
  if (!state.md.options.linkify) return false;
  if (state.linkLevel > 0) return false;
  const pos = state.pos;
  const max = state.posMax;
  if (pos + 3 > max) return false;
  if (state.src.charCodeAt(pos) !== 58) return false;
  if (state.src.charCodeAt(pos + 1) !== 47) return false;
  if (state.src.charCodeAt(pos + 2) !== 47) return false;
  const protoMin = pos - Math.min(10, state.pending.length, pos);
  let protoStart = pos;
  while (protoStart > protoMin && isSchemeChar(state.src.charCodeAt(protoStart - 1))) protoStart--;
  if (protoStart === pos || !isAsciiAlpha(state.src.charCodeAt(protoStart))) return false;
  const protoLength = pos - protoStart;
  const link2 = state.md.linkify.matchAtStart(state.src.slice(protoStart));
  if (!link2) return false;
  let url = link2.url;
  if (url.length <= protoLength) return false;
  let urlEnd = url.length;
  while (urlEnd > 0 && url.charCodeAt(urlEnd - 1) === 42) urlEnd--;
  if (urlEnd !== url.length) url = url.slice(0, urlEnd);
  const fullUrl = state.md.normalizeLink(url);
  if (!state.md.validateLink(fullUrl)) return false;
  if (!silent) {
    state.pending = state.pending.slice(0, -protoLength);
    const token_o = state.push("link_open", "a", 1);
    token_o.attrs = [["href", fullUrl]];
    token_o.markup = "linkify";
    token_o.info = "auto";
    const token_t = state.push("text", "", 0);
    token_t.content = state.md.normalizeLinkText(url);
    const token_c = state.push("link_close", "a", -1);
    token_c.markup = "linkify";
    token_c.info = "auto";
  }
  state.pos += url.length - protoLength;
  return true;
}
function newline(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 10) return false;
  const pmax = state.pending.length - 1;
  const max = state.posMax;
  if (!silent) {
    if (pmax >= 0 && state.pending.charCodeAt(pmax) === 32) {
      if (pmax >= 1 && state.pending.charCodeAt(pmax - 1) === 32) {
        let ws = pmax - 1;
        while (ws >= 1 && state.pending.charCodeAt(ws - 1) === 32) ws--;
        state.pending = state.pending.slice(0, ws);
        state.push("hardbreak", "br", 0);
      } else {
        state.pending = state.pending.slice(0, -1);
        state.push("softbreak", "br", 0);
      }
    } else state.push("softbreak", "br", 0);
  }
  pos++;
  while (pos < max && isSpace(state.src.charCodeAt(pos))) pos++;
  state.pos = pos;
  return true;
}
var ESCAPED = [];
for (let i = 0; i < 256; i++) ESCAPED.push(0);
"\\!\"#$%&'()*+,./:;<=>?@[]^_`{|}~-".split("").forEach(function(ch) {
  ESCAPED[ch.charCodeAt(0)] = 1;
});
function escape(state, silent) {
  let pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 92) return false;
  pos++;
  if (pos >= max) return false;
  let ch1 = state.src.charCodeAt(pos);
  if (ch1 === 10) {
    if (!silent) state.push("hardbreak", "br", 0);
    pos++;
    while (pos < max) {
      ch1 = state.src.charCodeAt(pos);
      if (!isSpace(ch1)) break;
      pos++;
    }
    state.pos = pos;
    return true;
  }
  if (ch1 === 32) {
    if (!silent) {
      const token = state.push("text_special", "", 0);
      token.content = "\\";
      token.markup = "\\";
      token.info = "escape";
    }
    state.pos = pos;
    return true;
  }
  let escapedStr = state.src[pos];
  if (ch1 >= 55296 && ch1 <= 56319 && pos + 1 < max) {
    const ch2 = state.src.charCodeAt(pos + 1);
    if (ch2 >= 56320 && ch2 <= 57343) {
      escapedStr += state.src[pos + 1];
      pos++;
    }
  }
  const origStr = "\\" + escapedStr;
  if (!silent) {
    const token = state.push("text_special", "", 0);
    if (ch1 < 256 && ESCAPED[ch1] !== 0) token.content = escapedStr;
    else token.content = origStr;
    token.markup = origStr;
    token.info = "escape";
  }
  state.pos = pos + 1;
  return true;
}
function buildLastRuns(src) {
  const lastRuns = {};
  let pos = 0;
  while ((pos = src.indexOf("`", pos)) !== -1) {
    const start = pos;
    while (src.charCodeAt(++pos) === 96) ;
    lastRuns[pos - start] = start;
  }
  return lastRuns;
}
function backtick(state, silent) {
  var _state$backticks$open;
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 96) return false;
  const max = state.posMax;
  let pos = start + 1;
  while (pos < max && state.src.charCodeAt(pos) === 96) pos++;
  const marker = state.src.slice(start, pos);
  const openerLength = marker.length;
  if (!state.backticksScanned) {
    state.backticks = buildLastRuns(state.src);
    state.backticksScanned = true;
  }
  if (((_state$backticks$open = state.backticks[openerLength]) !== null && _state$backticks$open !== void 0 ? _state$backticks$open : -1) >= pos) {
    let matchEnd = pos;
    let matchStart;
    while ((matchStart = state.src.indexOf("`", matchEnd)) !== -1 && matchStart < max) {
      matchEnd = matchStart + 1;
      while (state.src.charCodeAt(matchEnd) === 96) matchEnd++;
      if (matchEnd > max) break;
      if (matchEnd - matchStart === openerLength) {
        if (!silent) {
          const token = state.push("code_inline", "code", 0);
          token.markup = marker;
          let content = state.src.slice(pos, matchStart).replace(/\n/g, " ");
          if (content.startsWith(" ") && content.endsWith(" ") && /[^ ]/.test(content)) content = content.slice(1, -1);
          token.content = content;
        }
        state.pos = matchEnd;
        return true;
      }
    }
  }
  if (!silent) state.pending += marker;
  state.pos = pos;
  return true;
}
function strikethrough_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 126) return false;
  const scanned = state.scanDelims(state.pos, true);
  let len = scanned.length;
  const ch = String.fromCharCode(marker);
  if (len < 2) return false;
  let token;
  if (len % 2) {
    token = state.push("text", "", 0);
    token.content = ch;
    len--;
  }
  for (let i = 0; i < len; i += 2) {
    token = state.push("text", "", 0);
    token.content = ch + ch;
    state.delimiters.push({
      marker,
      length: 0,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess$1(state, delimiters) {
  let token;
  const loneMarkers = [];
  const max = delimiters.length;
  for (let i = 0; i < max; i++) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 126) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    token = state.tokens[startDelim.token];
    token.type = "s_open";
    token.tag = "s";
    token.nesting = 1;
    token.markup = "~~";
    token.content = "";
    token = state.tokens[endDelim.token];
    token.type = "s_close";
    token.tag = "s";
    token.nesting = -1;
    token.markup = "~~";
    token.content = "";
    if (state.tokens[endDelim.token - 1].type === "text" && state.tokens[endDelim.token - 1].content === "~") loneMarkers.push(endDelim.token - 1);
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop();
    let j = i + 1;
    while (j < state.tokens.length && state.tokens[j].type === "s_close") j++;
    j--;
    if (i !== j) {
      token = state.tokens[j];
      state.tokens[j] = state.tokens[i];
      state.tokens[i] = token;
    }
  }
}
function strikethrough_postProcess(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess$1(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess$1(state, delimiters);
  }
}
var strikethrough_default = {
  tokenize: strikethrough_tokenize,
  postProcess: strikethrough_postProcess
};
function emphasis_tokenize(state, silent) {
  const start = state.pos;
  const marker = state.src.charCodeAt(start);
  if (silent) return false;
  if (marker !== 95 && marker !== 42) return false;
  const scanned = state.scanDelims(state.pos, marker === 42);
  for (let i = 0; i < scanned.length; i++) {
    const token = state.push("text", "", 0);
    token.content = String.fromCharCode(marker);
    state.delimiters.push({
      marker,
      length: scanned.length,
      token: state.tokens.length - 1,
      end: -1,
      open: scanned.can_open,
      close: scanned.can_close
    });
  }
  state.pos += scanned.length;
  return true;
}
function postProcess(state, delimiters) {
  const max = delimiters.length;
  for (let i = max - 1; i >= 0; i--) {
    const startDelim = delimiters[i];
    if (startDelim.marker !== 95 && startDelim.marker !== 42) continue;
    if (startDelim.end === -1) continue;
    const endDelim = delimiters[startDelim.end];
    const isStrong = i > 0 && delimiters[i - 1].end === startDelim.end + 1 && delimiters[i - 1].marker === startDelim.marker && delimiters[i - 1].token === startDelim.token - 1 && delimiters[startDelim.end + 1].token === endDelim.token + 1;
    const ch = String.fromCharCode(startDelim.marker);
    const token_o = state.tokens[startDelim.token];
    token_o.type = isStrong ? "strong_open" : "em_open";
    token_o.tag = isStrong ? "strong" : "em";
    token_o.nesting = 1;
    token_o.markup = isStrong ? ch + ch : ch;
    token_o.content = "";
    const token_c = state.tokens[endDelim.token];
    token_c.type = isStrong ? "strong_close" : "em_close";
    token_c.tag = isStrong ? "strong" : "em";
    token_c.nesting = -1;
    token_c.markup = isStrong ? ch + ch : ch;
    token_c.content = "";
    if (isStrong) {
      state.tokens[delimiters[i - 1].token].content = "";
      state.tokens[delimiters[startDelim.end + 1].token].content = "";
      i--;
    }
  }
}
function emphasis_post_process(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  postProcess(state, state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) postProcess(state, delimiters);
  }
}
var emphasis_default = {
  tokenize: emphasis_tokenize,
  postProcess: emphasis_post_process
};
function link(state, silent) {
  let code2, label, res, ref;
  let href = "";
  let title = "";
  let start = state.pos;
  let parseReference = true;
  if (state.src.charCodeAt(state.pos) !== 91) return false;
  const oldPos = state.pos;
  const max = state.posMax;
  const labelStart = state.pos + 1;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, true);
  if (labelEnd < 0) return false;
  let pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    parseReference = false;
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
      start = pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
      res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
      if (pos < max && start !== pos && res.ok) {
        title = res.str;
        pos = res.pos;
        for (; pos < max; pos++) {
          code2 = state.src.charCodeAt(pos);
          if (!isSpace(code2) && code2 !== 10) break;
        }
      }
    }
    if (pos >= max || state.src.charCodeAt(pos) !== 41) parseReference = true;
    pos++;
  }
  if (parseReference) {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    state.pos = labelStart;
    state.posMax = labelEnd;
    const token_o = state.push("link_open", "a", 1);
    const attrs = [["href", href]];
    token_o.attrs = attrs;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token_o.meta = meta;
    }
    state.linkLevel++;
    state.md.inline.tokenize(state);
    state.linkLevel--;
    state.push("link_close", "a", -1);
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
function image(state, silent) {
  let code2, content, label, pos, ref, res, title, start;
  let href = "";
  const oldPos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(state.pos) !== 33) return false;
  if (state.src.charCodeAt(state.pos + 1) !== 91) return false;
  const labelStart = state.pos + 2;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + 1, false);
  if (labelEnd < 0) return false;
  pos = labelEnd + 1;
  if (pos < max && state.src.charCodeAt(pos) === 40) {
    pos++;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    if (pos >= max) return false;
    start = pos;
    res = state.md.helpers.parseLinkDestination(state.src, pos, state.posMax);
    if (res.ok) {
      href = state.md.normalizeLink(res.str);
      if (state.md.validateLink(href)) pos = res.pos;
      else href = "";
    }
    start = pos;
    for (; pos < max; pos++) {
      code2 = state.src.charCodeAt(pos);
      if (!isSpace(code2) && code2 !== 10) break;
    }
    res = state.md.helpers.parseLinkTitle(state.src, pos, state.posMax);
    if (pos < max && start !== pos && res.ok) {
      title = res.str;
      pos = res.pos;
      for (; pos < max; pos++) {
        code2 = state.src.charCodeAt(pos);
        if (!isSpace(code2) && code2 !== 10) break;
      }
    } else title = "";
    if (pos >= max || state.src.charCodeAt(pos) !== 41) {
      state.pos = oldPos;
      return false;
    }
    pos++;
  } else {
    if (typeof state.env.references === "undefined") return false;
    if (pos < max && state.src.charCodeAt(pos) === 91) {
      start = pos + 1;
      pos = state.md.helpers.parseLinkLabel(state, pos);
      if (pos >= 0) label = state.src.slice(start, pos++);
      else pos = labelEnd + 1;
    } else pos = labelEnd + 1;
    if (!label) label = state.src.slice(labelStart, labelEnd);
    label = normalizeReference(label);
    ref = state.env.references[label];
    if (!ref) {
      state.pos = oldPos;
      return false;
    }
    href = ref.href;
    title = ref.title;
  }
  if (!silent) {
    content = state.src.slice(labelStart, labelEnd);
    const tokens = [];
    state.md.inline.parse(content, state.md, state.env, tokens);
    const token = state.push("image", "img", 0);
    const attrs = [["src", href], ["alt", ""]];
    token.attrs = attrs;
    token.children = tokens;
    token.content = content;
    if (title) attrs.push(["title", title]);
    if (label) {
      const meta = /* @__PURE__ */ Object.create(null);
      meta.label = label;
      token.meta = meta;
    }
  }
  state.pos = pos;
  state.posMax = max;
  return true;
}
var EMAIL_RE = /^([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)$/;
var AUTOLINK_RE = /^([a-zA-Z][a-zA-Z0-9+.-]{1,31}):([^<>\x00-\x20]*)$/;
function autolink(state, silent) {
  let pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60) return false;
  const start = state.pos;
  const max = state.posMax;
  for (; ; ) {
    if (++pos >= max) return false;
    const ch = state.src.charCodeAt(pos);
    if (ch === 60) return false;
    if (ch === 62) break;
  }
  const url = state.src.slice(start + 1, pos);
  if (AUTOLINK_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(url);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  if (EMAIL_RE.test(url)) {
    const fullUrl = state.md.normalizeLink(`mailto:${url}`);
    if (!state.md.validateLink(fullUrl)) return false;
    if (!silent) {
      const token_o = state.push("link_open", "a", 1);
      token_o.attrs = [["href", fullUrl]];
      token_o.markup = "autolink";
      token_o.info = "auto";
      const token_t = state.push("text", "", 0);
      token_t.content = state.md.normalizeLinkText(url);
      const token_c = state.push("link_close", "a", -1);
      token_c.markup = "autolink";
      token_c.info = "auto";
    }
    state.pos += url.length + 2;
    return true;
  }
  return false;
}
function isLinkOpen(str) {
  return /^<a[>\s]/i.test(str);
}
function isLinkClose(str) {
  return /^<\/a\s*>/i.test(str);
}
function isLetter(ch) {
  const lc = ch | 32;
  return lc >= 97 && lc <= 122;
}
function scanSpecial(state, pos) {
  const src = state.src;
  let start;
  let terminator;
  if (src.startsWith("<!--", pos)) {
    if (src.startsWith(">", pos + 4)) return pos + 5;
    if (src.startsWith("->", pos + 4)) return pos + 6;
    start = pos + 4;
    terminator = "-->";
  } else if (src.startsWith("<![CDATA[", pos)) {
    start = pos + 9;
    terminator = "]]>";
  } else if (src.charCodeAt(pos + 1) === 63) {
    start = pos + 2;
    terminator = "?>";
  } else if (isLetter(src.charCodeAt(pos + 2))) {
    start = pos + 3;
    terminator = ">";
  } else return -1;
  if (state.skipHtmlSpecial) return -1;
  const end = src.indexOf(terminator, start);
  if (end < 0) {
    state.skipHtmlSpecial = true;
    return -1;
  }
  return end + terminator.length;
}
function html_inline(state, silent) {
  if (!state.md.options.html) return false;
  const max = state.posMax;
  const pos = state.pos;
  if (state.src.charCodeAt(pos) !== 60 || pos + 2 >= max) return false;
  let end;
  const ch = state.src.charCodeAt(pos + 1);
  if (ch === 33 || ch === 63) end = scanSpecial(state, pos);
  else if (ch === 47 || isLetter(ch)) {
    const match = state.src.slice(pos).match(HTML_OPEN_CLOSE_TAG_RE);
    end = match ? pos + match[0].length : -1;
  } else return false;
  if (end < 0) return false;
  if (!silent) {
    const token = state.push("html_inline", "", 0);
    token.content = state.src.slice(pos, end);
    if (isLinkOpen(token.content)) state.linkLevel++;
    if (isLinkClose(token.content)) state.linkLevel--;
  }
  state.pos = end;
  return true;
}
var DIGITAL_RE = /^&#((?:x[a-f0-9]{1,6}|[0-9]{1,7}));/i;
var NAMED_RE = /^&([a-z][a-z0-9]{1,31});/i;
function entity(state, silent) {
  const pos = state.pos;
  const max = state.posMax;
  if (state.src.charCodeAt(pos) !== 38) return false;
  if (pos + 1 >= max) return false;
  if (state.src.charCodeAt(pos + 1) === 35) {
    const match = state.src.slice(pos).match(DIGITAL_RE);
    if (match) {
      if (!silent) {
        const code2 = match[1][0].toLowerCase() === "x" ? parseInt(match[1].slice(1), 16) : parseInt(match[1], 10);
        const token = state.push("text_special", "", 0);
        token.content = isValidEntityCode(code2) ? fromCodePoint(code2) : fromCodePoint(65533);
        token.markup = match[0];
        token.info = "entity";
      }
      state.pos += match[0].length;
      return true;
    }
  } else {
    const match = state.src.slice(pos).match(NAMED_RE);
    if (match) {
      const decoded = decodeHTMLStrict(match[0]);
      if (decoded !== match[0]) {
        if (!silent) {
          const token = state.push("text_special", "", 0);
          token.content = decoded;
          token.markup = match[0];
          token.info = "entity";
        }
        state.pos += match[0].length;
        return true;
      }
    }
  }
  return false;
}
function processDelimiters(delimiters) {
  const openersBottom = {};
  const max = delimiters.length;
  if (!max) return;
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps = [];
  for (let closerIdx = 0; closerIdx < max; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    closer.length = closer.length || 0;
    if (!closer.close) continue;
    if (!openersBottom.hasOwnProperty(closer.marker)) openersBottom[closer.marker] = [
      -1,
      -1,
      -1,
      -1,
      -1,
      -1
    ];
    const minOpenerIdx = openersBottom[closer.marker][(closer.open ? 3 : 0) + closer.length % 3];
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > minOpenerIdx; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker) continue;
      if (opener.open && opener.end < 0) {
        let isOddMatch = false;
        if (opener.close || closer.open) {
          if ((opener.length + closer.length) % 3 === 0) {
            if (opener.length % 3 !== 0 || closer.length % 3 !== 0) isOddMatch = true;
          }
        }
        if (!isOddMatch) {
          const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
          jumps[closerIdx] = closerIdx - openerIdx + lastJump;
          jumps[openerIdx] = lastJump;
          closer.open = false;
          opener.end = closerIdx;
          opener.close = false;
          newMinOpenerIdx = -1;
          lastTokenIdx = -2;
          break;
        }
      }
    }
    if (newMinOpenerIdx !== -1) openersBottom[closer.marker][(closer.open ? 3 : 0) + (closer.length || 0) % 3] = newMinOpenerIdx;
  }
}
function link_pairs(state) {
  const tokens_meta = state.tokens_meta;
  const max = state.tokens_meta.length;
  processDelimiters(state.delimiters);
  for (let curr = 0; curr < max; curr++) {
    var _tokens_meta$curr;
    const delimiters = (_tokens_meta$curr = tokens_meta[curr]) === null || _tokens_meta$curr === void 0 ? void 0 : _tokens_meta$curr.delimiters;
    if (delimiters) processDelimiters(delimiters);
  }
}
function fragments_join(state) {
  let curr, last;
  let level = 0;
  const tokens = state.tokens;
  const max = state.tokens.length;
  for (curr = last = 0; curr < max; curr++) {
    if (tokens[curr].nesting < 0) level--;
    tokens[curr].level = level;
    if (tokens[curr].nesting > 0) level++;
    if (tokens[curr].type === "text" && curr + 1 < max && tokens[curr + 1].type === "text") tokens[curr + 1].content = tokens[curr].content + tokens[curr + 1].content;
    else {
      if (curr !== last) tokens[last] = tokens[curr];
      last++;
    }
  }
  if (curr !== last) tokens.length = last;
}
var _rules = [
  ["text", text],
  ["linkify", linkify],
  ["newline", newline],
  ["escape", escape],
  ["backticks", backtick],
  ["strikethrough", strikethrough_default.tokenize],
  ["emphasis", emphasis_default.tokenize],
  ["link", link],
  ["image", image],
  ["autolink", autolink],
  ["html_inline", html_inline],
  ["entity", entity]
];
var _rules2 = [
  ["balance_pairs", link_pairs],
  ["strikethrough", strikethrough_default.postProcess],
  ["emphasis", emphasis_default.postProcess],
  ["fragments_join", fragments_join]
];
var ParserInline = class {
  constructor() {
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Keep configuration of inline rules.
      */
      "ruler",
      new Ruler()
    );
    _defineProperty(
      this,
      /**
      * {@link Ruler} instance. Second ruler used for post-processing
      * (e.g. in emphasis-like rules).
      */
      "ruler2",
      new Ruler()
    );
    _defineProperty(this, "State", StateInline);
    for (let i = 0; i < _rules.length; i++) this.ruler.push(_rules[i][0], _rules[i][1]);
    for (let i = 0; i < _rules2.length; i++) this.ruler2.push(_rules2[i][0], _rules2[i][1]);
  }
  skipToken(state) {
    const pos = state.pos;
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const maxNesting = state.md.options.maxNesting;
    const cache3 = state.cache;
    if (typeof cache3[pos] !== "undefined") {
      state.pos = cache3[pos];
      return;
    }
    let ok = false;
    if (state.level < maxNesting) for (let i = 0; i < len; i++) {
      state.level++;
      ok = rules[i](state, true);
      state.level--;
      if (ok) {
        if (pos >= state.pos) throw new Error("inline rule didn't increment state.pos");
        break;
      }
    }
    else state.pos = state.posMax;
    if (!ok) state.pos++;
    cache3[pos] = state.pos;
  }
  tokenize(state) {
    const rules = this.ruler.getRules("");
    const len = rules.length;
    const end = state.posMax;
    const maxNesting = state.md.options.maxNesting;
    while (state.pos < end) {
      const prevPos = state.pos;
      let ok = false;
      if (state.level < maxNesting) for (let i = 0; i < len; i++) {
        ok = rules[i](state, false);
        if (ok) {
          if (prevPos >= state.pos) throw new Error("inline rule didn't increment state.pos");
          break;
        }
      }
      if (ok) {
        if (state.pos >= end) break;
        continue;
      }
      state.pending += state.src[state.pos++];
    }
    if (state.pending) state.pushPending();
  }
  /**
  * Process input string and push inline tokens into `outTokens`
  */
  parse(str, md, env, outTokens) {
    const state = new this.State(str, md, env, outTokens);
    this.tokenize(state);
    const rules = this.ruler2.getRules("");
    const len = rules.length;
    for (let i = 0; i < len; i++) rules[i](state);
  }
};
var config = {
  default: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 100
    },
    components: {
      core: {},
      block: {},
      inline: {}
    }
  },
  zero: {
    options: {
      html: false,
      xhtmlOut: false,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: ["paragraph"] },
      inline: {
        rules: ["text"],
        rules2: ["balance_pairs", "fragments_join"]
      }
    }
  },
  commonmark: {
    options: {
      html: true,
      xhtmlOut: true,
      breaks: false,
      langPrefix: "language-",
      linkify: false,
      typographer: false,
      quotes: "\u201C\u201D\u2018\u2019",
      highlight: null,
      maxNesting: 20
    },
    components: {
      core: { rules: [
        "normalize",
        "block",
        "strip_references",
        "inline",
        "text_join"
      ] },
      block: { rules: [
        "blockquote",
        "code",
        "fence",
        "heading",
        "hr",
        "html_block",
        "lheading",
        "list",
        "reference",
        "paragraph"
      ] },
      inline: {
        rules: [
          "autolink",
          "backticks",
          "emphasis",
          "entity",
          "escape",
          "html_inline",
          "image",
          "link",
          "newline",
          "text"
        ],
        rules2: [
          "balance_pairs",
          "emphasis",
          "fragments_join"
        ]
      }
    }
  }
};
var BAD_PROTO_RE = /^(vbscript|javascript|file|data):/;
var GOOD_DATA_RE = /^data:image\/(gif|png|jpeg|webp);/;
var RECODE_HOSTNAME_FOR = [
  "http:",
  "https:",
  "mailto:"
];
var MarkdownIt = class {
  /**
  * Link validation function. CommonMark allows too much in links. By default
  * we disable `javascript:`, `vbscript:`, `file:` schemas, and almost all `data:...` schemas
  * except some embedded image types.
  *
  * You can change this behaviour:
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * const md = new MarkdownIt()
  *
  * // enable everything
  * md.validateLink = function () { return true; }
  * ```
  */
  validateLink(url) {
    const str = url.trim().toLowerCase();
    return BAD_PROTO_RE.test(str) ? GOOD_DATA_RE.test(str) : true;
  }
  /**
  * Function used to encode link url to a machine-readable format,
  * which includes url-encoding, punycode, etc.
  */
  normalizeLink(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toASCII(parsed.hostname);
      } catch (er) {
      }
    }
    if (parsed.auth) parsed.auth = encode_default(parsed.auth);
    if (parsed.hostname) parsed.hostname = encode_default(parsed.hostname);
    if (parsed.pathname) parsed.pathname = encode_default(parsed.pathname);
    if (parsed.search) parsed.search = encode_default(parsed.search);
    if (parsed.hash) parsed.hash = encode_default(parsed.hash);
    return format(parsed);
  }
  /**
  * Function used to decode link url to a human-readable format`
  */
  normalizeLinkText(url) {
    const parsed = parse_default(url, true);
    if (parsed.hostname) {
      if (!parsed.protocol || RECODE_HOSTNAME_FOR.indexOf(parsed.protocol) >= 0) try {
        parsed.hostname = import_punycode.default.toUnicode(parsed.hostname);
      } catch (er) {
      }
    }
    return decode_default(format(parsed), decode_default.defaultChars + "%");
  }
  constructor(...args) {
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserInline}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "inline",
      new ParserInline()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserBlock}. You may need it to add new rules when
      * writing plugins. For simple rules control use {@link MarkdownIt.disable}
      * and {@link MarkdownIt.enable}.
      */
      "block",
      new ParserBlock()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link ParserCore} chain executor. You may need it to add new
      * rules when writing plugins. For simple rules control use
      * {@link MarkdownIt.disable} and {@link MarkdownIt.enable}.
      */
      "core",
      new ParserCore()
    );
    _defineProperty(
      this,
      /**
      * Instance of {@link Renderer}. Use it to modify output look. Or to add rendering
      * rules for new token types, generated by plugins.
      *
      * See {@link Renderer} docs and
      * [source code](https://github.com/markdown-it/markdown-it/blob/master/src/renderer.ts).
      *
      * @example
      * ```javascript
      * import MarkdownIt from 'markdown-it'
      * const md = new MarkdownIt()
      *
      * function myToken(tokens, idx, options, env, self) {
      *   //...
      *   return result;
      * };
      *
      * md.renderer.rules['my_token'] = myToken
      * ```
      */
      "renderer",
      new Renderer()
    );
    _defineProperty(
      this,
      /**
      * [linkify-it](https://github.com/markdown-it/linkify-it) instance.
      * Used by [linkify](https://github.com/markdown-it/markdown-it/blob/master/src/rules_core/linkify.ts)
      * rule.
      */
      "linkify",
      new LinkifyIt()
    );
    _defineProperty(
      this,
      /**
      * Assorted utility functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/common/utils.ts).
      */
      "utils",
      utils_exports
    );
    _defineProperty(
      this,
      /**
      * Link components parser functions, useful to write plugins. See details
      * [here](https://github.com/markdown-it/markdown-it/blob/master/src/helpers).
      */
      "helpers",
      Object.assign({}, helpers_exports)
    );
    const [presetNameOrOptions, options] = args;
    if (typeof presetNameOrOptions === "string") {
      this.configure(presetNameOrOptions);
      if (options) this.set(options);
    } else {
      this.configure("default");
      this.set(presetNameOrOptions || {});
    }
  }
  /**
  * Set parser options (in the same format as in constructor). Probably, you
  * will never need it, but you can change options after constructor call.
  *
  * __Note:__ To achieve the best possible performance, don't modify a
  * `markdown-it` instance options on the fly. If you need multiple configurations
  * it's best to create multiple instances and initialize each with separate
  * config.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .set({ html: true, breaks: true })
  *   .set({ typographer: true })
  * ```
  */
  set(options) {
    Object.assign(this.options, options);
    return this;
  }
  /**
  * Batch load of all options and compenent settings. This is internal method,
  * and you probably will not need it. But if you will - see available presets
  * and data structure [here](https://github.com/markdown-it/markdown-it/tree/master/src/presets)
  *
  * We strongly recommend to use presets instead of direct config loads. That
  * will give better compatibility with next versions.
  */
  configure(presets) {
    let p;
    if (typeof presets === "string") {
      const presetName = presets;
      p = config[presetName];
      if (!p) throw new Error(`Wrong 'markdown-it' preset "${presetName}", check name`);
    } else p = presets;
    if (!p) throw new Error("Wrong `markdown-it` preset, can't be empty");
    if (p.options) this.options = { ...p.options };
    const components = p.components;
    if (components) {
      var _components$inline;
      [
        "core",
        "block",
        "inline"
      ].forEach((name) => {
        var _components$name;
        const rules = (_components$name = components[name]) === null || _components$name === void 0 ? void 0 : _components$name.rules;
        if (rules) this[name].ruler.enableOnly(rules);
      });
      const rules2 = (_components$inline = components.inline) === null || _components$inline === void 0 ? void 0 : _components$inline.rules2;
      if (rules2) this.inline.ruler2.enableOnly(rules2);
    }
    return this;
  }
  /**
  * Enable list or rules. It will automatically find appropriate components,
  * containing rules with given names. If rule not found, and `ignoreInvalid`
  * not set - throws exception.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  *
  * const md = new MarkdownIt()
  *   .enable(['sub', 'sup'])
  *   .disable('smartquotes')
  * ```
  */
  enable(list2, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list2)) list2 = [list2];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.enable(list2, true));
    });
    result = result.concat(this.inline.ruler2.enable(list2, true));
    const missed = list2.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to enable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * The same as {@link MarkdownIt.enable}, but turn specified rules off.
  */
  disable(list2, ignoreInvalid = false) {
    let result = [];
    if (!Array.isArray(list2)) list2 = [list2];
    [
      "core",
      "block",
      "inline"
    ].forEach((chain) => {
      result = result.concat(this[chain].ruler.disable(list2, true));
    });
    result = result.concat(this.inline.ruler2.disable(list2, true));
    const missed = list2.filter((name) => result.indexOf(name) < 0);
    if (missed.length && !ignoreInvalid) throw new Error(`MarkdownIt. Failed to disable unknown rule(s): ${missed}`);
    return this;
  }
  /**
  * Load specified plugin with given params into current parser instance.
  * It's just a sugar to call `plugin(md, params)` with curring.
  *
  * @example
  * ```javascript
  * import MarkdownIt from 'markdown-it'
  * import iterator from 'markdown-it-for-inline'
  *
  * const md = new MarkdownIt()
  *   .use(iterator, 'foo_replace', 'text', function (tokens, idx) {
  *     tokens[idx].content = tokens[idx].content.replace(/foo/g, 'bar')
  *   })
  * ```
  */
  use(plugin, ...params) {
    plugin.apply(plugin, [this, ...params]);
    return this;
  }
  /**
  * Parse input string and return list of block tokens (special token type
  * "inline" will contain list of inline tokens). You should not call this
  * method directly, until you write custom renderer (for example, to produce
  * AST).
  *
  * `env` is used to pass data between "distributed" rules and return additional
  * metadata like reference info, needed for the renderer. It also can be used to
  * inject data in specific cases. Usually, you will be ok to pass `{}`,
  * and then pass updated object to renderer.
  */
  parse(src, env) {
    if (typeof src !== "string") throw new Error("Input data should be a String");
    const state = new this.core.State(src, this, env);
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Render markdown string into html. It does all magic for you :).
  *
  * `env` can be used to inject additional metadata (`{}` by default).
  * But you will not need it with high probability. See also comment
  * in {@link MarkdownIt.parse}.
  */
  render(src, env = {}) {
    return this.renderer.render(this.parse(src, env), this.options, env);
  }
  /**
  * The same as {@link MarkdownIt.parse} but skip all block rules. It returns
  * the block tokens list with the single `inline` element, containing parsed
  * inline tokens in `children` property. Also updates `env` object.
  */
  parseInline(src, env) {
    const state = new this.core.State(src, this, env);
    state.inlineMode = true;
    this.core.process(state);
    return state.tokens;
  }
  /**
  * Similar to {@link MarkdownIt.render} but for single paragraph content.
  * Result will NOT be wrapped into `<p>` tags.
  */
  renderInline(src, env = {}) {
    return this.renderer.render(this.parseInline(src, env), this.options, env);
  }
};
_defineProperty(MarkdownIt, "Token", Token);
_defineProperty(MarkdownIt, "Ruler", Ruler);
_defineProperty(MarkdownIt, "Renderer", Renderer);
_defineProperty(MarkdownIt, "ParserCore", ParserCore);
_defineProperty(MarkdownIt, "StateCore", StateCore);
_defineProperty(MarkdownIt, "ParserBlock", ParserBlock);
_defineProperty(MarkdownIt, "StateBlock", StateBlock);
_defineProperty(MarkdownIt, "ParserInline", ParserInline);
_defineProperty(MarkdownIt, "StateInline", StateInline);
var MarkdownItCallable = callable(MarkdownIt);

// pipeline/read/markdown.ts
var parser = new MarkdownItCallable("commonmark");
parser.core.ruler.disable("text_join");
function sourceLines(source) {
  const lines = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, text: source.slice(start) });
  return lines;
}
function locate(line, content) {
  if (content === "") return line.start + line.text.length;
  if (line.text.endsWith(content)) return line.start + line.text.length - content.length;
  const trimmed = line.text.trimEnd();
  if (trimmed.endsWith(content)) return line.start + trimmed.length - content.length;
  const at = line.text.indexOf(content);
  return at < 0 ? -1 : line.start + at;
}
var InlineMap = class {
  parts = [];
  k = 0;
  constructor(content, lines, firstLine) {
    let from = 0;
    content.split("\n").forEach((part, i) => {
      const line = lines[Math.min(firstLine + i, lines.length - 1)];
      this.parts.push({ from, to: from + part.length, source: locate(line, part), fallback: line.start });
      from += part.length + 1;
    });
  }
  /** The source offset of content position j (a "\n" of the content: the end of its source line). */
  at(j) {
    if (j < this.parts[this.k].from) this.k = 0;
    while (this.k + 1 < this.parts.length && j > this.parts[this.k].to) this.k++;
    const p = this.parts[this.k];
    return p.source < 0 ? p.fallback : p.source + (j - p.from);
  }
  /** Whether content[j, j + n) lies on one located line (its source offsets are consecutive). */
  consecutive(j, n) {
    this.at(j);
    const p = this.parts[this.k];
    return p.source >= 0 && j + n <= p.to;
  }
};
var LEAF_BLOCKS = /* @__PURE__ */ new Set(["code_block", "fence", "html_block"]);
var BR = /^<br\s*\/?>$/i;
function markdownToText(source) {
  const lines = sourceLines(source);
  const tokens = parser.parse(source, {});
  const out = new MappedTextBuilder();
  const lineCursor = /* @__PURE__ */ new Map();
  const newline2 = (at) => {
    if (out.length > 0 && out.lastChar() !== "\n") out.insert("\n", at);
  };
  const emitVerbatim = (value, s, e) => {
    const idx = source.slice(s, e).indexOf(value);
    if (idx >= 0) out.copy(value, s + idx);
    else for (const ch of value) out.insert(ch, s);
  };
  const emitInline = (tok, map) => {
    const c = tok.content;
    let cursor = 0;
    const copyFound = (value) => {
      const i = c.indexOf(value, cursor);
      if (i < 0) {
        for (const ch of value) out.insert(ch, map.at(cursor));
        return;
      }
      if (map.consecutive(i, value.length)) out.copy(value, map.at(i));
      else for (let k = 0; k < value.length; k++) out.insert(value[k], map.at(i + k));
      cursor = i + value.length;
    };
    for (const ch of tok.children ?? []) {
      switch (ch.type) {
        case "text":
        case "code_inline":
          if (ch.content) copyFound(ch.content);
          break;
        case "text_special": {
          const i = c.indexOf(ch.markup, cursor);
          const at = i < 0 ? map.at(cursor) : map.at(ch.info === "escape" ? i + 1 : i);
          for (const x of ch.content) out.insert(x, at);
          if (i >= 0) cursor = i + ch.markup.length;
          break;
        }
        case "softbreak": {
          const nl = c.indexOf("\n", cursor);
          out.insert("\n", map.at(nl));
          cursor = nl + 1;
          break;
        }
        case "hardbreak": {
          const nl = c.indexOf("\n", cursor);
          let b = nl;
          while (b > cursor && c[b - 1] === " ") b--;
          if (b > cursor && c[b - 1] === "\\") b--;
          out.insert(" ", map.at(b));
          cursor = nl + 1;
          break;
        }
        case "html_inline": {
          const i = c.indexOf(ch.content, cursor);
          if (BR.test(ch.content)) out.insert(" ", i < 0 ? map.at(cursor) : map.at(i));
          if (i >= 0) cursor = i + ch.content.length;
          break;
        }
        default:
      }
    }
  };
  const blockStart = (line, skip) => {
    const l = lines[line];
    let i = lineCursor.get(line) ?? 0;
    while (i < l.text.length && skip.test(l.text[i])) i++;
    return l.start + i;
  };
  let marker;
  const takeMarker = (to) => {
    const m = marker;
    marker = void 0;
    if (!m) return;
    out.copy(source.slice(m.from, to).trimEnd() + " ", m.from);
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.type === "list_item_open") {
      const line = tok.map[0];
      const l = lines[line];
      const written = tok.markup === "." || tok.markup === ")" ? tok.info + tok.markup : tok.markup;
      const at = l.text.indexOf(written, lineCursor.get(line) ?? 0);
      const from = l.start + Math.max(0, at);
      lineCursor.set(line, (at < 0 ? 0 : at) + written.length);
      marker = { from, end: from + written.length };
      continue;
    }
    if (tok.type === "list_item_close") {
      if (marker) {
        newline2(marker.from);
        out.copy(source.slice(marker.from, marker.end), marker.from);
        marker = void 0;
      }
      continue;
    }
    if (tok.type === "paragraph_open" || tok.type === "heading_open") {
      const inline2 = tokens[t + 1];
      const map = new InlineMap(inline2.content, lines, inline2.map[0]);
      const contentStart = map.at(0);
      const start = tok.type === "heading_open" && tok.markup.startsWith("#") ? blockStart(tok.map[0], /[ \t>]/) : contentStart;
      newline2(marker?.from ?? start);
      takeMarker(start);
      emitInline(inline2, map);
      t++;
      continue;
    }
    if (LEAF_BLOCKS.has(tok.type)) {
      const s = blockStart(tok.map[0], /[ \t>]/);
      const last = lines[Math.min(tok.map[1], lines.length) - 1];
      newline2(marker?.from ?? s);
      takeMarker(s);
      emitVerbatim(tok.content.replace(/\n$/, ""), s, last.start + last.text.length);
      continue;
    }
    if (tok.nesting === 1 || tok.type === "hr") marker = void 0;
  }
  return out.build(source.length);
}
function looksLikeMarkdown(text2) {
  const sample = text2.slice(0, 2e4);
  let score = 0;
  if (/^#{1,6}\s+\S/m.test(sample)) score += 2;
  if (/\*\*[^*\n]+\*\*/.test(sample)) score += 2;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) score += 1;
  if (/^\|.*\|\s*$/m.test(sample)) score += 1;
  if (/^(\*|_)[^*_\n]+\1\s*$/m.test(sample)) score += 1;
  return score >= 2;
}

// pipeline/read/pdf-engine.ts
var GUARDED = [
  Object,
  Object.prototype,
  Function.prototype,
  Array,
  Array.prototype,
  String,
  String.prototype,
  Number,
  Number.prototype,
  Math,
  JSON,
  RegExp,
  RegExp.prototype,
  Map,
  Map.prototype,
  Set,
  Set.prototype,
  Promise,
  Promise.prototype,
  Symbol,
  Symbol.prototype,
  ArrayBuffer,
  ArrayBuffer.prototype,
  Reflect,
  Object.getPrototypeOf(Uint8Array),
  Object.getPrototypeOf(Uint8Array.prototype),
  Uint8Array,
  Uint8Array.prototype
];
function snapshot() {
  const out = [];
  for (const target of GUARDED) {
    for (const key of Reflect.ownKeys(target)) out.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
  }
  return out;
}
function restore(saved) {
  for (const [target, key, before] of saved) {
    const now = Object.getOwnPropertyDescriptor(target, key);
    if (now && now.value === before.value && now.get === before.get && now.set === before.set) continue;
    if (now && !now.configurable) continue;
    Object.defineProperty(target, key, before);
  }
}
var natives;
var loading;
async function withPdfEngine(use) {
  natives ??= snapshot();
  loading ??= Promise.all([import("pdf-parse"), import("pdfjs-dist/legacy/build/pdf.mjs")]).then(([pdfParse, pdfjs]) => ({ pdfParse, pdfjs }));
  try {
    return await use(await loading);
  } finally {
    restore(natives);
  }
}

// pipeline/read/pdf.ts
var SPACE_RATIO = 0.55;
var BASELINE_TOLERANCE = 2;
function pageLines(items) {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const it of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - it.y) <= BASELINE_TOLERANCE) line.push(it);
    else lines.push([it]);
  }
  const charWidths = sorted.filter((i) => i.str.trim().length > 0).map((i) => i.width / i.str.length).sort((a, b) => a - b);
  const charWidth = charWidths[Math.floor(charWidths.length / 2)] || 5;
  const starts = lines.map((l) => l.sort((a, b) => a.x - b.x)[0].x);
  const margin = Math.min(...starts);
  let previousMeasured = 0;
  return lines.map((line, i) => {
    let text2 = "";
    let end = -Infinity;
    const space = spaceWidthOf(line, charWidth);
    for (const it of line) {
      const gap = it.x - end;
      if (text2 && gap > charWidth * 0.3 && !/^\s/.test(it.str)) text2 += " ".repeat(Math.max(1, Math.round(gap / space)));
      text2 += it.str.trim() === "" ? " ".repeat(Math.max(1, Math.round(it.width / space))) : it.str;
      end = it.x + it.width;
    }
    const written = /^[\s\u00a0]*/.exec(text2)[0].length;
    const measured = Math.max(0, Math.round((starts[i] - margin) / charWidth));
    const drawn = drawnIndent(measured, previousMeasured);
    previousMeasured = measured;
    return " ".repeat(drawn + written) + text2.slice(written).replace(/\s+$/, "");
  });
}
var BLOCK_INDENT = 12;
var PARAGRAPH_INDENT = 6;
function drawnIndent(measured, previousMeasured) {
  if (measured <= BLOCK_INDENT) return measured;
  return previousMeasured > BLOCK_INDENT ? 0 : PARAGRAPH_INDENT;
}
function spaceWidthOf(line, charWidth) {
  const natural = charWidth * SPACE_RATIO;
  const gaps = [];
  for (let k = 0; k < line.length; k++) {
    const it = line[k];
    if (it.str.trim() === "") {
      if (it.str === " " && it.width > 0) gaps.push(it.width);
      continue;
    }
    const prev = line[k - 1];
    if (!prev || prev.str.trim() === "") continue;
    const gap = it.x - (prev.x + prev.width);
    if (gap > charWidth * 0.3) gaps.push(gap);
  }
  if (gaps.length < 3) return natural;
  gaps.sort((a, b) => a - b);
  return Math.max(natural, gaps[Math.floor(gaps.length / 2)]);
}
async function layoutText({ pdfjs }, bytes) {
  const doc = await pdfjs.getDocument({ data: bytes, verbosity: pdfjs.VerbosityLevel.ERRORS, isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items = [];
      for (const raw of content.items) {
        if (!("str" in raw)) continue;
        items.push({ str: raw.str, x: raw.transform[4], y: raw.transform[5], width: raw.width });
      }
      pages.push(pageLines(items).join("\n"));
      page.cleanup();
    }
    return pages.join("\n\n");
  } finally {
    await doc.destroy();
  }
}
function pdfToText(path, bytes) {
  return withPdfEngine((engine) => readPdf(engine, path, bytes));
}
async function readPdf(engine, path, bytes) {
  const { PasswordException, PDFParse, VerbosityLevel } = engine.pdfParse;
  const parser2 = new PDFParse({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS });
  try {
    await parser2.getInfo();
  } catch (e) {
    if (e instanceof PasswordException || e?.name === "PasswordException") throw new ReadError(path, "PDF is encrypted (password-protected); decrypt it first");
    const detail = (e?.message || String(e)).split("\n")[0];
    throw new ReadError(path, `corrupt or truncated PDF (${detail})`);
  } finally {
    await parser2.destroy().catch(() => void 0);
  }
  let text2;
  try {
    text2 = await layoutText(engine, new Uint8Array(bytes));
  } catch (e) {
    const detail = (e?.message || String(e)).split("\n")[0];
    throw new ReadError(path, `corrupt or truncated PDF (${detail})`);
  }
  if (text2.replace(/\s+/g, "") === "") throw new ReadError(path, "PDF has no text layer (scanned image?); OCR is not supported");
  return text2;
}

// pipeline/read/decode.ts
import chardet from "chardet";
import iconv from "iconv-lite";
var BINARY_SIGNATURES = [
  ["PNG image", [137, 80, 78, 71]],
  ["JPEG image", [255, 216, 255]],
  ["GIF image", [71, 73, 70, 56]],
  ["ZIP archive (or DOCX/XLSX/ODT)", [80, 75, 3, 4]],
  ["gzip archive", [31, 139]],
  ["Microsoft Office legacy document (DOC/XLS)", [208, 207, 17, 224]],
  ["RTF document", [123, 92, 114, 116, 102]],
  ["ELF executable", [127, 69, 76, 70]],
  ["TIFF image", [73, 73, 42, 0]],
  ["7-Zip archive", [55, 122, 188, 175]]
];
function startsWith(bytes, sig) {
  return sig.every((b, i) => bytes[i] === b);
}
var CYRILLIC_ENCODINGS = /* @__PURE__ */ new Set(["windows-1251", "koi8-r", "iso-8859-5", "ibm866", "x-mac-cyrillic", "koi8-u"]);
function lowercaseShare(text2) {
  const nonAscii = text2.match(/[^\x00-\x7f]/gu) ?? [];
  if (nonAscii.length === 0) return 0;
  return nonAscii.filter((c) => new RegExp("\\p{Script=Cyrillic}", "u").test(c) && c === c.toLowerCase() && c !== c.toUpperCase()).length / nonAscii.length;
}
function decodeText(path, bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191) return checked(path, buf.subarray(3).toString("utf8"), ["encoding: utf-8 with BOM"]);
  if (buf[0] === 255 && buf[1] === 254) return checked(path, iconv.decode(buf.subarray(2), "utf-16le"), ["encoding: utf-16le"]);
  if (buf[0] === 254 && buf[1] === 255) return checked(path, iconv.decode(buf.subarray(2), "utf-16be"), ["encoding: utf-16be"]);
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(buf, sig)) throw new ReadError(path, `unsupported format: ${name}; zangraph reads text, Markdown and PDF documents`);
  }
  try {
    return checked(path, new TextDecoder("utf-8", { fatal: true }).decode(buf), []);
  } catch (e) {
    if (e instanceof ReadError) throw e;
  }
  if (buf.includes(0)) throw new ReadError(path, "unsupported format: binary data (NUL bytes); zangraph reads text, Markdown and PDF documents");
  const candidates = ["windows-1251", "koi8-r", "cp866"].map((enc) => {
    const text2 = iconv.decode(buf, enc);
    return { enc, text: text2, score: lowercaseShare(text2) };
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  const letters = best.text.match(new RegExp("\\p{L}", "gu")) ?? [];
  const nonAsciiLetters = letters.filter((c) => c > "\x7F").length / Math.max(1, letters.length);
  const chardetSaysCyrillic = chardet.analyse(buf).slice(0, 3).some((g) => CYRILLIC_ENCODINGS.has(g.name.toLowerCase()));
  if (best.score < 0.5 || !chardetSaysCyrillic && nonAsciiLetters < 0.5) {
    const guess = chardet.detect(buf) ?? "unknown";
    throw new ReadError(path, `unsupported text encoding (detected: ${guess}); expected UTF-8, UTF-16 with BOM, Windows-1251 or KOI8-R`);
  }
  return checked(path, best.text, [`encoding: ${best.enc}`]);
}
function checked(path, text2, notes) {
  if (text2.includes("\0")) throw new ReadError(path, "unsupported format: binary data (NUL bytes); zangraph reads text, Markdown and PDF documents");
  return { text: text2, notes };
}

// pipeline/read/index.ts
var ReadError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.reason = reason;
    this.name = "ReadError";
  }
  path;
  reason;
};
async function readDocument(path, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new ReadError(path, "not a regular file");
    size = st.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(path, `cannot read file (${e.code ?? e.message})`);
  }
  if (size > maxBytes) throw new ReadError(path, `file is ${size} bytes, over the size limit of ${maxBytes} bytes`);
  const bytes = await readFile(path);
  return readBytes(path, bytes);
}
var MARKDOWN_EXTENSION = /\.(?:md|markdown)$/i;
async function readBytes(path, bytes, contentHash = createHash("sha256").update(bytes).digest("hex")) {
  const base = { path, name: basename(path), contentHash, byteLength: bytes.length };
  if (bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-") {
    const source2 = await pdfToText(path, bytes);
    return { ...base, format: "pdf", source: source2, plain: identityMapped(source2), notes: [] };
  }
  const { text: source, notes } = decodeText(path, bytes);
  if (source.trim() === "") throw new ReadError(path, "empty document");
  if (MARKDOWN_EXTENSION.test(path) || looksLikeMarkdown(source)) {
    return { ...base, format: "markdown", source, plain: markdownToText(source), notes };
  }
  return { ...base, format: "text", source, plain: identityMapped(source), notes };
}

// corpus/lexicon/language-markers.json
var language_markers_default = {
  $comment: "Frequent function words that tell Russian from Kazakh text; used with the share of Kazakh-only letters (pipeline/normalize/language.ts).",
  kazakhOnlyLetters: "\u04D9\u0493\u049B\u04A3\u04E9\u04B1\u04AF\u04BB\u0456\u04D8\u0492\u049A\u04A2\u04E8\u04B0\u04AE\u04BA\u0406",
  ru: ["\u0438", "\u0432", "\u043D\u0430", "\u043E\u0442", "\u043F\u043E", "\u0441", "\u043A", "\u043E", "\u0434\u043B\u044F", "\u043D\u0435", "\u0447\u0442\u043E", "\u0433\u043E\u0434\u0430", "\u0438\u043B\u0438", "\u043B\u0438\u0431\u043E", "\u043F\u0440\u0438", "\u0441\u043E", "\u043E\u0431", "\u0442\u0430\u043A\u0436\u0435", "\u043D\u0430\u0441\u0442\u043E\u044F\u0449\u0435\u0433\u043E", "\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439"],
  kk: ["\u0436\u04D9\u043D\u0435", "\u0442\u0443\u0440\u0430\u043B\u044B", "\u0431\u043E\u0439\u044B\u043D\u0448\u0430", "\u043C\u0435\u043D", "\u0436\u044B\u043B\u0493\u044B", "\u043E\u0441\u044B", "\u043D\u0435\u043C\u0435\u0441\u0435", "\u04AF\u0448\u0456\u043D", "\u0430\u0440\u049B\u044B\u043B\u044B", "\u0441\u04D9\u0439\u043A\u0435\u0441", "\u0431\u04B1\u0434\u0430\u043D", "\u04D9\u0440\u0456", "\u043C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A", "\u049B\u044B\u0437\u043C\u0435\u0442", "\u0431\u043E\u043B\u044B\u043F", "\u0431\u0456\u0440", "\u0435\u043A\u0456", "\u043A\u04AF\u043D\u0456", "\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0441\u0456\u043D", "\u049B\u0430\u0443\u043B\u044B\u0441\u044B"]
};

// pipeline/normalize/language.ts
var LanguageMarkers = external_exports.object({
  kazakhOnlyLetters: external_exports.string().min(1),
  ru: external_exports.array(external_exports.string()),
  kk: external_exports.array(external_exports.string())
});
var lexicon = LanguageMarkers.parse(language_markers_default);
var KAZAKH_LETTER = new RegExp(`[${lexicon.kazakhOnlyLetters}]`, "u");
var RU = new Set(lexicon.ru);
var KK = new Set(lexicon.kk);
function detectLanguage(text2) {
  const sample = text2.length > 1e5 ? text2.slice(0, 1e5) : text2;
  let kk = 0;
  let ru = 0;
  for (const m of sample.matchAll(new RegExp("\\p{Script=Cyrillic}+", "gu"))) {
    const w = m[0].toLowerCase();
    if (KK.has(w) || KAZAKH_LETTER.test(w)) kk++;
    else if (RU.has(w)) ru++;
  }
  const language = kk > ru ? "kk" : "ru";
  return { language, confident: kk + ru >= 10 && Math.max(kk, ru) >= 2 * Math.min(kk, ru), kk, ru };
}

// pipeline/normalize/lines.ts
var isSpace2 = (c) => c === " ";
var LETTER = new RegExp("\\p{L}", "u");
var isLetter2 = (c) => c !== void 0 && LETTER.test(c);
var take = (line, a, b) => ({ text: line.text.slice(a, b), offs: line.offs.subarray(a, b) });
function cat(...parts) {
  const offs = new Int32Array(parts.reduce((n, p) => n + p.offs.length, 0));
  let at = 0;
  for (const p of parts) {
    offs.set(p.offs, at);
    at += p.offs.length;
  }
  return { text: parts.map((p) => p.text).join(""), offs };
}
var GLUED_PUNCTUATION = ";:,.";
var MAYBE_LETTER_SPACED = /(?:^| )[^ ] [^ ] [^ ] [^ ](?: |$)/;
function rejoinLetterSpacing(line) {
  const chars = line.text;
  if (!MAYBE_LETTER_SPACED.test(chars)) return line;
  const n = chars.length;
  const tokenEndsAt = (q) => q === n || isSpace2(chars[q]) || GLUED_PUNCTUATION.includes(chars[q]) && (q + 1 === n || isSpace2(chars[q + 1]));
  const singleAt = (p2) => !isSpace2(chars[p2]) && p2 < n && (p2 === 0 || isSpace2(chars[p2 - 1])) && tokenEndsAt(p2 + 1);
  const dropSpace = new Uint8Array(n);
  const runEdges = [];
  let p = 0;
  while (p < n) {
    if (!singleAt(p)) {
      p++;
      continue;
    }
    let q = p;
    let count = 1;
    let letters = isLetter2(chars[p]) ? 1 : 0;
    while (q + 2 < n && isSpace2(chars[q + 1]) && singleAt(q + 2)) {
      q += 2;
      count++;
      if (isLetter2(chars[q])) letters++;
    }
    if (count >= 4 && letters >= 3) {
      for (let k = p + 1; k < q; k += 2) dropSpace[k] = 1;
      runEdges.push([p, q]);
    }
    p = q + 1;
  }
  if (runEdges.length === 0) return line;
  for (const [s, e] of runEdges) {
    for (let k = e + 2; k < n && isSpace2(chars[k]); k++) dropSpace[k] = 1;
    for (let k = s - 2; k >= 0 && isSpace2(chars[k]) && isSpace2(chars[k - 1]); k--) dropSpace[k] = 1;
  }
  const offs = new Int32Array(n - dropSpace.reduce((a, b) => a + b, 0));
  let text2 = "";
  let at = 0;
  for (let k = 0; k < n; k++) {
    if (dropSpace[k]) continue;
    text2 += chars[k];
    offs[at++] = line.offs[k];
  }
  return { text: text2, offs };
}
var FRAGMENT_MAX_WORDS = 5;
var FRAGMENT_MAX_CHARS = 60;
function repairDisplacedFragment(line) {
  const s = line.text;
  let indent = 0;
  while (indent < s.length && s[indent] === " ") indent++;
  if (indent === s.length) return line;
  let fragStart = -1;
  let glueAt = -1;
  const glued = new RegExp('([.;:,"\xBB)])(["\xAB]?\\p{L}[\\p{L}\\d \\-]*)$', "u").exec(s.slice(indent));
  if (glued) {
    const punctPos = indent + glued.index;
    const frag = glued[2].trimEnd();
    if (frag.length <= FRAGMENT_MAX_CHARS && frag.split(" ").length <= FRAGMENT_MAX_WORDS) {
      fragStart = punctPos + 1;
      glueAt = punctPos;
      if (s[punctPos] === '"' && isLetter2(s[punctPos - 1]) && !/\s/.test(s[punctPos + 1] ?? " ")) {
        fragStart = punctPos;
        glueAt = -1;
      }
    }
  }
  const doubleSpace = s.indexOf("  ", indent);
  const extraIndent = indent % 6 === 1;
  let gap = -1;
  let gapKind = null;
  if (fragStart < 0) {
    if (doubleSpace < 0 && !(extraIndent && indent > 1)) return line;
    const last = new RegExp("(?:(\u2116|\\p{L}+) )?(\\S+)$", "u").exec(s.slice(indent));
    if (!last || !/^[\p{L}\d]/u.test(last[2])) return line;
    const isNumber2 = new RegExp("^(?:\\p{L}{1,4}-?)?\\d[\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)*$", "u").test(last[2]);
    const start = indent + last.index + (isNumber2 && last[1] ? 0 : last[1] ? last[1].length + 1 : 0);
    if (!isLetter2(s[start]) && s[start] !== "\u2116") return line;
    fragStart = start;
  }
  let beforeFrag = fragStart;
  while (beforeFrag > indent && s[beforeFrag - 1] === " ") beforeFrag--;
  if (doubleSpace >= 0 && doubleSpace + 2 < beforeFrag) {
    gap = doubleSpace + 1;
    gapKind = "double";
  } else if (glueAt >= 0 && s[glueAt - 1] === " " && ":;,.".includes(s[glueAt])) {
    gap = glueAt;
    gapKind = "before-punct";
  } else if (extraIndent) {
    gap = indent;
    gapKind = "indent";
  }
  if (gapKind === null) return line;
  const fragEnd = s.trimEnd().length;
  const part = (a, b) => take(line, a, b);
  const space = (at) => ({ text: " ", offs: Int32Array.of(line.offs[Math.min(at, line.offs.length - 1)]) });
  const fragment = part(fragStart, fragEnd);
  if (gapKind === "indent") {
    const lead = part(0, indent - 1);
    return cat(lead, fragment, space(indent), part(indent, beforeFrag));
  }
  if (gapKind === "before-punct") {
    return cat(part(0, gap), fragment, part(gap, beforeFrag));
  }
  return cat(part(0, gap), fragment, space(gap), part(gap + 1, beforeFrag));
}
var MIXED_SCRIPT_WORD = new RegExp("\\p{L}*(?:\\p{Script=Cyrillic}\\p{L}*[A-Za-z]|[A-Za-z]\\p{L}*\\p{Script=Cyrillic})\\p{L}*", "gu");
var HAS_LATIN = /[A-Za-z]/;
function cyrillicHomoglyphs(line, latinToCyrillic) {
  if (!HAS_LATIN.test(line.text)) return line;
  let text2;
  for (const m of line.text.matchAll(MIXED_SCRIPT_WORD)) {
    const at = m.index ?? 0;
    let word = "";
    for (let i = 0; i < m[0].length; i++) {
      const c = m[0].charCodeAt(i);
      word += String.fromCharCode(latinToCyrillic.get(c) ?? c);
    }
    if (word === m[0]) continue;
    text2 = (text2 ?? line.text).slice(0, at) + word + (text2 ?? line.text).slice(at + word.length);
  }
  return text2 === void 0 ? line : { text: text2, offs: line.offs };
}

// corpus/lexicon/text-layout.json
var text_layout_default = {
  $comment: "How the normalize stage tells paragraphs and letters apart in texts that do not say it by layout (pipeline/normalize). flushParagraphOpeners: in a flush text (no line indented: web copies, PDF extractors that drop indentation) a line matching one of these (case-insensitive) starts a paragraph: numbered points and subpoints, and the step markers of reglaments in both languages. pageFurniture: whole lines a PDF extractor leaves between the lines of the text at page breaks (page numbers, '\u0421\u0442\u0440\u0430\u043D\u0438\u0446\u0430 2 \u0438\u0437 8', a browser's print header with the date and time and its footer with the address and '3/8'); they are read as blank lines. latinHomoglyphs: Latin letters typed for the Cyrillic letters they look like (Kazakh texts often carry Latin i for \u0456); inside a word that also has Cyrillic letters they are read as the Cyrillic one.",
  flushParagraphOpeners: [
    '^["\xAB\xBB\u201C\u201D\u201E]?\\d{1,3}\\s?[.)]\\s?["\xAB\u201C\u201E]?\\p{L}',
    "^(?:\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435|\u043F\u0440\u043E\u0446\u0435\u0434\u0443\u0440\u0430(?:\\s*\\(\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435\\))?)\\s+\\d{1,2}\\s*[:\u2013\u2014.-]",
    "^\\d{1,2}\\s*-\\s*\u0456\u0441-\u049B\u0438\u043C\u044B\u043B"
  ],
  pageFurniture: [
    "^[-\u2013\u2014]?\\s*\\d{1,3}\\s*[-\u2013\u2014]?$",
    "^(?:\u0421\u0442\u0440\u0430\u043D\u0438\u0446\u0430|\u0421\u0442\u0440\\.)\\s*\\d{1,3}(?:\\s*(?:\u0438\u0437|/)\\s*\\d{1,3})?$",
    "^\\d{1,3}\\s*-?\\s*\u0431\u0435\u0442$",
    "^\u0411\u0435\u0442\\s*\\d{1,3}(?:\\s*/\\s*\\d{1,3})?$",
    "^\\d{2}\\.\\d{2}\\.\\d{4},?\\s+\\d{1,2}:\\d{2}(?:\\s.*)?$",
    "^(?:https?://\\S+\\s+)?\\d{1,3}\\s*/\\s*\\d{1,3}$",
    "^https?://\\S+$"
  ],
  latinHomoglyphs: {
    a: "\u0430",
    c: "\u0441",
    e: "\u0435",
    i: "\u0456",
    o: "\u043E",
    p: "\u0440",
    x: "\u0445",
    y: "\u0443",
    A: "\u0410",
    B: "\u0412",
    C: "\u0421",
    E: "\u0415",
    H: "\u041D",
    I: "\u0406",
    K: "\u041A",
    M: "\u041C",
    O: "\u041E",
    P: "\u0420",
    T: "\u0422",
    X: "\u0425"
  }
};

// schemas/lexicon.ts
var Forms = external_exports.array(external_exports.string().min(1)).min(1);
var PerLanguage = (t) => external_exports.object({ ru: t, kk: t });
var UnitsLexicon = external_exports.object({
  units: external_exports.array(external_exports.object({ unit: DurationUnit, ru: Forms, kk: Forms })).min(1),
  workingDayQualifiers: PerLanguage(Forms),
  bareForms: PerLanguage(external_exports.array(external_exports.object({ form: external_exports.string().min(1), unit: DurationUnit }))),
  /** Written right before the number of a bare day unit, they make it a calendar day ("күнтізбелік 7 күн"). */
  calendarQualifiersBefore: PerLanguage(Forms)
});
var NumeralsLexicon = PerLanguage(external_exports.record(external_exports.string().min(1), external_exports.number().int().positive()));
var ChannelsLexicon = external_exports.object({
  channels: external_exports.array(external_exports.object({ channel: Channel.unwrap(), ru: Forms, kk: Forms })).min(1)
});
var RolesLexicon = external_exports.object({
  defaultOrganization: external_exports.string(),
  positions: external_exports.array(external_exports.object({
    id: external_exports.string(),
    /** A position that is a role by itself (услугополучатель → recipient). */
    role: RoleId.optional(),
    /** A position that implies its organization (аким → akim's office), as that organization's position. */
    organization: external_exports.string().optional(),
    position: external_exports.string().optional(),
    ru: Forms,
    kk: Forms
  })).min(1),
  organizations: external_exports.array(external_exports.object({
    id: external_exports.string(),
    ru: Forms,
    kk: Forms,
    roles: external_exports.record(external_exports.string(), RoleId)
  })).min(1)
}).superRefine((lex, ctx) => {
  const orgs = new Set(lex.organizations.map((o) => o.id));
  if (!orgs.has(lex.defaultOrganization)) ctx.addIssue({ code: "custom", message: `defaultOrganization ${lex.defaultOrganization} is not an organization` });
  for (const p of lex.positions) {
    if (p.organization && !orgs.has(p.organization)) ctx.addIssue({ code: "custom", message: `position ${p.id}: unknown organization ${p.organization}` });
  }
});
var ReglamentLandmarks = external_exports.object({
  title: external_exports.string(),
  /** Russian titles name the service after the word «Регламент», Kazakh titles before «регламенті». */
  titleNameAfter: external_exports.boolean(),
  serviceDefinition: external_exports.string(),
  serviceDefinitionAfter: external_exports.string().optional(),
  generalSection: external_exports.string(),
  procedureSection: external_exports.string(),
  participantsSection: external_exports.string(),
  laterSection: external_exports.string(),
  procedurePoint: external_exports.string(),
  participantsPoint: external_exports.string(),
  termPoint: external_exports.string(),
  termNotAStatement: external_exports.string(),
  termWait: external_exports.string(),
  termService: external_exports.string(),
  stamp: external_exports.string(),
  appendix: external_exports.string(),
  variantHeading: external_exports.string(),
  stepMarker: external_exports.string(),
  effectNewWording: external_exports.string(),
  effectAdded: external_exports.string(),
  effectApproved: external_exports.string(),
  appendixRef: external_exports.string(),
  alternatives: external_exports.string(),
  /** The word «регламент» in any form: an approving clause that names it approves the reglaments. */
  reglamentWord: external_exports.string(),
  /** A paragraph the publisher added ("Сноска. Пункт 6 - в редакции ...", "Ескерту. ..."): no part of
   * the reglament, so none of its steps, terms or participants. */
  editorialNote: external_exports.string()
}).superRefine((lm, ctx) => {
  for (const [key, source] of Object.entries(lm)) {
    if (typeof source !== "string") continue;
    try {
      new RegExp(source, "u");
    } catch (e) {
      ctx.addIssue({ code: "custom", path: [key], message: `not a valid regular expression: ${e.message}` });
    }
  }
});
var ReglamentSectionsLexicon = PerLanguage(ReglamentLandmarks);
var MonthsLexicon = external_exports.object({
  ru: external_exports.array(external_exports.tuple([external_exports.string().min(2), external_exports.number().int().min(1).max(12)])).min(12),
  kk: external_exports.array(external_exports.tuple([external_exports.string().min(2), external_exports.number().int().min(1).max(12)])).min(12)
});
var RegionsLexicon = external_exports.object({
  regions: external_exports.array(external_exports.object({ id: RegionId, ru: Forms, kk: Forms })).min(20)
});
var ActsLexicon = external_exports.object({
  kinds: external_exports.array(external_exports.object({ kind: ActKind, ru: Forms, kk: Forms })).min(1),
  issuers: external_exports.array(external_exports.object({ issuer: Issuer, ru: Forms, kk: Forms })).min(1)
});
var RegexSource = external_exports.string().min(1).refine((s) => {
  try {
    new RegExp(s, "iu");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");
var HeaderPhrases = external_exports.object({
  statusBanner: RegexSource,
  repealedBy: RegexSource,
  amendedBy: RegexSource,
  amendsTitle: RegexSource,
  repealsPoint: RegexSource,
  /** An operative point that amends another act ("Внести в постановление ..." / "... өзгерістер енгізілсін"). */
  amendsPoint: RegexSource,
  footnote: RegexSource,
  registration: RegexSource,
  preambleStart: RegexSource,
  operativeVerb: RegexSource,
  entryIntoForce: external_exports.array(external_exports.object({
    rule: external_exports.enum(["10-days-after-first-publication", "on-first-publication", "on-registration", "on-signature", "date"]),
    pattern: RegexSource
  })).min(1),
  entryIntoForceClause: RegexSource,
  /** The verb of taking effect ("вводится в действие" / "қолданысқа енгізіледі"): its rule decides when a
   * clause also says when the act enters into force. */
  takesEffect: RegexSource,
  /** The verb of entering into force ("вступает в силу" / "күшіне енеді"). */
  entersIntoForce: RegexSource,
  /** Heading of an appendix that lists the acts a point repeals ("Перечень утративших силу ..."). */
  repealsListHeading: RegexSource,
  /** A repealing point that names its acts in an appendix ("согласно приложению"). */
  appendixReference: RegexSource,
  /** The state's name before a national issuer ("Қазақстан Республикасы ... министрінің"). */
  nationalIssuerPrefix: RegexSource,
  /** A part of an act ("Пункт 3", "3-тармақ"): a note about it amends the act rather than repealing it. */
  partWord: RegexSource,
  /** Status words other than "repealed" the page may print between title and act line. */
  otherStatus: RegexSource
});
var ActHeaderLexicon = external_exports.object({ ru: HeaderPhrases, kk: HeaderPhrases });
var TextLayoutLexicon = external_exports.object({
  /** Regex sources (flags iu): a line of a flush text matching one starts a paragraph. */
  flushParagraphOpeners: external_exports.array(RegexSource).min(1),
  /** Regex sources (flags iu) of whole lines the extractor left at page breaks ("3", "Страница 2 из 8"). */
  pageFurniture: external_exports.array(RegexSource).min(1),
  /** Latin letter → the Cyrillic letter it stands for inside a Cyrillic word (one UTF-16 unit each). */
  latinHomoglyphs: external_exports.record(external_exports.string().regex(/^[A-Za-z]$/), external_exports.string().regex(new RegExp("^\\p{Script=Cyrillic}$", "u")))
});

// pipeline/normalize/text-layout.ts
function load() {
  const parsed = TextLayoutLexicon.safeParse(text_layout_default);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`corpus/lexicon/text-layout.json: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return parsed.data;
}
var lexicon2 = load();
var FLUSH_PARAGRAPH_OPENER = new RegExp(lexicon2.flushParagraphOpeners.map((s) => `(?:${s})`).join("|"), "iu");
var PAGE_FURNITURE = new RegExp(lexicon2.pageFurniture.map((s) => `(?:${s})`).join("|"), "iu");
var LATIN_HOMOGLYPHS = new Map(Object.entries(lexicon2.latinHomoglyphs).map(([l, c]) => [l.charCodeAt(0), c.charCodeAt(0)]));

// pipeline/normalize/index.ts
var PARAGRAPH_INDENT2 = 4;
function normalize2(doc) {
  const normalized = normalizeText(doc.plain, doc.format, doc.source);
  const mapped = composeMapped(normalized, doc.plain);
  const diagnostics = doc.notes.map((message) => ({ stage: "read", ruleId: "read/note", severity: "info", message }));
  const { language, confident } = detectLanguage(mapped.text);
  if (!confident) {
    diagnostics.push({ stage: "normalize", ruleId: "language/uncertain", severity: "warning", message: `language detection uncertain; assuming ${language}` });
  }
  return {
    name: doc.name,
    format: doc.format,
    language,
    source: doc.source,
    text: mapped.text,
    offsets: mapped.offsets,
    span: (start, end) => sourceSpan(mapped, doc.source, start, end),
    diagnostics
  };
}
var TO_SPACE_CODES = [13, 9, 11, 12, 160, ...Array.from({ length: 12 }, (_, i) => 8192 + i), 8239, 8287, 12288, 65279];
var TO_SPACE_RE = new RegExp(`[${TO_SPACE_CODES.map((c) => `\\u${c.toString(16).padStart(4, "0")}`).join("")}]`, "g");
var TO_SPACE_CHARS = /* @__PURE__ */ new Set([32, ...TO_SPACE_CODES]);
var FORM_FEED = 12;
function* rawLines(plain) {
  const text2 = plain.text;
  const identity = new Int32Array(text2.length + 1);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  for (let start = 0; start <= text2.length; ) {
    let end = text2.indexOf("\n", start);
    if (end < 0) end = text2.length;
    let from = start;
    while (from < end && text2.charCodeAt(from) === FORM_FEED) from++;
    const line = text2.slice(from, end).replace(TO_SPACE_RE, " ");
    let keep = line.length;
    while (keep > 0 && line.charCodeAt(keep - 1) === 32) keep--;
    yield { text: keep === line.length ? line : line.slice(0, keep), offs: identity.subarray(from, from + keep) };
    start = end + 1;
  }
}
function indentOf(line) {
  let n = 0;
  while (n < line.text.length && line.text.charCodeAt(n) === 32) n++;
  return n;
}
var FLUSH_MAX_INDENTED_SHARE = 0.02;
var MARGIN_MIN_SHARE = 0.1;
function layoutOf(text2) {
  const indents = /* @__PURE__ */ new Map();
  let lines = 0;
  for (let start = 0; start < text2.length; ) {
    let end = text2.indexOf("\n", start);
    if (end < 0) end = text2.length;
    let i = start;
    while (i < end && TO_SPACE_CHARS.has(text2.charCodeAt(i))) i++;
    if (i < end) {
      lines++;
      indents.set(i - start, (indents.get(i - start) ?? 0) + 1);
    }
    start = end + 1;
  }
  const margin = Math.min(...[...indents].filter(([, n]) => n >= lines * MARGIN_MIN_SHARE).map(([indent]) => indent), Infinity);
  const base = Number.isFinite(margin) ? margin : 0;
  let indented = 0;
  for (const [indent, n] of indents) if (indent - base >= PARAGRAPH_INDENT2) indented += n;
  return { margin: base, flush: indented <= lines * FLUSH_MAX_INDENTED_SHARE };
}
function withoutMargin(line, margin) {
  let n = 0;
  while (n < margin && n < line.text.length && line.text.charCodeAt(n) === 32) n++;
  return n === 0 ? line : { text: line.text.slice(n), offs: line.offs.subarray(n) };
}
var SENTENCE_END = /[.;:!?]$/;
var LIST_ITEM_END = /[;:]$/;
var LEAD_IN = /^.{3,150}:$/u;
var PARAGRAPH_OPENER = /^[\p{Lu}\d"«“„]/u;
var NUMBER_SIGN_AT_END = new RegExp("(?:\u2116|(?<!\\p{L})N)\\s*$", "u");
var HYPHEN_AT_END = new RegExp("\\p{L}-$", "u");
var LOWERCASE_START = new RegExp("^\\p{Ll}", "u");
function isSoftBreak(plain, source, lineStart) {
  if (source === void 0) return false;
  const at = plain.text.lastIndexOf("\n", lineStart);
  if (at < 0) return false;
  const c = source.charCodeAt(plain.offsets[at]);
  return c === 10 || c === 13;
}
function startsFlushParagraph(line, previous, afterBlank) {
  return FLUSH_PARAGRAPH_OPENER.test(line) || LIST_ITEM_END.test(previous) || SENTENCE_END.test(previous) && LEAD_IN.test(line) || afterBlank && PARAGRAPH_OPENER.test(line.slice(0, 2));
}
function normalizeText(plain, format2, source) {
  const out = new MappedTextBuilder();
  const layout = format2 === "markdown" ? { margin: 0, flush: false } : layoutOf(plain.text);
  const { flush } = layout;
  let previousContent = "";
  let afterBlank = false;
  for (const raw of rawLines(plain)) {
    let line = rejoinLetterSpacing(cyrillicHomoglyphs(withoutMargin(raw, layout.margin), LATIN_HOMOGLYPHS));
    line = repairDisplacedFragment(line);
    const indent = indentOf(line);
    if (indent === line.text.length || PAGE_FURNITURE.test(line.text.trim()) && !NUMBER_SIGN_AT_END.test(previousContent)) {
      afterBlank = true;
      continue;
    }
    const content = indent === 0 ? line : { text: line.text.slice(indent), offs: line.offs.subarray(indent) };
    const first = content.text.slice(0, 2);
    let startsParagraph;
    if (out.length === 0) startsParagraph = false;
    else if (format2 === "markdown") startsParagraph = !isSoftBreak(plain, source, content.offs[0]);
    else {
      startsParagraph = indent >= PARAGRAPH_INDENT2 || SENTENCE_END.test(previousContent) && PARAGRAPH_OPENER.test(first) || flush && startsFlushParagraph(content.text, previousContent, afterBlank);
    }
    afterBlank = false;
    if (out.length > 0) {
      if (startsParagraph) out.insert("\n", content.offs[0]);
      else if (HYPHEN_AT_END.test(previousContent) && LOWERCASE_START.test(first)) {
      } else out.insert(" ", content.offs[0]);
    }
    appendCollapsed(out, content);
    previousContent = content.text;
  }
  return out.build(plain.text.length);
}
function appendCollapsed(out, line) {
  const { text: text2, offs } = line;
  if (!text2.includes("  ")) {
    out.copyMapped(text2, offs);
    return;
  }
  let from = 0;
  for (let at = text2.indexOf("  "); at >= 0; at = text2.indexOf("  ", from)) {
    out.copyMapped(text2.slice(from, at + 1), offs.subarray(from, at + 1));
    from = at + 1;
    while (from < text2.length && text2.charCodeAt(from) === 32) from++;
  }
  out.copyMapped(text2.slice(from), offs.subarray(from));
}

// pipeline/shared/annotation.ts
function annotate(value, start, end) {
  return { value, start, end };
}

// corpus/lexicon/units.json
var units_default = {
  $comment: "Duration units: the word forms (all cases) that follow a number in a reglament, per language. A form with spaces matches any run of spaces. 'workingDayQualifiers' are words that, written after a bare day unit (PDF word displacement: '\u0434\u043D\u0435\u0439. (\u0434\u0432\u0443\u0445) \u0440\u0430\u0431\u043E\u0447\u0438\u0445'), make it a working day. 'bareForms' are adjectives whose noun the PDF moved away ('1 (\u043E\u0434\u0438\u043D) \u0440\u0430\u0431\u043E\u0447\u0438\u0439' at a line end); they count only at the end of a clause. 'calendarQualifiersBefore' are words that, written right before the number of a bare day unit (Kazakh '\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A 7 (\u0436\u0435\u0442\u0456) \u043A\u04AF\u043D'), make it a calendar day.",
  units: [
    {
      unit: "working-day",
      ru: [
        "\u0440\u0430\u0431\u043E\u0447\u0438\u0439 \u0434\u0435\u043D\u044C",
        "\u0440\u0430\u0431\u043E\u0447\u0435\u0433\u043E \u0434\u043D\u044F",
        "\u0440\u0430\u0431\u043E\u0447\u0438\u0445 \u0434\u043D\u044F",
        "\u0440\u0430\u0431\u043E\u0447\u0438\u0445 \u0434\u043D\u0435\u0439",
        "\u0440\u0430\u0431\u043E\u0447\u0438\u0445 \u0434\u043D\u044F\u0445",
        "\u0440\u0430\u0431\u043E\u0447\u0435\u043C\u0443 \u0434\u043D\u044E",
        "\u0440\u0430\u0431\u043E\u0447\u0438\u043C \u0434\u043D\u0435\u043C"
      ],
      kk: [
        "\u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D\u0456",
        "\u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D",
        "\u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D\u0433\u0435",
        "\u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D\u0434\u0435",
        "\u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D\u0456\u043D\u0434\u0435",
        "\u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D\u0456\u043D\u0435\u043D"
      ]
    },
    {
      unit: "calendar-day",
      ru: [
        "\u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u044B\u0439 \u0434\u0435\u043D\u044C",
        "\u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u043E\u0433\u043E \u0434\u043D\u044F",
        "\u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u044B\u0445 \u0434\u043D\u044F",
        "\u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u044B\u0445 \u0434\u043D\u0435\u0439"
      ],
      kk: [
        "\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A \u043A\u04AF\u043D",
        "\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A \u043A\u04AF\u043D\u0456",
        "\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A \u043A\u04AF\u043D\u0433\u0435",
        "\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A \u043A\u04AF\u043D\u043D\u0435\u043D"
      ]
    },
    {
      unit: "day",
      ru: [
        "\u0434\u0435\u043D\u044C",
        "\u0434\u043D\u044F",
        "\u0434\u043D\u0435\u0439",
        "\u0441\u0443\u0442\u043E\u043A",
        "\u0441\u0443\u0442\u043A\u0438"
      ],
      kk: [
        "\u043A\u04AF\u043D",
        "\u043A\u04AF\u043D\u0456",
        "\u043A\u04AF\u043D\u0433\u0435",
        "\u043A\u04AF\u043D\u0434\u0435",
        "\u043A\u04AF\u043D\u043D\u0435\u043D"
      ]
    },
    {
      unit: "hour",
      ru: [
        "\u0447\u0430\u0441",
        "\u0447\u0430\u0441\u0430",
        "\u0447\u0430\u0441\u043E\u0432",
        "\u0447\u0430\u0441\u0443"
      ],
      kk: [
        "\u0441\u0430\u0493\u0430\u0442",
        "\u0441\u0430\u0493\u0430\u0442\u0442\u0430",
        "\u0441\u0430\u0493\u0430\u0442\u0442\u044B\u04A3",
        "\u0441\u0430\u0493\u0430\u0442\u049B\u0430",
        "\u0441\u0430\u0493\u0430\u0442\u0442\u0430\u043D"
      ]
    },
    {
      unit: "minute",
      ru: [
        "\u043C\u0438\u043D\u0443\u0442\u0430",
        "\u043C\u0438\u043D\u0443\u0442\u044B",
        "\u043C\u0438\u043D\u0443\u0442",
        "\u043C\u0438\u043D\u0443\u0442\u0443",
        "\u043C\u0438\u043D."
      ],
      kk: [
        "\u043C\u0438\u043D\u0443\u0442",
        "\u043C\u0438\u043D\u0443\u0442\u0442\u0430",
        "\u043C\u0438\u043D\u0443\u0442\u0442\u044B\u04A3",
        "\u043C\u0438\u043D\u0443\u0442\u049B\u0430",
        "\u043C\u0438\u043D\u0443\u0442\u0442\u0430\u043D"
      ]
    },
    {
      unit: "month",
      ru: [
        "\u043C\u0435\u0441\u044F\u0446",
        "\u043C\u0435\u0441\u044F\u0446\u0430",
        "\u043C\u0435\u0441\u044F\u0446\u0435\u0432"
      ],
      kk: [
        "\u0430\u0439",
        "\u0430\u0439\u0493\u0430",
        "\u0430\u0439\u0434\u0430",
        "\u0430\u0439\u0434\u0430\u043D"
      ]
    }
  ],
  workingDayQualifiers: {
    ru: [
      "\u0440\u0430\u0431\u043E\u0447\u0438\u0445",
      "\u0440\u0430\u0431\u043E\u0447\u0435\u0433\u043E",
      "\u0440\u0430\u0431\u043E\u0447\u0438\u0439"
    ],
    kk: [
      "\u0436\u04B1\u043C\u044B\u0441"
    ]
  },
  bareForms: {
    ru: [
      {
        form: "\u0440\u0430\u0431\u043E\u0447\u0438\u0439",
        unit: "working-day"
      },
      {
        form: "\u0440\u0430\u0431\u043E\u0447\u0438\u0445",
        unit: "working-day"
      },
      {
        form: "\u0440\u0430\u0431\u043E\u0447\u0435\u0433\u043E",
        unit: "working-day"
      }
    ],
    kk: [
      {
        form: "\u0436\u04B1\u043C\u044B\u0441",
        unit: "working-day"
      }
    ]
  },
  calendarQualifiersBefore: {
    ru: [
      "\u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u044B\u0445"
    ],
    kk: [
      "\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A"
    ]
  }
};

// corpus/lexicon/numerals.json
var numerals_default = {
  $comment: "Number words that stand for the digits in a duration written without them ('\u0432 \u0442\u0435\u0447\u0435\u043D\u0438\u0435 \u043E\u0434\u043D\u043E\u0433\u043E \u0440\u0430\u0431\u043E\u0447\u0435\u0433\u043E \u0434\u043D\u044F', '\u0431\u0456\u0440 \u0436\u04B1\u043C\u044B\u0441 \u043A\u04AF\u043D\u0456', '\u0434\u0432\u0443\u0445 \u0447\u0430\u0441\u043E\u0432'), all case forms, per language (pipeline/extract/reglament/durations.ts). A word counts only right before a unit form of units.json, and never inside the parentheses that spell out digits ('5 (\u043F\u044F\u0442\u0438) \u043C\u0438\u043D\u0443\u0442'). Compound Kazakh numbers are written with their words ('\u043E\u043D \u0431\u0435\u0441' = 15).",
  ru: {
    \u043E\u0434\u0438\u043D: 1,
    \u043E\u0434\u043D\u0430: 1,
    \u043E\u0434\u043D\u043E: 1,
    \u043E\u0434\u043D\u043E\u0433\u043E: 1,
    \u043E\u0434\u043D\u043E\u0439: 1,
    \u043E\u0434\u043D\u0443: 1,
    \u043E\u0434\u043D\u043E\u043C\u0443: 1,
    \u0434\u0432\u0430: 2,
    \u0434\u0432\u0435: 2,
    \u0434\u0432\u0443\u0445: 2,
    \u0434\u0432\u0443\u043C: 2,
    \u0442\u0440\u0438: 3,
    \u0442\u0440\u0435\u0445: 3,
    \u0442\u0440\u0451\u0445: 3,
    \u0442\u0440\u0435\u043C: 3,
    \u0447\u0435\u0442\u044B\u0440\u0435: 4,
    \u0447\u0435\u0442\u044B\u0440\u0435\u0445: 4,
    \u0447\u0435\u0442\u044B\u0440\u0451\u0445: 4,
    \u043F\u044F\u0442\u044C: 5,
    \u043F\u044F\u0442\u0438: 5,
    \u0448\u0435\u0441\u0442\u044C: 6,
    \u0448\u0435\u0441\u0442\u0438: 6,
    \u0441\u0435\u043C\u044C: 7,
    \u0441\u0435\u043C\u0438: 7,
    \u0432\u043E\u0441\u0435\u043C\u044C: 8,
    \u0432\u043E\u0441\u044C\u043C\u0438: 8,
    \u0434\u0435\u0432\u044F\u0442\u044C: 9,
    \u0434\u0435\u0432\u044F\u0442\u0438: 9,
    \u0434\u0435\u0441\u044F\u0442\u044C: 10,
    \u0434\u0435\u0441\u044F\u0442\u0438: 10,
    \u043F\u044F\u0442\u043D\u0430\u0434\u0446\u0430\u0442\u044C: 15,
    \u043F\u044F\u0442\u043D\u0430\u0434\u0446\u0430\u0442\u0438: 15,
    \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u044C: 20,
    \u0434\u0432\u0430\u0434\u0446\u0430\u0442\u0438: 20,
    \u0442\u0440\u0438\u0434\u0446\u0430\u0442\u044C: 30,
    \u0442\u0440\u0438\u0434\u0446\u0430\u0442\u0438: 30,
    \u0441\u043E\u0440\u043E\u043A: 40,
    \u0441\u043E\u0440\u043E\u043A\u0430: 40,
    "\u0441\u043E\u0440\u043E\u043A \u043F\u044F\u0442\u044C": 45,
    "\u0441\u043E\u0440\u043E\u043A\u0430 \u043F\u044F\u0442\u0438": 45,
    \u0448\u0435\u0441\u0442\u044C\u0434\u0435\u0441\u044F\u0442: 60,
    \u0448\u0435\u0441\u0442\u0438\u0434\u0435\u0441\u044F\u0442\u0438: 60
  },
  kk: {
    \u0431\u0456\u0440: 1,
    \u0435\u043A\u0456: 2,
    \u04AF\u0448: 3,
    \u0442\u04E9\u0440\u0442: 4,
    \u0431\u0435\u0441: 5,
    \u0430\u043B\u0442\u044B: 6,
    \u0436\u0435\u0442\u0456: 7,
    \u0441\u0435\u0433\u0456\u0437: 8,
    \u0442\u043E\u0493\u044B\u0437: 9,
    \u043E\u043D: 10,
    "\u043E\u043D \u0431\u0435\u0441": 15,
    \u0436\u0438\u044B\u0440\u043C\u0430: 20,
    \u043E\u0442\u044B\u0437: 30,
    \u049B\u044B\u0440\u044B\u049B: 40,
    "\u049B\u044B\u0440\u044B\u049B \u0431\u0435\u0441": 45,
    \u0430\u043B\u043F\u044B\u0441: 60
  }
};

// corpus/lexicon/channels.json
var channels_default = {
  $comment: "Where a service is obtained (term channels, tests/gold/README.md): word stems per channel and language. A stem matches at the start of a word; a stem with spaces matches any run of spaces.",
  channels: [
    { channel: "state-corporation", ru: ["\u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\\p{L}* \u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438", "\u0426\u041E\u041D", "\u0426\u0435\u043D\u0442\u0440\\p{L}* \u043E\u0431\u0441\u043B\u0443\u0436\u0438\u0432\u0430\u043D\u0438\u044F \u043D\u0430\u0441\u0435\u043B\u0435\u043D\u0438\u044F", '\u041D\u0410\u041E "\u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u0430\u044F \u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u044F'], kk: ["\u041C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A \u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u044F", "\u0425\u049A\u041A\u041E", "\u0425\u0430\u043B\u044B\u049B\u049B\u0430 \u049B\u044B\u0437\u043C\u0435\u0442 \u043A\u04E9\u0440\u0441\u0435\u0442\u0443 \u043E\u0440\u0442\u0430\u043B\u044B"] },
    { channel: "portal", ru: ["\u043F\u043E\u0440\u0442\u0430\u043B", "\u0432\u0435\u0431-\u043F\u043E\u0440\u0442\u0430\u043B", "www\\.egov\\.kz"], kk: ["\u043F\u043E\u0440\u0442\u0430\u043B", "\u0432\u0435\u0431-\u043F\u043E\u0440\u0442\u0430\u043B", "www\\.egov\\.kz"] },
    { channel: "provider", ru: ["\u0443\u0441\u043B\u0443\u0433\u043E\u0434\u0430\u0442\u0435\u043B", "\u0426\u0435\u043D\u0442\u0440\\p{L}* \u0437\u0430\u043D\u044F\u0442\u043E\u0441\u0442\u0438", "\u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\\p{L}* \u0443\u0441\u043B\u0443\u0433\u043E\u0434\u0430\u0442\u0435\u043B"], kk: ["\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442\u0442\u0456 \u0431\u0435\u0440\u0443\u0448", "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442 \u0431\u0435\u0440\u0443\u0448", "\u049B\u044B\u0437\u043C\u0435\u0442 \u0431\u0435\u0440\u0443\u0448\u0456\u0433\u0435", "\u049B\u044B\u0437\u043C\u0435\u0442 \u0431\u0435\u0440\u0443\u0448\u0456\u0434\u0435"] }
  ]
};

// corpus/lexicon/roles.json
var roles_default = {
  $comment: "Participants of a reglament: a mention is a position (agent forms only: nominative and instrumental in Russian, nominative in Kazakh) plus the organization it belongs to (Russian: the genitive after it, Kazakh: the genitive before it). role = organization.roles[position] ?? organization.roles.default. A position with 'role' is a role by itself; with 'organization' it implies one (\u0430\u043A\u0438\u043C \u2192 akim's office). A mention with no organization belongs to defaultOrganization. Organization patterns are regex sources (u flag), matched at a word start.",
  defaultOrganization: "provider",
  positions: [
    {
      id: "clerk",
      ru: [
        "\u0440\u0430\u0431\u043E\u0442\u043D\u0438\u043A \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0440\u0430\u0431\u043E\u0442\u043D\u0438\u043A\u043E\u043C \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442 \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442\u043E\u043C \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u043E\u043C \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0438\u043D\u0441\u043F\u0435\u043A\u0442\u043E\u0440 \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u0438\u043D\u0441\u043F\u0435\u043A\u0442\u043E\u0440\u043E\u043C \u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0438",
        "\u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u044F",
        "\u043A\u0430\u043D\u0446\u0435\u043B\u044F\u0440\u0438\u0435\u0439"
      ],
      kk: [
        "\u043A\u0435\u04A3\u0441\u0435 \u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440\u0456",
        "\u043A\u0435\u04A3\u0441\u0435 \u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440\u043B\u0435\u0440\u0456",
        "\u043A\u0435\u04A3\u0441\u0435 \u043C\u0430\u043C\u0430\u043D\u044B",
        "\u043A\u0435\u04A3\u0441\u0435 \u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440i",
        "\u043A\u0435\u04A3\u0441\u0435\u0441\u0456\u043D\u0456\u04A3 \u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440\u0456",
        "\u043A\u0435\u04A3\u0441\u0435\u0441\u0456\u043D\u0456\u04A3 \u043C\u0430\u043C\u0430\u043D\u044B",
        "\u043A\u0435\u04A3\u0441\u0435\u0441\u0456"
      ]
    },
    {
      id: "deputy-head",
      ru: [
        "\u0437\u0430\u043C\u0435\u0441\u0442\u0438\u0442\u0435\u043B\u044C \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044F",
        "\u0437\u0430\u043C\u0435\u0441\u0442\u0438\u0442\u0435\u043B\u0435\u043C \u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044F"
      ],
      kk: [
        "\u0431\u0430\u0441\u0448\u044B\u0441\u044B\u043D\u044B\u04A3 \u043E\u0440\u044B\u043D\u0431\u0430\u0441\u0430\u0440\u044B",
        "\u0431\u0430\u0441\u0448\u044B\u043D\u044B\u04A3 \u043E\u0440\u044B\u043D\u0431\u0430\u0441\u0430\u0440\u044B",
        "\u0431\u0430\u0441\u0448\u044B \u043E\u0440\u044B\u043D\u0431\u0430\u0441\u0430\u0440\u044B"
      ]
    },
    {
      id: "department-head",
      ru: [
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u043E\u0442\u0434\u0435\u043B\u0430",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u043C \u043E\u0442\u0434\u0435\u043B\u0430",
        "\u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A \u043E\u0442\u0434\u0435\u043B\u0430",
        "\u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A\u043E\u043C \u043E\u0442\u0434\u0435\u043B\u0430",
        "\u0437\u0430\u0432\u0435\u0434\u0443\u044E\u0449\u0438\u0439 \u0441\u0435\u043A\u0442\u043E\u0440\u043E\u043C",
        "\u0437\u0430\u0432\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u0441\u0435\u043A\u0442\u043E\u0440\u043E\u043C",
        "\u0437\u0430\u0432\u0435\u0434\u0443\u044E\u0449\u0438\u0439 \u043E\u0442\u0434\u0435\u043B\u043E\u043C",
        "\u0437\u0430\u0432\u0435\u0434\u0443\u044E\u0449\u0438\u043C \u043E\u0442\u0434\u0435\u043B\u043E\u043C",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u0441\u0435\u043A\u0442\u043E\u0440\u0430",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u043C \u0441\u0435\u043A\u0442\u043E\u0440\u0430",
        "\u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A \u0441\u0435\u043A\u0442\u043E\u0440\u0430",
        "\u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A\u043E\u043C \u0441\u0435\u043A\u0442\u043E\u0440\u0430",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C \u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440\u043D\u043E\u0433\u043E \u043F\u043E\u0434\u0440\u0430\u0437\u0434\u0435\u043B\u0435\u043D\u0438\u044F",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u043C \u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440\u043D\u043E\u0433\u043E \u043F\u043E\u0434\u0440\u0430\u0437\u0434\u0435\u043B\u0435\u043D\u0438\u044F"
      ],
      kk: [
        "\u0431\u04E9\u043B\u0456\u043C \u0431\u0430\u0441\u0448\u044B\u0441\u044B",
        "\u0431\u04E9\u043B\u0456\u043C\u0456\u043D\u0456\u04A3 \u0431\u0430\u0441\u0448\u044B\u0441\u044B",
        "\u0431\u04E9\u043B\u0456\u043C \u043C\u0435\u04A3\u0433\u0435\u0440\u0443\u0448\u0456\u0441\u0456",
        "\u0441\u0435\u043A\u0442\u043E\u0440 \u043C\u0435\u04A3\u0433\u0435\u0440\u0443\u0448\u0456\u0441\u0456",
        "\u0431\u04E9\u043B\u0456\u043C\u0448\u0435\u0441\u0456\u043D\u0456\u04A3 \u0431\u0430\u0441\u0448\u044B\u0441\u044B"
      ]
    },
    {
      id: "executor",
      ru: [
        "\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439 \u0438\u0441\u043F\u043E\u043B\u043D\u0438\u0442\u0435\u043B\u044C",
        "\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u043C \u0438\u0441\u043F\u043E\u043B\u043D\u0438\u0442\u0435\u043B\u0435\u043C",
        "\u0438\u0441\u043F\u043E\u043B\u043D\u0438\u0442\u0435\u043B\u044C",
        "\u0438\u0441\u043F\u043E\u043B\u043D\u0438\u0442\u0435\u043B\u0435\u043C"
      ],
      kk: [
        "\u0436\u0430\u0443\u0430\u043F\u0442\u044B \u043E\u0440\u044B\u043D\u0434\u0430\u0443\u0448\u044B\u0441\u044B",
        "\u0436\u0430\u0443\u0430\u043F\u0442\u044B \u043E\u0440\u044B\u043D\u0434\u0430\u0443\u0448\u044B",
        "\u0436\u0430\u0443\u0430\u043F\u0442\u044B \u043E\u0440\u044B\u043D\u0434\u0430\u0443\u0448\u044B\u043B\u0430\u0440\u044B",
        "\u043E\u0440\u044B\u043D\u0434\u0430\u0443\u0448\u044B\u0441\u044B"
      ]
    },
    {
      id: "head",
      ru: [
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u044C",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0438\u0442\u0435\u043B\u0435\u043C",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u043E",
        "\u0440\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u043E\u043C",
        "\u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A",
        "\u043D\u0430\u0447\u0430\u043B\u044C\u043D\u0438\u043A\u043E\u043C"
      ],
      kk: [
        "\u0431\u0430\u0441\u0448\u044B\u0441\u044B",
        "\u0431\u0430\u0441\u0448\u044B",
        "\u0431\u0430\u0441\u0448\u044B\u043B\u044B\u0493\u044B"
      ]
    },
    {
      id: "employee",
      ru: [
        "\u0440\u0430\u0431\u043E\u0442\u043D\u0438\u043A",
        "\u0440\u0430\u0431\u043E\u0442\u043D\u0438\u043A\u043E\u043C",
        "\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442",
        "\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u0438\u0441\u0442\u043E\u043C",
        "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A",
        "\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u043E\u043C",
        "\u0438\u043D\u0441\u043F\u0435\u043A\u0442\u043E\u0440",
        "\u0438\u043D\u0441\u043F\u0435\u043A\u0442\u043E\u0440\u043E\u043C",
        "\u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440",
        "\u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440\u043E\u043C"
      ],
      kk: [
        "\u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440\u0456",
        "\u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440\u043B\u0435\u0440\u0456",
        "\u043C\u0430\u043C\u0430\u043D\u044B",
        "\u043C\u0430\u043C\u0430\u043D\u0434\u0430\u0440\u044B",
        "\u043E\u043F\u0435\u0440\u0430\u0442\u043E\u0440\u044B",
        "\u049B\u044B\u0437\u043C\u0435\u0442\u043A\u0435\u0440i"
      ]
    },
    {
      id: "akim",
      organization: "akim",
      position: "head",
      ru: [
        "\u0430\u043A\u0438\u043C",
        "\u0430\u043A\u0438\u043C\u043E\u043C"
      ],
      kk: [
        "\u04D9\u043A\u0456\u043C\u0456",
        "\u04D9\u043A\u0456\u043C"
      ]
    },
    {
      id: "recipient",
      role: "recipient",
      ru: [
        "\u0443\u0441\u043B\u0443\u0433\u043E\u043F\u043E\u043B\u0443\u0447\u0430\u0442\u0435\u043B\u044C",
        "\u0443\u0441\u043B\u0443\u0433\u043E\u043F\u043E\u043B\u0443\u0447\u0430\u0442\u0435\u043B\u0435\u043C"
      ],
      kk: [
        "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442\u0442\u0456 \u0430\u043B\u0443\u0448\u044B",
        "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442 \u0430\u043B\u0443\u0448\u044B"
      ]
    },
    {
      id: "commission",
      role: "commission",
      ru: [
        "\u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F",
        "\u043A\u043E\u043C\u0438\u0441\u0441\u0438\u0435\u0439"
      ],
      kk: [
        "\u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F",
        "\u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F\u0441\u044B"
      ]
    }
  ],
  organizations: [
    {
      id: "provider",
      ru: [
        "\u0443\u0441\u043B\u0443\u0433\u043E\u0434\u0430\u0442\u0435\u043B\\p{L}*",
        "\u0426\u0435\u043D\u0442\u0440\\p{L}* \u0437\u0430\u043D\u044F\u0442\u043E\u0441\u0442\u0438(?: \u043D\u0430\u0441\u0435\u043B\u0435\u043D\u0438\u044F)?"
      ],
      kk: [
        "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442\u0442\u0456 \u0431\u0435\u0440\u0443\u0448\u0456\u043D\u0456\u04A3",
        "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442 \u0431\u0435\u0440\u0443\u0448\u0456\u043D\u0456\u04A3",
        "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442\u0442\u0456 \u0431\u0435\u0440\u0443\u0448\u0456",
        "\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D \u049B\u044B\u0437\u043C\u0435\u0442 \u0431\u0435\u0440\u0443\u0448\u0456"
      ],
      roles: {
        clerk: "provider-clerk",
        head: "provider-head",
        "deputy-head": "provider-deputy-head",
        "department-head": "provider-department-head",
        executor: "provider-executor",
        employee: "provider-employee"
      }
    },
    {
      id: "akim",
      ru: [
        "\u0430\u043F\u043F\u0430\u0440\u0430\u0442\u0430 \u0430\u043A\u0438\u043C\u0430(?: \\p{L}+){0,3}",
        "\u0430\u043A\u0438\u043C\u0430 \u0441\u0435\u043B\u044C\u0441\u043A\u043E\u0433\u043E \u043E\u043A\u0440\u0443\u0433\u0430",
        "\u0430\u043A\u0438\u043C\u0430 \u0441\u0435\u043B\u0430, \u0441\u0435\u043B\u044C\u0441\u043A\u043E\u0433\u043E \u043E\u043A\u0440\u0443\u0433\u0430",
        "\u0430\u043A\u0438\u043C\u0430 \u0441\u0435\u043B\u0430",
        "\u0430\u043A\u0438\u043C\u0430 \u043F\u043E\u0441\u0435\u043B\u043A\u0430",
        "\u0430\u043A\u0438\u043C\u0430",
        "\u0441\u0435\u043B\u044C\u0441\u043A\u043E\u0433\u043E \u043E\u043A\u0440\u0443\u0433\u0430"
      ],
      kk: [
        "\u04D9\u043A\u0456\u043C\u0456 \u0430\u043F\u043F\u0430\u0440\u0430\u0442\u044B\u043D\u044B\u04A3",
        "\u04D9\u043A\u0456\u043C \u0430\u043F\u043F\u0430\u0440\u0430\u0442\u044B\u043D\u044B\u04A3",
        "\u0430\u0443\u044B\u043B\u0434\u044B\u049B \u043E\u043A\u0440\u0443\u0433 \u04D9\u043A\u0456\u043C\u0456\u043D\u0456\u04A3",
        "\u0430\u0443\u044B\u043B \u04D9\u043A\u0456\u043C\u0456\u043D\u0456\u04A3",
        "\u043A\u0435\u043D\u0442 \u04D9\u043A\u0456\u043C\u0456\u043D\u0456\u04A3",
        "\u04D9\u043A\u0456\u043C\u0456\u043D\u0456\u04A3"
      ],
      roles: {
        head: "akim",
        employee: "other:akim-specialist",
        executor: "other:akim-executor",
        clerk: "other:akim-clerk",
        "deputy-head": "other:akim-deputy",
        "department-head": "other:akim-department-head"
      }
    },
    {
      id: "state-corporation",
      ru: [
        "\u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\\p{L}* \u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\\p{L}*",
        "\u0426\u041E\u041D\\p{L}*",
        "\u0426\u0435\u043D\u0442\u0440\\p{L}* \u043E\u0431\u0441\u043B\u0443\u0436\u0438\u0432\u0430\u043D\u0438\u044F \u043D\u0430\u0441\u0435\u043B\u0435\u043D\u0438\u044F"
      ],
      kk: [
        "\u041C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A \u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u044F\u043D\u044B\u04A3",
        "\u041C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A \u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u044F",
        "\u0425\u049A\u041A\u041E(?:-\u043D\u044B\u04A3)?",
        "\u0445\u0430\u043B\u044B\u049B\u049B\u0430 \u049B\u044B\u0437\u043C\u0435\u0442 \u043A\u04E9\u0440\u0441\u0435\u0442\u0443 \u043E\u0440\u0442\u0430\u043B\u044B\u0493\u044B\u043D\u044B\u04A3"
      ],
      roles: {
        default: "state-corporation-employee"
      }
    },
    {
      id: "gcvp",
      ru: [
        "\u0413\u0426\u0412\u041F",
        "\u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E \u0446\u0435\u043D\u0442\u0440\u0430 \u043F\u043E \u0432\u044B\u043F\u043B\u0430\u0442\u0435 \u043F\u0435\u043D\u0441\u0438\u0439"
      ],
      kk: [
        "\u0417\u0422\u041C\u041E",
        "\u0417\u0435\u0439\u043D\u0435\u0442\u0430\u049B\u044B \u0442\u04E9\u043B\u0435\u0443 \u0436\u04E9\u043D\u0456\u043D\u0434\u0435\u0433\u0456 \u043C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A \u043E\u0440\u0442\u0430\u043B\u044B\\p{L}*"
      ],
      roles: {
        default: "other:gcvp"
      }
    }
  ]
};

// corpus/lexicon/months.json
var months_default = {
  $comment: "Month names by stem, matched at the start of a word: Russian genitive '\u0430\u0432\u0433\u0443\u0441\u0442\u0430', Kazakh '\u0442\u0430\u043C\u044B\u0437\u0434\u0430\u0493\u044B', '\u049B\u0430\u0440\u0430\u0448\u0430\u0434\u0430'. Longest stem wins.",
  ru: [["\u044F\u043D\u0432\u0430\u0440", 1], ["\u0444\u0435\u0432\u0440\u0430\u043B", 2], ["\u043C\u0430\u0440\u0442", 3], ["\u0430\u043F\u0440\u0435\u043B", 4], ["\u043C\u0430\u044F", 5], ["\u043C\u0430\u0439", 5], ["\u0438\u044E\u043D", 6], ["\u0438\u044E\u043B", 7], ["\u0430\u0432\u0433\u0443\u0441\u0442", 8], ["\u0441\u0435\u043D\u0442\u044F\u0431\u0440", 9], ["\u043E\u043A\u0442\u044F\u0431\u0440", 10], ["\u043D\u043E\u044F\u0431\u0440", 11], ["\u0434\u0435\u043A\u0430\u0431\u0440", 12]],
  kk: [["\u049B\u0430\u04A3\u0442\u0430\u0440", 1], ["\u0430\u049B\u043F\u0430\u043D", 2], ["\u043D\u0430\u0443\u0440\u044B\u0437", 3], ["\u0441\u04D9\u0443\u0456\u0440", 4], ["\u043C\u0430\u043C\u044B\u0440", 5], ["\u043C\u0430\u0443\u0441\u044B\u043C", 6], ["\u0448\u0456\u043B\u0434\u0435", 7], ["\u0442\u0430\u043C\u044B\u0437", 8], ["\u049B\u044B\u0440\u043A\u04AF\u0439\u0435\u043A", 9], ["\u049B\u0430\u0437\u0430\u043D", 10], ["\u049B\u0430\u0440\u0430\u0448\u0430", 11], ["\u0436\u0435\u043B\u0442\u043E\u049B\u0441\u0430\u043D", 12]]
};

// corpus/lexicon/regions.json
var regions_default = {
  $comment: "Regions and cities of republican significance with the word stems their Russian and Kazakh names take in headers. A stem matches the start of a word sequence; case endings follow. District and town bodies name their region first ('\u049A\u043E\u0441\u0442\u0430\u043D\u0430\u0439 \u043E\u0431\u043B\u044B\u0441\u044B \u041B\u0438\u0441\u0430\u043A\u043E\u0432 \u049B\u0430\u043B\u0430\u0441\u044B'), so in Kazakh the region named right before the issuer wins, in Russian the last one after it; a name followed by '\u0440\u0430\u0439\u043E\u043D\u0430'/'\u0430\u0443\u0434\u0430\u043D\u044B' is a district, not the region ('\u0410\u0431\u0430\u0439\u0441\u043A\u0438\u0439 \u0440\u0430\u0439\u043E\u043D' is in Karaganda region, so '\u0410\u0431\u0430\u0439\u0441\u043A' is no stem of abai). Former names map to the current id.",
  regions: [
    {
      id: "akmola",
      ru: [
        "\u0410\u043A\u043C\u043E\u043B\u0438\u043D\u0441\u043A"
      ],
      kk: [
        "\u0410\u049B\u043C\u043E\u043B\u0430 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "aktobe",
      ru: [
        "\u0410\u043A\u0442\u044E\u0431\u0438\u043D\u0441\u043A"
      ],
      kk: [
        "\u0410\u049B\u0442\u04E9\u0431\u0435 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "almaty-region",
      ru: [
        "\u0410\u043B\u043C\u0430\u0442\u0438\u043D\u0441\u043A"
      ],
      kk: [
        "\u0410\u043B\u043C\u0430\u0442\u044B \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "atyrau",
      ru: [
        "\u0410\u0442\u044B\u0440\u0430\u0443\u0441\u043A"
      ],
      kk: [
        "\u0410\u0442\u044B\u0440\u0430\u0443 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "east-kazakhstan",
      ru: [
        "\u0412\u043E\u0441\u0442\u043E\u0447\u043D\u043E-\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A",
        "\u0412\u043E\u0441\u0442\u043E\u0447\u043D\u043E - \u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A"
      ],
      kk: [
        "\u0428\u044B\u0493\u044B\u0441 \u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "zhambyl",
      ru: [
        "\u0416\u0430\u043C\u0431\u044B\u043B\u0441\u043A"
      ],
      kk: [
        "\u0416\u0430\u043C\u0431\u044B\u043B \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "west-kazakhstan",
      ru: [
        "\u0417\u0430\u043F\u0430\u0434\u043D\u043E-\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A",
        "\u0417\u0430\u043F\u0430\u0434\u043D\u043E - \u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A"
      ],
      kk: [
        "\u0411\u0430\u0442\u044B\u0441 \u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "karaganda",
      ru: [
        "\u041A\u0430\u0440\u0430\u0433\u0430\u043D\u0434\u0438\u043D\u0441\u043A"
      ],
      kk: [
        "\u049A\u0430\u0440\u0430\u0493\u0430\u043D\u0434\u044B \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "kostanay",
      ru: [
        "\u041A\u043E\u0441\u0442\u0430\u043D\u0430\u0439\u0441\u043A",
        "\u041A\u0443\u0441\u0442\u0430\u043D\u0430\u0439\u0441\u043A"
      ],
      kk: [
        "\u049A\u043E\u0441\u0442\u0430\u043D\u0430\u0439 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "kyzylorda",
      ru: [
        "\u041A\u044B\u0437\u044B\u043B\u043E\u0440\u0434\u0438\u043D\u0441\u043A"
      ],
      kk: [
        "\u049A\u044B\u0437\u044B\u043B\u043E\u0440\u0434\u0430 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "mangystau",
      ru: [
        "\u041C\u0430\u043D\u0433\u0438\u0441\u0442\u0430\u0443\u0441\u043A",
        "\u041C\u0430\u043D\u0433\u044B\u0441\u0442\u0430\u0443\u0441\u043A"
      ],
      kk: [
        "\u041C\u0430\u04A3\u0493\u044B\u0441\u0442\u0430\u0443 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "pavlodar",
      ru: [
        "\u041F\u0430\u0432\u043B\u043E\u0434\u0430\u0440\u0441\u043A"
      ],
      kk: [
        "\u041F\u0430\u0432\u043B\u043E\u0434\u0430\u0440 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "north-kazakhstan",
      ru: [
        "\u0421\u0435\u0432\u0435\u0440\u043E-\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A",
        "\u0421\u0435\u0432\u0435\u0440\u043E - \u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A"
      ],
      kk: [
        "\u0421\u043E\u043B\u0442\u04AF\u0441\u0442\u0456\u043A \u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "turkestan",
      ru: [
        "\u0422\u0443\u0440\u043A\u0435\u0441\u0442\u0430\u043D\u0441\u043A",
        "\u042E\u0436\u043D\u043E-\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A",
        "\u042E\u0436\u043D\u043E - \u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D\u0441\u043A"
      ],
      kk: [
        "\u0422\u04AF\u0440\u043A\u0456\u0441\u0442\u0430\u043D \u043E\u0431\u043B\u044B\u0441",
        "\u041E\u04A3\u0442\u04AF\u0441\u0442\u0456\u043A \u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "abai",
      ru: [
        "\u043E\u0431\u043B\u0430\u0441\u0442\u0438 \u0410\u0431\u0430\u0439"
      ],
      kk: [
        "\u0410\u0431\u0430\u0439 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "zhetysu",
      ru: [
        "\u043E\u0431\u043B\u0430\u0441\u0442\u0438 \u0416\u0435\u0442\u0456\u0441\u0443",
        "\u043E\u0431\u043B\u0430\u0441\u0442\u0438 \u0416\u0435\u0442\u044B\u0441\u0443"
      ],
      kk: [
        "\u0416\u0435\u0442\u0456\u0441\u0443 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "ulytau",
      ru: [
        "\u043E\u0431\u043B\u0430\u0441\u0442\u0438 \u04B0\u043B\u044B\u0442\u0430\u0443",
        "\u043E\u0431\u043B\u0430\u0441\u0442\u0438 \u0423\u043B\u044B\u0442\u0430\u0443"
      ],
      kk: [
        "\u04B0\u043B\u044B\u0442\u0430\u0443 \u043E\u0431\u043B\u044B\u0441"
      ]
    },
    {
      id: "astana",
      ru: [
        "\u0433\u043E\u0440\u043E\u0434\u0430 \u0410\u0441\u0442\u0430\u043D",
        "\u0433\u043E\u0440\u043E\u0434\u0430 \u041D\u0443\u0440-\u0421\u0443\u043B\u0442\u0430\u043D",
        "\u0433\u043E\u0440\u043E\u0434\u0430 \u041D\u0443\u0440 - \u0421\u0443\u043B\u0442\u0430\u043D",
        "\u0433. \u0410\u0441\u0442\u0430\u043D",
        "\u0433. \u041D\u0443\u0440-\u0421\u0443\u043B\u0442\u0430\u043D",
        "\u0410\u0441\u0442\u0430\u043D\u0438\u043D\u0441\u043A",
        "\u041D\u0443\u0440-\u0421\u0443\u043B\u0442\u0430\u043D\u0441\u043A",
        "\u041D\u0443\u0440 - \u0421\u0443\u043B\u0442\u0430\u043D\u0441\u043A"
      ],
      kk: [
        "\u0410\u0441\u0442\u0430\u043D\u0430 \u049B\u0430\u043B\u0430",
        "\u041D\u04B1\u0440-\u0421\u04B1\u043B\u0442\u0430\u043D \u049B\u0430\u043B\u0430",
        "\u041D\u04B1\u0440 - \u0421\u04B1\u043B\u0442\u0430\u043D \u049B\u0430\u043B\u0430"
      ]
    },
    {
      id: "almaty",
      ru: [
        "\u0433\u043E\u0440\u043E\u0434\u0430 \u0410\u043B\u043C\u0430\u0442\u044B",
        "\u0433. \u0410\u043B\u043C\u0430\u0442\u044B",
        "\u0410\u043B\u043C\u0430\u0442\u0438\u043D\u0441\u043A\u043E\u0433\u043E \u0433\u043E\u0440\u043E\u0434\u0441\u043A",
        "\u0410\u043B\u043C\u0430\u0442\u0438\u043D\u0441\u043A\u0438\u0439 \u0433\u043E\u0440\u043E\u0434\u0441\u043A",
        "\u0410\u043B\u043C\u0430\u0442\u0438\u043D\u0441\u043A\u0438\u043C \u0433\u043E\u0440\u043E\u0434\u0441\u043A",
        "\u0410\u043B\u043C\u0430\u0442\u0438\u043D\u0441\u043A\u043E\u043C \u0433\u043E\u0440\u043E\u0434\u0441\u043A"
      ],
      kk: [
        "\u0410\u043B\u043C\u0430\u0442\u044B \u049B\u0430\u043B\u0430"
      ]
    },
    {
      id: "shymkent",
      ru: [
        "\u0433\u043E\u0440\u043E\u0434\u0430 \u0428\u044B\u043C\u043A\u0435\u043D\u0442",
        "\u0433. \u0428\u044B\u043C\u043A\u0435\u043D\u0442",
        "\u0428\u044B\u043C\u043A\u0435\u043D\u0442\u0441\u043A"
      ],
      kk: [
        "\u0428\u044B\u043C\u043A\u0435\u043D\u0442 \u049B\u0430\u043B\u0430"
      ]
    }
  ]
};

// corpus/lexicon/acts.json
var acts_default = {
  $comment: "Words that name act kinds and issuers, by stem (case endings follow). Russian names the kind before the issuer ('\u043F\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0438\u0435 \u0430\u043A\u0438\u043C\u0430\u0442\u0430'), Kazakh after it ('\u04D9\u043A\u0456\u043C\u0434\u0456\u0433\u0456\u043D\u0456\u04A3 ... \u049B\u0430\u0443\u043B\u044B\u0441\u044B'). Order matters: the first matching issuer stem wins, so longer, more specific stems come first.",
  kinds: [
    { kind: "resolution", ru: ["\u043F\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0438"], kk: ["\u049B\u0430\u0443\u043B\u044B"] },
    { kind: "decision", ru: ["\u0440\u0435\u0448\u0435\u043D\u0438"], kk: ["\u0448\u0435\u0448\u0456\u043C"] },
    { kind: "order", ru: ["\u043F\u0440\u0438\u043A\u0430\u0437"], kk: ["\u0431\u04B1\u0439\u0440\u044B\u0493", "\u0431\u04B1\u0439\u0440\u044B\u049B"] },
    { kind: "law", ru: ["\u0437\u0430\u043A\u043E\u043D"], kk: ["\u0437\u0430\u04A3"] }
  ],
  issuers: [
    { issuer: "akimat", ru: ["\u0430\u043A\u0438\u043C\u0430\u0442"], kk: ["\u04D9\u043A\u0456\u043C\u0434\u0456\u0433", "\u04D9\u043A\u0456\u043C\u0434\u0456\u043A"] },
    { issuer: "maslikhat", ru: ["\u043C\u0430\u0441\u043B\u0438\u0445\u0430\u0442"], kk: ["\u043C\u04D9\u0441\u043B\u0438\u0445\u0430\u0442"] },
    { issuer: "government", ru: ["\u041F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432"], kk: ["\u04AE\u043A\u0456\u043C\u0435\u0442"] },
    { issuer: "ministry", ru: ["\u041C\u0438\u043D\u0438\u0441\u0442\u0440", "\u043C\u0438\u043D\u0438\u0441\u0442\u0440", "\u041C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432", "\u043C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432"], kk: ["\u043C\u0438\u043D\u0438\u0441\u0442\u0440", "\u041C\u0438\u043D\u0438\u0441\u0442\u0440"] },
    { issuer: "akim", ru: ["\u0430\u043A\u0438\u043C\u0430", "\u0430\u043A\u0438\u043C\u043E\u043C", "\u0430\u043A\u0438\u043C"], kk: ["\u04D9\u043A\u0456\u043C\u0456", "\u04D9\u043A\u0456\u043C\u0456\u043D\u0456\u04A3", "\u04D9\u043A\u0456\u043C\u043D\u0456\u04A3"] }
  ]
};

// corpus/lexicon/act-header.json
var act_header_default = {
  $comment: "Phrases of act headers, status lines, footnotes and final points, per language, as regular expression sources (case-insensitive, Unicode). Used by pipeline/extract/act/header.ts and relations.ts.",
  ru: {
    statusBanner: "\u0423\u0442\u0440\u0430\u0442\u0438\u0432\u0448(?:\u0438\u0439|\u0435\u0435|\u0430\u044F)\\s+\u0441\u0438\u043B\u0443",
    repealedBy: "\u0423\u0442\u0440\u0430\u0442\u0438\u043B[\u043E\u0430\u0438]?\\s+\u0441\u0438\u043B\u0443",
    amendedBy: "(?:\u0421\\s+\u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438(?:\u0435\u043C|\u044F\u043C\u0438)(?:\\s+\u0438\\s+\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438(?:\u0435\u043C|\u044F\u043C\u0438))?|\u0421\\s+\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438(?:\u0435\u043C|\u044F\u043C\u0438))\\s*,?\\s*\u0432\u043D\u0435\u0441\u0435\u043D\u043D(?:\u044B\u043C|\u044B\u043C\u0438)|\u0412\u043D\u0435\u0441\u0435\u043D[\u043E\u044B]?\\s+(?:\u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438[\u0435\u044F]|\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438[\u0435\u044F])(?:\\s+\u0438\\s+(?:\u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438[\u0435\u044F]|\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438[\u0435\u044F]))?|(?:\u0432\\s+\u0440\u0435\u0434\u0430\u043A\u0446\u0438\u0438|\u0438\u0441\u043A\u043B\u044E\u0447\u0435\u043D[\u043E\u0430\u044B]?|\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D[\u043E\u0430\u044B]?)\\s+(?:\u043F\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0438|\u0440\u0435\u0448\u0435\u043D\u0438|\u043F\u0440\u0438\u043A\u0430\u0437)",
    amendsTitle: "^\\s*\u041E\\s+\u0432\u043D\u0435\u0441\u0435\u043D\u0438\u0438\\s+(?:\u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438|\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438)",
    repealsPoint: "(?:\u043F\u0440\u0438\u0437\u043D\u0430\u0442\u044C|\u043F\u0440\u0438\u0437\u043D\u0430\u043D\u044B|\u043F\u0440\u0438\u0437\u043D\u0430\u043D[\u043E\u0430]?)\\s+\u0443\u0442\u0440\u0430\u0442\u0438\u0432\u0448(?:\u0438\u043C|\u0438\u043C\u0438|\u0435\u0439)\\s+\u0441\u0438\u043B\u0443",
    footnote: "(?:^|\\n)\\s*\u0421\u043D\u043E\u0441\u043A\u0430\\s*\\.",
    registration: "\u0417\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\u043E\u0432\u0430\u043D[\u043E\u0430]?\\s+(?:\u0432\\s+)?(?:\u0414\u0435\u043F\u0430\u0440\u0442\u0430\u043C\u0435\u043D\u0442|\u0423\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0438|\u041C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432|\u0420\u0435\u0435\u0441\u0442\u0440|\u043E\u0440\u0433\u0430\u043D)",
    preambleStart: "(?:^|\\n)\\s*(?:\u0420\u0443\u043A\u043E\u0432\u043E\u0434\u0441\u0442\u0432\u0443\u044F\u0441\u044C|\u0412\\s+\u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0438|\u0421\u043E\u0433\u043B\u0430\u0441\u043D\u043E|\u041D\u0430\\s+\u043E\u0441\u043D\u043E\u0432\u0430\u043D\u0438\u0438|\u0412\\s+\u0446\u0435\u043B\u044F\u0445)",
    operativeVerb: "\u041F\u041E\u0421\u0422\u0410\u041D\u041E\u0412\u041B\u042F\u0415\u0422|\u0420\u0415\u0428\u0418\u041B|\u0420\u0415\u0428\u0418\u041B\u0410|\u041F\u0420\u0418\u041A\u0410\u0417\u042B\u0412\u0410\u042E|\u0420\u0415\u0428\u0418\u041B\u041E",
    entryIntoForce: [
      {
        rule: "10-days-after-first-publication",
        pattern: "\u043F\u043E\\s+\u0438\u0441\u0442\u0435\u0447\u0435\u043D\u0438\u0438\\s+(?:\u0434\u0435\u0441\u044F\u0442\u0438|10|10\\s*\\(\u0434\u0435\u0441\u044F\u0442\u0438\\))\\s+\u043A\u0430\u043B\u0435\u043D\u0434\u0430\u0440\u043D\u044B\u0445\\s+\u0434\u043D\u0435\u0439\\s+(?:\u043F\u043E\u0441\u043B\u0435|\u0441\u043E)\\s+(?:\u0434\u043D\u044F\\s+)?(?:\u0435\u0433\u043E\\s+)?(?:\u043F\u0435\u0440\u0432\u043E\u0433\u043E\\s+)?\u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0433\u043E\\s+\u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u0438\u044F"
      },
      {
        rule: "on-first-publication",
        pattern: "\u0441\u043E\\s+\u0434\u043D\u044F\\s+(?:\u0435\u0433\u043E\\s+)?(?:\u043F\u0435\u0440\u0432\u043E\u0433\u043E\\s+)?\u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0433\u043E\\s+\u043E\u043F\u0443\u0431\u043B\u0438\u043A\u043E\u0432\u0430\u043D\u0438\u044F"
      },
      {
        rule: "on-registration",
        pattern: "\u0441\u043E\\s+\u0434\u043D\u044F\\s+(?:\u0435\u0433\u043E\\s+)?\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439\\s+\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438"
      },
      {
        rule: "on-signature",
        pattern: "\u0441\u043E\\s+\u0434\u043D\u044F\\s+(?:\u0435\u0433\u043E\\s+)?\u043F\u043E\u0434\u043F\u0438\u0441\u0430\u043D\u0438\u044F"
      },
      {
        rule: "date",
        pattern: "\u0432\u0432\u043E\u0434\u0438\u0442\u0441\u044F\\s+\u0432\\s+\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435\\s+\u0441\\s+"
      }
    ],
    entryIntoForceClause: "\u0432\u0432\u043E\u0434\u0438\u0442\u0441\u044F\\s+\u0432\\s+\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435|\u0432\u0441\u0442\u0443\u043F\u0430\u0435\u0442\\s+\u0432\\s+\u0441\u0438\u043B\u0443",
    takesEffect: "\u0432\u0432\u043E\u0434\u0438\u0442\u0441\u044F\\s+\u0432\\s+\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435",
    entersIntoForce: "\u0432\u0441\u0442\u0443\u043F\u0430\u0435\u0442\\s+\u0432\\s+\u0441\u0438\u043B\u0443",
    repealsListHeading: "(?:^|\\n)[^\\n]{0,400}?\u041F\u0435\u0440\u0435\u0447(?:\u0435\u043D\u044C|\u043D\u044F)\\s+(?:\u0443\u0442\u0440\u0430\u0442\u0438\u0432\u0448\u0438\u0445|\u0443\u0442\u0440\u0430\u0447\u0438\u0432\u0430\u044E\u0449\u0438\u0445|\u043F\u0440\u0438\u0437\u043D\u0430\u0432\u0430\u0435\u043C\u044B\u0445\\s+\u0443\u0442\u0440\u0430\u0442\u0438\u0432\u0448\u0438\u043C\u0438)\\s+\u0441\u0438\u043B\u0443",
    appendixReference: "\u0441\u043E\u0433\u043B\u0430\u0441\u043D\u043E\\s+\u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u044E|\u043F\u043E\\s+\u043F\u0435\u0440\u0435\u0447\u043D\u044E|\u0441\u043E\u0433\u043B\u0430\u0441\u043D\u043E\\s+\u043F\u0435\u0440\u0435\u0447\u043D\u044E",
    nationalIssuerPrefix: "(?:\u0420\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0438\\s+\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D|\u0420\u041A)",
    partWord: "(?<!\\p{L})(?:\u043F\u0443\u043D\u043A\u0442|\u043F\u043E\u0434\u043F\u0443\u043D\u043A\u0442|\u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438|\u0433\u043B\u0430\u0432|\u0441\u0442\u0430\u0442\u044C|\u0440\u0430\u0437\u0434\u0435\u043B|\u0430\u0431\u0437\u0430\u0446|\u0447\u0430\u0441\u0442|\u043F\u0440\u0435\u0430\u043C\u0431\u0443\u043B|\u0437\u0430\u0433\u043E\u043B\u043E\u0432|\u0441\u0442\u0440\u043E\u043A|\u0433\u0440\u0430\u0444\u0430)\\p{L}*",
    otherStatus: "\u0414\u0435\u0439\u0441\u0442\u0432\u0443\u044E\u0449\u0438\u0439|\u0412\u0432\u043E\u0434\u0438\u0442\u0441\u044F\\s+\u0432\\s+\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435|\u041D\u0435\\s+\u0432\u0441\u0442\u0443\u043F\u0438\u043B\\s+\u0432\\s+\u0441\u0438\u043B\u0443|\u041D\u043E\u0432\u044B\u0439|\u041F\u0440\u0438\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D(?:\u043D\u044B\u0439)?",
    amendsPoint: "\u0412\u043D\u0435\u0441\u0442\u0438\\s+(?:(?:\u0441\u043B\u0435\u0434\u0443\u044E\u0449\u0438\u0435\\s+)?(?:\u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438[\u044F\u0435]|\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438[\u044F\u0435])(?:\\s+\u0438\\s+(?:\u0438\u0437\u043C\u0435\u043D\u0435\u043D\u0438[\u044F\u0435]|\u0434\u043E\u043F\u043E\u043B\u043D\u0435\u043D\u0438[\u044F\u0435]))?\\s+)?\u0432\\s"
  },
  kk: {
    statusBanner: "\u041A\u04AF\u0448\u0456\u043D\\s+\u0436\u043E\u0439\u0493\u0430\u043D",
    repealedBy: "\u041A\u04AF\u0448\u0456\\s+\u0436\u043E\u0439\u044B\u043B\u0434\u044B",
    amendedBy: "(?:\u04E8\u0437\u0433\u0435\u0440\u0456\u0441(?:\u0442\u0435\u0440)?|\u0422\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u0443(?:\u043B\u0430\u0440)?)(?:\\s+(?:\u043C\u0435\u043D|\u0436\u04D9\u043D\u0435)\\s+(?:\u04E9\u0437\u0433\u0435\u0440\u0456\u0441(?:\u0442\u0435\u0440)?|\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u0443(?:\u043B\u0430\u0440)?))?\\s+\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0434\u0456|\u0436\u0430\u04A3\u0430\\s+\u0440\u0435\u0434\u0430\u043A\u0446\u0438\u044F\u0434\u0430|\u0430\u043B\u044B\u043F\\s+\u0442\u0430\u0441\u0442\u0430\u043B\u0434\u044B|\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u044B\u043B\u0434\u044B",
    amendsTitle: "(?:\u04E9\u0437\u0433\u0435\u0440\u0456\u0441(?:\u0442\u0435\u0440)?|\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u0443(?:\u043B\u0430\u0440)?)(?:\\s+(?:\u043C\u0435\u043D|\u0436\u04D9\u043D\u0435)\\s+(?:\u04E9\u0437\u0433\u0435\u0440\u0456\u0441(?:\u0442\u0435\u0440)?|\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u0443(?:\u043B\u0430\u0440)?))?\\s+\u0435\u043D\u0433\u0456\u0437\u0443\\s+\u0442\u0443\u0440\u0430\u043B\u044B",
    repealsPoint: "\u043A\u04AF\u0448\u0456\\s+\u0436\u043E\u0439\u044B\u043B(?:\u0434\u044B|\u0430\u0434\u044B|\u0493\u0430\u043D)\\s+\u0434\u0435\u043F\\s+\u0442\u0430\u043D\u044B\u043B\u0441\u044B\u043D|\u043A\u04AF\u0448\u0456\u043D\\s+\u0436\u043E\u0439\u0493\u0430\u043D\\s+\u0434\u0435\u043F\\s+\u0442\u0430\u043D\u044B\u043B\u0441\u044B\u043D",
    footnote: "(?:^|\\n)\\s*\u0415\u0441\u043A\u0435\u0440\u0442\u0443\\s*\\.",
    registration: "(?:\u0434\u0435\u043F\u0430\u0440\u0442\u0430\u043C\u0435\u043D\u0442\u0456\u043D\u0434\u0435|\u0431\u0430\u0441\u049B\u0430\u0440\u043C\u0430\u0441\u044B\u043D\u0434\u0430|\u043C\u0438\u043D\u0438\u0441\u0442\u0440\u043B\u0456\u0433\u0456\u043D\u0434\u0435|\u0442\u0456\u0437\u0456\u043B\u0456\u043C\u0456\u043D\u0434\u0435)[^\\n]{0,80}?\u0442\u0456\u0440\u043A\u0435\u043B\u0434\u0456",
    preambleStart: '(?:^|\\n)\\s*(?![^\\n]{0,160}?\u0442\u0456\u0440\u043A\u0435\u043B\u0434\u0456)(?:\u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D\\s+\u0420\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u0441\u044B\u043D\u044B\u04A3|"\u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D|\xAB\u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D|\u0421\u04D9\u0439\u043A\u0435\u0441|.{0,200}?\u0431\u0430\u0441\u0448\u044B\u043B\u044B\u049B\u049B\u0430\\s+\u0430\u043B\u0430\\s+\u043E\u0442\u044B\u0440\u044B\u043F)',
    operativeVerb: "\u049A\u0410\u0423\u041B\u042B\\s+\u0415\u0422\u0415\u0414\u0406|\u0428\u0415\u0428\u0406\u041C\\s+\u049A\u0410\u0411\u042B\u041B\u0414\u0410\u0414\u042B|\u0411\u04B0\u0419\u042B\u0420\u0410\u041C\u042B\u041D|\u0428\u0415\u0428\u0422\u0406",
    entryIntoForce: [
      {
        rule: "10-days-after-first-publication",
        pattern: "\u0430\u043B\u0493\u0430\u0448(?:\u049B\u044B)?(?:\\s+\u0440\u0435\u0442)?\\s+\u0440\u0435\u0441\u043C\u0438\\s+\u0436\u0430\u0440\u0438\u044F\u043B\u0430\u043D\\p{L}*(?:\\s+\u043A\u04AF\u043D\\p{L}*)?\\s+(?:(?:\u043A\u0435\u0439\u0456\u043D|\u0431\u0430\u0441\u0442\u0430\u043F)\\s+)?(?:\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A\\s+(?:\u043E\u043D|10)|(?:\u043E\u043D|10)\\s+\u043A\u04AF\u043D\u0442\u0456\u0437\u0431\u0435\u043B\u0456\u043A)\\s+\u043A\u04AF\u043D\\s+\u04E9\u0442\u043A\u0435\u043D\\p{L}*\\s+(?:\u0441\u043E\u04A3|\u043A\u0435\u0439\u0456\u043D)"
      },
      {
        rule: "on-first-publication",
        pattern: "\u0430\u043B\u0493\u0430\u0448(?:\u049B\u044B)?(?:\\s+\u0440\u0435\u0442)?\\s+\u0440\u0435\u0441\u043C\u0438\\s+\u0436\u0430\u0440\u0438\u044F\u043B\u0430\u043D\\p{L}*(?:\\s+\u043A\u04AF\u043D\\p{L}*)?\\s+\u0431\u0430\u0441\u0442\u0430\u043F|\u0440\u0435\u0441\u043C\u0438\\s+\u0436\u0430\u0440\u0438\u044F\u043B\u0430\u043D\u0493\u0430\u043D\\s+\u043A\u04AF\u043D\\p{L}*\\s+\u0431\u0430\u0441\u0442\u0430\u043F"
      },
      {
        rule: "on-registration",
        pattern: "\u043C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A\\s+\u0442\u0456\u0440\u043A\u0435\u043B(?:\u0433\u0435\u043D|\u0443\u0456)\\s+\u043A\u04AF\u043D\\p{L}*\\s+\u0431\u0430\u0441\u0442\u0430\u043F"
      },
      {
        rule: "on-signature",
        pattern: "\u049B\u043E\u043B\\s+\u049B\u043E\u0439\u044B\u043B(?:\u0493\u0430\u043D)?\\s+\u043A\u04AF\u043D\\p{L}*\\s+\u0431\u0430\u0441\u0442\u0430\u043F"
      },
      {
        rule: "date",
        pattern: "\u0431\u0430\u0441\u0442\u0430\u043F\\s+\u049B\u043E\u043B\u0434\u0430\u043D\u044B\u0441\u049B\u0430\\s+\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0435\u0434\u0456"
      }
    ],
    entryIntoForceClause: "\u049B\u043E\u043B\u0434\u0430\u043D\u044B\u0441\u049B\u0430\\s+\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0435\u0434\u0456|\u043A\u04AF\u0448\u0456\u043D\u0435\\s+\u0435\u043D\u0435\u0434\u0456",
    takesEffect: "\u049B\u043E\u043B\u0434\u0430\u043D\u044B\u0441\u049B\u0430\\s+\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0435\u0434\u0456",
    entersIntoForce: "\u043A\u04AF\u0448\u0456\u043D\u0435\\s+\u0435\u043D\u0435\u0434\u0456",
    repealsListHeading: "(?:^|\\n)[^\\n]{0,400}?\u043A\u04AF\u0448\u0456\\s+\u0436\u043E\u0439\u044B\u043B(?:\u0493\u0430\u043D|\u0434\u044B\\s+\u0434\u0435\u043F\\s+\u0442\u0430\u043D\u044B\u043B\u0430\u0442\u044B\u043D)[^\\n]{0,200}?\u0442\u0456\u0437\u0431\u0435\u0441\u0456",
    appendixReference: "\u049B\u043E\u0441\u044B\u043C\u0448\u0430\u0493\u0430\\s+\u0441\u04D9\u0439\u043A\u0435\u0441|\u0442\u0456\u0437\u0431\u0435\u0433\u0435\\s+\u0441\u04D9\u0439\u043A\u0435\u0441|\u049B\u043E\u0441\u044B\u043C\u0448\u0430\u0441\u044B\u043D\u0430\\s+\u0441\u04D9\u0439\u043A\u0435\u0441",
    nationalIssuerPrefix: "(?:\u049A\u0430\u0437\u0430\u049B\u0441\u0442\u0430\u043D\\s+\u0420\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u0441\u044B(?:\u043D\u044B\u04A3)?|\u049A\u0420)",
    partWord: "(?<!\\p{L})(?:\u0442\u0430\u0440\u043C\u0430\u049B|\u0442\u0430\u0440\u043C\u0430\u049B\u0448\u0430|\u049B\u043E\u0441\u044B\u043C\u0448\u0430|\u0442\u0430\u0440\u0430\u0443|\u0431\u0430\u043F|\u0430\u0431\u0437\u0430\u0446|\u0431\u04E9\u043B\u0456\u043C|\u043A\u0456\u0440\u0456\u0441\u043F\u0435|\u0442\u0430\u049B\u044B\u0440\u044B\u0431|\u0436\u043E\u043B|\u0431\u0430\u0493\u0430\u043D)\\p{L}*|-(?:\u0442\u0430\u0440\u043C\u0430\u049B|\u0442\u0430\u0440\u043C\u0430\u049B\u0448\u0430|\u049B\u043E\u0441\u044B\u043C\u0448\u0430|\u0442\u0430\u0440\u0430\u0443|\u0431\u0430\u043F|\u0431\u04E9\u043B\u0456\u043C|\u0436\u043E\u043B|\u0431\u0430\u0493\u0430\u043D)\\p{L}*",
    otherStatus: "\u049A\u043E\u043B\u0434\u0430\u043D\u044B\u0441\u0442\u0430\u0493\u044B|\u049A\u043E\u043B\u0434\u0430\u043D\u044B\u0441\u049B\u0430\\s+\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0435\u0442\u0456\u043D|\u041A\u04AF\u0448\u0456\u043D\u0435\\s+\u0435\u043D\u0431\u0435\u0433\u0435\u043D|\u0416\u0430\u04A3\u0430|\u0422\u043E\u049B\u0442\u0430\u0442\u044B\u043B(?:\u0493\u0430\u043D|\u0434\u044B)",
    amendsPoint: "(?:\u04E9\u0437\u0433\u0435\u0440\u0456\u0441(?:\u0442\u0435\u0440)?|\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u0443(?:\u043B\u0430\u0440)?)(?:\\s+(?:\u043C\u0435\u043D|\u0436\u04D9\u043D\u0435)\\s+(?:\u04E9\u0437\u0433\u0435\u0440\u0456\u0441(?:\u0442\u0435\u0440)?|\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u0443(?:\u043B\u0430\u0440)?))?\\s+\u0435\u043D\u0433\u0456\u0437\u0456\u043B\u0441\u0456\u043D"
  }
};

// corpus/lexicon/reglament-sections.json
var reglament_sections_default = {
  $comment: `Landmarks of a state-service reglament (\u0440\u0435\u0433\u043B\u0430\u043C\u0435\u043D\u0442 / \u0440\u0435\u0433\u043B\u0430\u043C\u0435\u043D\u0442\u0456), per language, as regex sources (u flag; case-insensitive except 'stamp' and 'variantHeading'). Used by pipeline/structure to cut a normalized document into reglaments and sections, and by the reglament extractors. The quoted service name is matched by code (any of " \xAB \xBB \u201C \u201D \u201E).`,
  ru: {
    title: "\u0420\u0435\u0433\u043B\u0430\u043C\u0435\u043D\u0442(?!\\p{L})\\s+(?:\u043E\u043A\u0430\u0437\u0430\u043D\u0438\u044F\\s+)?(?:\u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\\p{L}*\\s+)?\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\\p{L}*\\s+\u0443\u0441\u043B\u0443\u0433\u0438\\s*",
    titleNameAfter: true,
    serviceDefinition: "^1\\s*\\.\\s*(?:(?:\u042D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u0430\u044F\\s+)?\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u0430\u044F\\s+\u0443\u0441\u043B\u0443\u0433\u0430|\u0423\u0441\u043B\u0443\u0433\u043E\u0434\u0430\u0442\u0435\u043B\\p{L}*\\s+(?:\u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439\\s+)?\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439\\s+\u0443\u0441\u043B\u0443\u0433\u0438|\u041D\u0430\u0438\u043C\u0435\u043D\u043E\u0432\u0430\u043D\u0438\u0435\\s+(?:\u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u043D\u043E\u0439\\s+)?\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439\\s+\u0443\u0441\u043B\u0443\u0433\u0438\\s*[:\u2013\u2014-]?)\\s*",
    generalSection: "(?:(?:\u0413\u043B\u0430\u0432\u0430|\u0420\u0430\u0437\u0434\u0435\u043B)\\s+)?1\\s*\\.?\\s*\u041E\u0431\u0449\u0438\u0435\\s+\u043F\u043E\u043B\u043E\u0436\u0435\u043D\u0438\u044F",
    procedureSection: "^(?:(?:\u0413\u043B\u0430\u0432\u0430|\u0420\u0430\u0437\u0434\u0435\u043B)\\s+)?2\\s*\\.?\\s*\u041E\u043F\u0438\u0441\u0430\u043D\u0438\u0435\\s+\u043F\u043E\u0440\u044F\u0434\u043A\u0430\\s+\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0439",
    participantsSection: "^(?:(?:\u0413\u043B\u0430\u0432\u0430|\u0420\u0430\u0437\u0434\u0435\u043B)\\s+)?3\\s*\\.?\\s*\u041E\u043F\u0438\u0441\u0430\u043D\u0438\u0435\\s+\u043F\u043E\u0440\u044F\u0434\u043A\u0430\\s+\u0432\u0437\u0430\u0438\u043C\u043E\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044F",
    laterSection: "^(?:(?:\u0413\u043B\u0430\u0432\u0430|\u0420\u0430\u0437\u0434\u0435\u043B)\\s+)?[4-9]\\s*\\.?\\s*(?:\u041E\u043F\u0438\u0441\u0430\u043D\u0438\u0435\\s+\u043F\u043E\u0440\u044F\u0434\u043A\u0430|\u0418\u043D\u044B\u0435\\s+\u0442\u0440\u0435\u0431\u043E\u0432\u0430\u043D\u0438\u044F|\u041E\u0441\u043E\u0431\u0435\u043D\u043D\u043E\u0441\u0442\u0438)",
    procedurePoint: "(?:\u0421\u043E\u0434\u0435\u0440\u0436\u0430\u043D\u0438\u0435|\u041E\u043F\u0438\u0441\u0430\u043D\u0438\u0435)\\s+(?:\u043A\u0430\u0436\u0434\u043E\u0439\\s+)?\u043F\u0440\u043E\u0446\u0435\u0434\u0443\u0440",
    participantsPoint: "\u041F\u0435\u0440\u0435\u0447\u0435\u043D\u044C\\s+(?:\u0441\u0442\u0440\u0443\u043A\u0442\u0443\u0440\u043D\u044B\u0445\\s+\u043F\u043E\u0434\u0440\u0430\u0437\u0434\u0435\u043B\u0435\u043D\u0438\u0439|\u0440\u0430\u0431\u043E\u0442\u043D\u0438\u043A\u043E\u0432|\u0441\u043E\u0442\u0440\u0443\u0434\u043D\u0438\u043A\u043E\u0432|\u0434\u043E\u043B\u0436\u043D\u043E\u0441\u0442\u043D\u044B\u0445)",
    termPoint: "\u0421\u0440\u043E\u043A\\p{L}*\\s+\u043E\u043A\u0430\u0437\u0430\u043D\u0438\u044F",
    termNotAStatement: "\u043F\u0440\u043E\u0434\u043B\u0435\u0432\u0430|\u043F\u0440\u0438\u043E\u0441\u0442\u0430\u043D\u0430\u0432\u043B\u0438\u0432\u0430|\u043D\u0435\\s+\u0432\u0445\u043E\u0434\u0438\u0442",
    termWait: "\u0432\u0440\u0435\u043C\u044F\\s+\u043E\u0436\u0438\u0434\u0430\u043D\u0438\u044F",
    termService: "\u0432\u0440\u0435\u043C\u044F\\s+\u043E\u0431\u0441\u043B\u0443\u0436\u0438\u0432\u0430\u043D\u0438\u044F",
    stamp: "[\u0423\u0443]\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043D\\p{L}*\\s+(?:\u043F\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0438\u0435\u043C|\u0440\u0435\u0448\u0435\u043D\u0438\u0435\u043C|\u043F\u0440\u0438\u043A\u0430\u0437\u043E\u043C)[^\u2116]{0,300}?\u2116\\s*[\\p{L}\\d/-]+",
    appendix: "\u041F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u0435\\s*(?:\u2116\\s*)?(\\d+)?\\s+\u043A\\s+(?:\u043F\u043E\u0441\u0442\u0430\u043D\u043E\u0432\u043B\u0435\u043D\u0438\u044E|\u0440\u0435\u0448\u0435\u043D\u0438\u044E|\u043F\u0440\u0438\u043A\u0430\u0437\u0443)",
    variantHeading: "^(?:\u041F\u0440\u0438|\u043F\u0440\u0438|\u0412\\s+\u0441\u043B\u0443\u0447\u0430\u0435|\u0432\\s+\u0441\u043B\u0443\u0447\u0430\u0435|\u0427\u0435\u0440\u0435\u0437|\u0447\u0435\u0440\u0435\u0437)\\s.{3,200}:$",
    stepMarker: '^["\xAB\xBB\u201C\u201D\u201E]?\\s?(?:(\\d{1,2})\\s*\\)|\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435\\s+(\\d{1,2})\\s*[:\u2013\u2014.-]|\u043F\u0440\u043E\u0446\u0435\u0434\u0443\u0440\u0430(?:\\s*\\(\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u0435\\))?\\s+(\\d{1,2})\\s*[:\u2013\u2014.-])\\s*',
    effectNewWording: "\u0438\u0437\u043B\u043E\u0436\u0438\u0442\u044C\\s+\u0432\\s+(?:\u043D\u043E\u0432\u043E\u0439\\s+)?\u0440\u0435\u0434\u0430\u043A\u0446\u0438\u0438",
    effectAdded: "\u0434\u043E\u043F\u043E\u043B\u043D\u0438\u0442\u044C",
    effectApproved: "\u0423\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044C",
    appendixRef: "\u043F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\\p{L}*\\s+(?:((?:\\d+\\s*(?:,|\u0438|[\u2013\u2014-])\\s*)*\\d+)\\s+)?\u043A\\s+\u043D\u0430\u0441\u0442\u043E\u044F\u0449\u0435\u043C\u0443",
    alternatives: "\\s(?:\u0438\u043B\u0438|\u043B\u0438\u0431\u043E)\\s|,\\s",
    reglamentWord: "\u0440\u0435\u0433\u043B\u0430\u043C\u0435\u043D\u0442",
    editorialNote: "^(?:\u0421\u043D\u043E\u0441\u043A\u0430|\u041F\u0440\u0438\u043C\u0435\u0447\u0430\u043D\u0438\u0435\\s+(?:\u0420\u0426\u041F\u0418|\u0418\u0417\u041F\u0418))\\s*[.!]"
  },
  kk: {
    title: "\\s*(?:\u043C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A\\s+)?(?:\u044D\u043B\u0435\u043A\u0442\u0440\u043E\u043D\u0434\u044B\u049B\\s+)?(?:\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D\\s+)?\u049B\u044B\u0437\u043C\u0435\u0442(?:\u0442\u0456|\u0442\u0456\u04A3)?\\s+(?:\u043A\u04E9\u0440\u0441\u0435\u0442\u0443\\s+)?\u0440\u0435\u0433\u043B\u0430\u043C\u0435\u043D\u0442[\u0456i](?!\\p{L})",
    titleNameAfter: false,
    serviceDefinition: "^1\\s*\\.\\s*",
    serviceDefinitionAfter: "^\\s*(?:\u043C\u0435\u043C\u043B\u0435\u043A\u0435\u0442\u0442\u0456\u043A\\s+)?(?:\u043A\u04E9\u0440\u0441\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D\\s+)?\u049B\u044B\u0437\u043C\u0435\u0442",
    generalSection: "(?:1\\s*-\\s*(?:\u0442\u0430\u0440\u0430\u0443|\u0431\u04E9\u043B\u0456\u043C)\\s*\\.?|1\\s*\\.)\\s*\u0416\u0430\u043B\u043F\u044B\\s+\u0435\u0440\u0435\u0436\u0435\u043B\u0435\u0440",
    procedureSection: "^(?:2\\s*-\\s*(?:\u0442\u0430\u0440\u0430\u0443|\u0431\u04E9\u043B\u0456\u043C)|2\\s*\\.)\\s*.{0,250}\u0456\u0441-\u049B\u0438\u043C\u044B\u043B\\p{L}*\\s+\u0442\u04D9\u0440\u0442\u0456\u0431\u0456\u043D\\s+\u0441\u0438\u043F\u0430\u0442\u0442\u0430\u0443",
    participantsSection: "^(?:3\\s*-\\s*(?:\u0442\u0430\u0440\u0430\u0443|\u0431\u04E9\u043B\u0456\u043C)|3\\s*\\.)\\s*.{0,250}\u04E9\u0437\u0430\u0440\u0430\\s+\u0456\u0441-\u049B\u0438\u043C\u044B\u043B",
    laterSection: "^(?:[4-9]\\s*-\\s*(?:\u0442\u0430\u0440\u0430\u0443|\u0431\u04E9\u043B\u0456\u043C)|[4-9]\\s*\\.)\\s*.{0,250}(?:\u0442\u04D9\u0440\u0442\u0456\u0431\u0456\u043D\\s+\u0441\u0438\u043F\u0430\u0442\u0442\u0430\u0443|\u0442\u0430\u043B\u0430\u043F\u0442\u0430\u0440|\u0435\u0440\u0435\u043A\u0448\u0435\u043B\u0456\u043A\u0442\u0435\u0440\u0456)",
    procedurePoint: "(?:\u0440\u04D9\u0441\u0456\u043C(?:\u043D\u0456\u04A3|\u0434\u0435\u0440\u0434\u0456\u04A3)|\u0456\u0441-\u049B\u0438\u043C\u044B\u043B(?:\u0434\u044B\u04A3|\u0434\u0430\u0440\u0434\u044B\u04A3))\\s*(?:\\(\\s*\u0456\u0441-\u049B\u0438\u043C\u044B\u043B(?:\u0434\u044B\u04A3|\u0434\u0430\u0440\u0434\u044B\u04A3)\\s*\\)\\s*)?\u043C\u0430\u0437\u043C\u04B1\u043D\u044B",
    participantsPoint: "\u0442\u0456\u0437\u0431\u0435\u0441\u0456",
    termPoint: "\u043A\u04E9\u0440\u0441\u0435\u0442\u0443\\s+\u043C\u0435\u0440\u0437\u0456\u043C(?:\u0456|\u0434\u0435\u0440\u0456)",
    termNotAStatement: "\u04B1\u0437\u0430\u0440\u0442\u044B\u043B|\u0442\u043E\u049B\u0442\u0430\u0442\u044B\u043B|\u043A\u0456\u0440\u043C\u0435\u0439\u0434\u0456",
    termWait: "\u043A\u04AF\u0442\u0443\u0434\u0456\u04A3|\u043A\u04AF\u0442\u0443\\s+\u0443\u0430\u049B\u044B\u0442\u044B",
    termService: "(?:\u049B\u044B\u0437\u043C\u0435\u0442\\s+\u043A\u04E9\u0440\u0441\u0435\u0442\u0443\\p{L}*|\u049B\u044B\u0437\u043C\u0435\u0442\\s+\u043A\u04E9\u0440\u0441\u0435\u0442\u0443\u0456\u043D\u0456\u04A3)\\s+\u0440\u04B1\u049B\u0441\u0430\u0442\\s+(?:\u0435\u0442\u0456\u043B\u0433\u0435\u043D|\u0435\u0442\u0456\u043B\u0435\u0442\u0456\u043D|\u0431\u0435\u0440\u0456\u043B\u0433\u0435\u043D)\\s+\u0435\u04A3\\s+\u04B1\u0437\u0430\u049B",
    stamp: "(?:(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:\u043E\u0431\u043B\u044B\u0441|\u049B\u0430\u043B\u0430|\u0430\u0443\u0434\u0430\u043D)\\p{L}*\\s+)?\\p{L}*(?:[\u04D8\u04D9]\u043A\u0456\u043C\u0434\u0456\u0433|[\u04D8\u04D9]\u043A\u0456\u043C\u0434\u0456\u043A\u0442|[\u041C\u043C]\u04D9\u0441\u043B\u0438\u0445\u0430\u0442|[\u04D8\u04D9]\u043A\u0456\u043C|\u04AE\u043A\u0456\u043C\u0435\u0442|[\u041C\u043C]\u0438\u043D\u0438\u0441\u0442\u0440)\\p{L}*\\s+\\d{4}\\s+\u0436\u044B\u043B\u0493\u044B\\s+[^\u2116\\n]{1,40}?\u2116\\s*[\\p{L}\\d/-]+\\s+(?:\u049B\u0430\u0443\u043B\u044B\u0441\u044B\u043C\u0435\u043D|\u0448\u0435\u0448\u0456\u043C\u0456\u043C\u0435\u043D|\u0431\u04B1\u0439\u0440\u044B\u0493\u044B\u043C\u0435\u043D)\\s+\u0431\u0435\u043A\u0456\u0442\u0456\u043B\u0433\u0435\u043D",
    appendix: "(?:\u049B\u0430\u0443\u043B\u044B\u0441\u044B\u043D\u0430|\u0448\u0435\u0448\u0456\u043C\u0456\u043D\u0435|\u0431\u04B1\u0439\u0440\u044B\u0493\u044B\u043D\u0430)\\s+(?:(\\d+)\\s*-?\\s*)?\u049B\u043E\u0441\u044B\u043C\u0448\u0430",
    variantHeading: "^.{3,200}(?:\u043A\u0435\u0437\u0434\u0435|\u0436\u0430\u0493\u0434\u0430\u0439\u0434\u0430|\u043A\u0435\u0437\u0456\u043D\u0434\u0435)\\s*:$",
    stepMarker: '^["\xAB\xBB\u201C\u201D\u201E]?\\s?(?:(\\d{1,2})\\s*\\)|(\\d{1,2})\\s*-\\s*\u0456\u0441-\u049B\u0438\u043C\u044B\u043B\\s*[\u2013\u2014.-]?)\\s*',
    effectNewWording: "\u0440\u0435\u0434\u0430\u043A\u0446\u0438\u044F\u0434\u0430\\s+\u0436\u0430\u0437\u044B\u043B\u0441\u044B\u043D",
    effectAdded: "\u0442\u043E\u043B\u044B\u049B\u0442\u044B\u0440\u044B\u043B\u0441\u044B\u043D",
    effectApproved: "\u0431\u0435\u043A\u0456\u0442\u0456\u043B\u0441\u0456\u043D",
    appendixRef: "\u043E\u0441\u044B\\s+\u049B\u0430\u0443\u043B\u044B\\p{L}*\\s+(?:((?:\\d+\\s*(?:,|\u0436\u04D9\u043D\u0435|[\u2013\u2014-](?!\\s*\u049B\u043E\u0441\u044B\u043C\u0448\u0430))\\s*)*\\d+)\\s*-?\\s*)?\u049B\u043E\u0441\u044B\u043C\u0448\u0430",
    alternatives: "\\s(?:\u043D\u0435\u043C\u0435\u0441\u0435|\u043D\u0435)\\s|,\\s",
    reglamentWord: "\u0440\u0435\u0433\u043B\u0430\u043C\u0435\u043D\u0442",
    editorialNote: "^(?:\u0415\u0441\u043A\u0435\u0440\u0442\u0443|(?:\u0420\u049A\u0410\u041E|\u0417\u049A\u0410\u0418)-\u043D\u044B\u04A3\\s+\u0435\u0441\u043A\u0435\u0440\u0442\u043F\u0435\u0441\u0456)\\s*[.!]"
  }
};

// pipeline/extract/common/lexicon.ts
var LexiconError = class extends Error {
  constructor(file, reason) {
    super(`corpus/lexicon/${file}: ${reason}`);
    this.name = "LexiconError";
  }
};
function loadLexicon(file, schema, data) {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LexiconError(file, `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}
function lazy(make) {
  let value;
  return () => value ??= make();
}
var unitsLexicon = lazy(() => loadLexicon("units.json", UnitsLexicon, units_default));
var numeralsLexicon = lazy(() => loadLexicon("numerals.json", NumeralsLexicon, numerals_default));
var channelsLexicon = lazy(() => loadLexicon("channels.json", ChannelsLexicon, channels_default));
var rolesLexicon = lazy(() => loadLexicon("roles.json", RolesLexicon, roles_default));
var reglamentSectionsLexicon = lazy(() => loadLexicon("reglament-sections.json", ReglamentSectionsLexicon, reglament_sections_default));
var monthsLexicon = lazy(() => loadLexicon("months.json", MonthsLexicon, months_default));
var regionsLexicon = lazy(() => loadLexicon("regions.json", RegionsLexicon, regions_default));
var actsLexicon = lazy(() => loadLexicon("acts.json", ActsLexicon, acts_default));
var actHeaderLexicon = lazy(() => loadLexicon("act-header.json", ActHeaderLexicon, act_header_default));

// pipeline/extract/common/dates.ts
function monthFromWord(word, lang) {
  const w = word.toLowerCase();
  let best = null;
  let len = 0;
  for (const [stem, month] of monthsLexicon()[lang]) {
    if (w.startsWith(stem) && stem.length > len) {
      best = month;
      len = stem.length;
    }
  }
  return best;
}
function isoDate(year, month, day) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
var NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;
function numericDates(window, offset) {
  const out = [];
  for (const m of window.matchAll(NUMERIC_DATE)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) out.push(annotate(iso, offset + m.index, offset + m.index + m[0].length));
  }
  return out;
}
function findDatesWith(text2, start, end, lang, regex, parts) {
  const window = text2.slice(start, end);
  const out = [];
  for (const m of window.matchAll(regex)) {
    const [year, monthWord, day] = parts(m);
    const month = monthFromWord(monthWord, lang);
    const iso = month ? isoDate(Number(year), month, Number(day)) : null;
    if (iso) out.push(annotate(iso, start + m.index, start + m.index + m[0].length));
  }
  out.push(...numericDates(window, start));
  return out.sort((a, b) => a.start - b.start);
}

// pipeline/extract/ru/dates.ts
var WORD_DATE = new RegExp('(?<![\\d.])[\xAB"]?(\\d{1,2})[\xBB"]?\\s+(\\p{L}+)\\s+(\\d{4})(?:\\s*(?:\u0433\u043E\u0434\u0430|\u0433\\.))?', "gu");
function findDates(text2, start = 0, end = text2.length) {
  return findDatesWith(text2, start, end, "ru", WORD_DATE, (m) => [m[3], m[2], m[1]]);
}

// pipeline/extract/act/vocabulary.ts
var escape2 = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
function stemRegex(stems) {
  const sorted = [...stems].sort((a, b) => b.length - a.length).map(escape2);
  return new RegExp(`(?<![\\p{L}\\d])(?:${sorted.join("|")})\\p{L}*`, "giu");
}
function table2(entries) {
  const lookup = entries.flatMap((e) => e.stems.map((stem) => ({ stem: stem.toLowerCase().replace(/\s+/g, " "), value: e.value })));
  lookup.sort((a, b) => b.stem.length - a.stem.length);
  return { regex: stemRegex(lookup.map((l) => l.stem)), lookup };
}
var cache = /* @__PURE__ */ new Map();
function cached(key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}
var kinds = (lang) => cached(`kinds-${lang}`, () => table2(actsLexicon().kinds.map((k) => ({ value: k.kind, stems: k[lang] }))));
var issuers = (lang) => cached(`issuers-${lang}`, () => table2(actsLexicon().issuers.map((k) => ({ value: k.issuer, stems: k[lang] }))));
var regions = (lang) => cached(`regions-${lang}`, () => table2(regionsLexicon().regions.map((r) => ({ value: r.id, stems: r[lang] }))));
function findAll(t, text2, start, end) {
  const out = [];
  const window = text2.slice(start, end);
  t.regex.lastIndex = 0;
  for (const m of window.matchAll(t.regex)) {
    const word = m[0].toLowerCase().replace(/\s+/g, " ");
    const hit = t.lookup.find((l) => word.startsWith(l.stem));
    if (hit) out.push({ value: hit.value, start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}
var findKinds = (text2, start, end, lang) => findAll(kinds(lang), text2, start, end);
var findIssuers = (text2, start, end, lang) => findAll(issuers(lang), text2, start, end);
var DISTRICT_AFTER = /^\s*(?:район|ауда)/iu;
var findRegions = (text2, start, end, lang) => {
  const other = lang === "ru" ? "kk" : "ru";
  return [...findAll(regions(lang), text2, start, end), ...findAll(regions(other), text2, start, end)].filter((r) => !DISTRICT_AFTER.test(text2.slice(r.end, r.end + 12))).sort((a, b) => a.start - b.start);
};
var NATIONAL_ISSUERS = /* @__PURE__ */ new Set(["government", "ministry"]);
var NUMBER_AFTER = new RegExp("^\\s*(?:\u2116|N(?=\\s*\\d))\\s*((?:\\p{Lu}{2,}\\s+(?=[\\p{L}\\d/-]*\\d))*[\\p{L}\\d]+(?:\\s*[-/]\\s*[\\p{L}\\d]+)*)", "u");
var REGISTRATION_BEFORE = new RegExp("\u0437\u0430\u0440\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0440\\p{L}*[^.;()\\n]*$", "iu");
var REGISTRATION_AFTER = /^\s*(?:болып\s+)?тіркел/iu;
var NEWSPAPER_ISSUE_AFTER = /^\s*\(\s*\d{3,}\s*\)/u;
var cleanNumber = (raw) => raw.replace(/\s+/g, "").replace(new RegExp("(?<=\\d)\\p{Ll}{3,}$", "u"), "");
function listGap(text2, from, to) {
  if (to - from > 600) return false;
  const gap = text2.slice(from, to).replace(/\([^()]*\)/gu, "");
  return gap.length < 40 && !new RegExp("[.]\\s+\\p{Lu}|\\n", "u").test(gap);
}
function displacedNumber(text2, dateEnd, end) {
  const paren = /^\s*\(([^()\n]{0,400})\)/u.exec(text2.slice(dateEnd, Math.min(end, dateEnd + 420)));
  if (!paren || !/(вводится|вступает|қолданысқа|күшіне)/iu.test(paren[1])) return null;
  const at = paren[1].search(/№|N(?=\s*\d)/u);
  if (at < 0) return null;
  const num = NUMBER_AFTER.exec(paren[1].slice(at));
  return num ? cleanNumber(num[1]) : null;
}

// pipeline/extract/ru/act-references.ts
var LOOKBACK = 260;
function findActReferences(text2, start, end, context = {}) {
  const out = [];
  let previousEnd = start;
  let previous = null;
  for (const d of findDates(text2, start, end)) {
    const after = NUMBER_AFTER.exec(text2.slice(d.end, Math.min(end, d.end + 40)));
    const before = text2.slice(Math.max(start, d.start - 4), d.start);
    if (!after && !/от\s*$/u.test(before)) continue;
    if (after && NEWSPAPER_ISSUE_AFTER.test(text2.slice(d.end + after[0].length, d.end + after[0].length + 20))) continue;
    const from = Math.max(previousEnd, d.start - LOOKBACK, start);
    if (REGISTRATION_BEFORE.test(text2.slice(from, d.start))) continue;
    const kinds2 = findKinds(text2, from, d.start, "ru");
    const kind = kinds2.at(-1);
    if (kind?.value === "law" && !findIssuers(text2, kind.start, d.start, "ru").length) continue;
    const issuers2 = findIssuers(text2, kind ? kind.start : from, d.start, "ru");
    const issuer = issuers2[0];
    const inherited = !issuer && previous && listGap(text2, previous.end, d.start) ? previous : null;
    if (!issuer && !inherited && !context.issuer) continue;
    let regions2 = findRegions(text2, issuer ? issuer.end : from, d.start, "ru");
    if (regions2.length === 0 && issuer) regions2 = findRegions(text2, kind ? kind.end : from, issuer.start, "ru").slice(-1);
    const issuerId = issuer?.value ?? inherited?.issuer ?? context.issuer ?? null;
    const national = issuerId !== null && NATIONAL_ISSUERS.has(issuerId);
    const region = national ? null : regions2.at(-1)?.value ?? (inherited ? inherited.region : context.region) ?? null;
    const number = after ? cleanNumber(after[1]) : displacedNumber(text2, d.end, end);
    const refEnd = after ? d.end + after[0].length : d.end;
    const ref = { kind: kind?.value ?? inherited?.kind ?? null, issuer: issuerId, region, date: d.value, number, key: null };
    ref.key = national || region ? actKey(ref) : null;
    out.push({ value: ref, start: kind?.start ?? issuer?.start ?? d.start, end: refEnd });
    previous = { ...ref, end: refEnd };
    previousEnd = refEnd;
  }
  return out;
}

// pipeline/extract/kk/dates.ts
var WORD_DATE2 = new RegExp('(?<!\\d)(\\d{4})\\s*(?:\u0436\\.|\u0436\u044B\u043B\u0493\u044B|\u0436\u044B\u043B\u044B|\u0436\u044B\u043B)\\s+[\xAB"]?(\\d{1,2})[\xBB"]?\\s*-?\\s*(\\p{L}+)', "gu");
function findDates2(text2, start = 0, end = text2.length) {
  return findDatesWith(text2, start, end, "kk", WORD_DATE2, (m) => [m[1], m[3], m[2]]);
}

// pipeline/extract/kk/act-references.ts
var LOOKBACK2 = 160;
var KIND_AFTER = new RegExp('^\\s*(?:["\xAB\u201C][^\\n]{0,400}?["\xBB\u201D]\\s*)?(?=\\p{L})', "u");
function findActReferences2(text2, start, end, context = {}) {
  const out = [];
  const dates = findDates2(text2, start, end);
  let previousEnd = start;
  let previous = null;
  dates.forEach((d, i) => {
    const after = NUMBER_AFTER.exec(text2.slice(d.end, Math.min(end, d.end + 40)));
    const from = Math.max(previousEnd, d.start - LOOKBACK2, start);
    const issuers2 = findIssuers(text2, from, d.start, "kk");
    const issuer = issuers2.at(-1);
    if (!issuer && !after) return;
    const inherited = !issuer && previous && listGap(text2, previous.end, d.start) ? previous : null;
    if (!issuer && !inherited && !context.issuer) return;
    const regionFrom = issuer ? Math.max(from, issuer.start - 80) : from;
    const regions2 = findRegions(text2, regionFrom, issuer ? issuer.start : d.start, "kk").slice(-1);
    const numberEnd = after ? d.end + after[0].length : d.end;
    if (REGISTRATION_AFTER.test(text2.slice(numberEnd, numberEnd + 30))) return;
    if (after && NEWSPAPER_ISSUE_AFTER.test(text2.slice(numberEnd, numberEnd + 20))) return;
    const limit = Math.min(end, dates[i + 1]?.start ?? end, numberEnd + 420);
    let kind = null;
    const lead = KIND_AFTER.exec(text2.slice(numberEnd, limit));
    if (lead) {
      const k = findKinds(text2, numberEnd + lead[0].length, Math.min(limit, numberEnd + lead[0].length + 30), "kk")[0];
      if (k && k.start === numberEnd + lead[0].length) kind = k;
    }
    const issuerId = issuer?.value ?? inherited?.issuer ?? context.issuer ?? null;
    const national = issuerId !== null && NATIONAL_ISSUERS.has(issuerId);
    const region = national ? null : regions2[0]?.value ?? (inherited ? inherited.region : context.region) ?? null;
    const ref = { kind: kind?.value ?? inherited?.kind ?? null, issuer: issuerId, region, date: d.value, number: after ? cleanNumber(after[1]) : displacedNumber(text2, d.end, end), key: null };
    ref.key = national || region ? actKey(ref) : null;
    if (kind?.value === "law" && !issuer) return;
    let refStart = regions2[0]?.start ?? issuer?.start ?? d.start;
    if (national && issuer) {
      const before = text2.slice(Math.max(from, issuer.start - 150), issuer.start);
      const prefix = [...before.matchAll(new RegExp(actHeaderLexicon().kk.nationalIssuerPrefix, "giu"))].find((p) => !/[.;\n]/u.test(before.slice(p.index + p[0].length)));
      if (prefix) refStart = issuer.start - before.length + prefix.index;
    }
    const refEnd = kind ? kind.end : numberEnd;
    out.push({ value: ref, start: refStart, end: refEnd });
    previous = { ...ref, end: numberEnd };
    previousEnd = numberEnd;
  });
  return out;
}

// pipeline/extract/act/text.ts
function findActReferences3(text2, lang, start = 0, end = text2.length, context = {}) {
  return lang === "kk" ? findActReferences2(text2, start, end, context) : findActReferences(text2, start, end, context);
}
function findDates3(text2, lang, start = 0, end = text2.length) {
  return lang === "kk" ? findDates2(text2, start, end) : findDates(text2, start, end);
}
var rx = (source, flags = "iu") => new RegExp(source, flags);
function paragraphAt(text2, i) {
  const s = text2.lastIndexOf("\n", i - 1) + 1;
  const e = text2.indexOf("\n", i);
  return [s, e < 0 ? text2.length : e];
}
function sentenceStart(text2, at) {
  const [ps] = paragraphAt(text2, at);
  const stops = [...text2.slice(ps, at).matchAll(/\.\s/gu)];
  return stops.length ? ps + stops.at(-1).index + 1 : ps;
}

// pipeline/extract/act/relations.ts
function extractRelations(doc, self, actLineEnd, zoneEnd, titleEnd, context) {
  const { text: text2, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  const add = (type, ref, info) => {
    if (!ref.value.key || ref.value.key === self) return;
    const id = `${type}|${ref.value.key}`;
    const existing = seen.get(id);
    if (existing) {
      if (info && existing.targetInfo) Object.assign(existing.targetInfo, Object.fromEntries(Object.entries(info).filter(([, v]) => v != null)));
      return;
    }
    const rel = {
      type,
      target: ref.value.key,
      evidence: doc.span(ref.start, ref.end),
      targetInfo: { key: ref.value.key, title: null, registrationNumber: null, publicationDate: null, entryIntoForce: null, ...info }
    };
    seen.set(id, rel);
    out.push(rel);
  };
  const title = text2.slice(0, titleEnd);
  if (rx(phrases.amendsTitle).test(title)) {
    for (const r of findActReferences3(text2, lang, 0, titleEnd, context)) add("amends", r, amendedActInfo(doc, r, context));
  }
  const notesEnd = footnotesEnd(doc, zoneEnd);
  const repealed = rx(phrases.repealedBy, "giu");
  const partRepeals = [];
  for (const m of text2.slice(actLineEnd, notesEnd).matchAll(repealed)) {
    const at = actLineEnd + m.index;
    if (isPartNote(text2, lang, at)) {
      partRepeals.push(at);
      continue;
    }
    const [, pe] = paragraphAt(text2, at);
    const ref = findActReferences3(text2, lang, at, Math.min(pe, at + 400), context)[0];
    if (!ref || ref.start - at > 80) continue;
    const entry = entryRuleNear(text2, lang, ref.end, Math.min(pe, ref.end + 300));
    add("repealed-by", ref, entry ? { entryIntoForce: entry } : void 0);
  }
  const amended = rx(phrases.amendedBy, "giu");
  const deepNotes = rx(phrases.footnote, "giu");
  const noteStarts = [...text2.slice(actLineEnd, notesEnd).matchAll(amended)].map((m) => actLineEnd + m.index);
  for (const n of text2.slice(notesEnd).matchAll(deepNotes)) {
    const [ps, pe] = paragraphAt(text2, notesEnd + n.index + n[0].length - 1);
    for (const m of text2.slice(ps, pe).matchAll(amended)) noteStarts.push(ps + m.index);
    for (const m of text2.slice(ps, pe).matchAll(repealed)) if (isPartNote(text2, lang, ps + m.index)) partRepeals.push(ps + m.index);
  }
  for (const at of [...noteStarts, ...partRepeals].sort((x, y) => x - y)) {
    const [, pe] = paragraphAt(text2, at);
    const sentenceEnd = text2.slice(at, pe).search(new RegExp("\\.\\s+\\p{Lu}|\\n", "u"));
    const end = sentenceEnd > 0 ? at + sentenceEnd + 1 : pe;
    const from = lang === "kk" ? sentenceStart(text2, at) : at;
    for (const r of findActReferences3(text2, lang, from, end, context)) add("amended-by", r);
  }
  const amendsPoint = rx(phrases.amendsPoint, "giu");
  for (const m of text2.slice(zoneEnd).matchAll(amendsPoint)) {
    const at = zoneEnd + m.index;
    const [ps, pe] = paragraphAt(text2, at);
    if (!/^\s*\d{1,3}\.\s/u.test(text2.slice(ps, pe))) continue;
    const named = outsideTitles(text2, ps, findActReferences3(text2, lang, ps, pe, context));
    for (const r of named) add("amends", r, amendedActInfo(doc, r, context));
    if (named.length === 0 && /:\s*$/u.test(text2.slice(ps, pe))) {
      for (const [is, ie] of subpointsAfter(text2, pe)) {
        const first = outsideTitles(text2, is, findActReferences3(text2, lang, ps, ie, context).filter((r) => r.end > is))[0];
        if (first) add("amends", first, amendedActInfo(doc, first, context));
      }
    }
  }
  const repeals = rx(phrases.repealsPoint, "giu");
  for (const m of text2.slice(zoneEnd).matchAll(repeals)) {
    const at = zoneEnd + m.index;
    const [ps, pe] = paragraphAt(text2, at);
    for (const r of outsideTitles(text2, ps, findActReferences3(text2, lang, ps, pe, context))) add("repeals", r);
    if (/:\s*$/u.test(text2.slice(ps, pe))) {
      for (const [is, ie] of subpointsAfter(text2, pe)) {
        const first = outsideTitles(text2, is, findActReferences3(text2, lang, ps, ie, context).filter((r) => r.end > is))[0];
        if (first) add("repeals", first);
      }
    }
    if (rx(phrases.appendixReference).test(text2.slice(ps, pe))) {
      for (const [is, ie] of appendixListItems(text2, lang, pe)) {
        const first = outsideTitles(text2, is, findActReferences3(text2, lang, is, ie, context))[0];
        if (first) add("repeals", first);
      }
    }
  }
  return out;
}
function outsideTitles(text2, from, refs) {
  return refs.filter((r) => {
    const before = text2.slice(from, r.start);
    const count = (c) => before.split(c).length - 1;
    return count('"') % 2 === 0 && count("\xAB") <= count("\xBB") && count("\u201C") <= count("\u201D") + count("\u201E");
  });
}
function subpointsAfter(text2, pe) {
  const out = [];
  let s = pe + 1;
  while (s < text2.length) {
    const e = text2.indexOf("\n", s) < 0 ? text2.length : text2.indexOf("\n", s);
    if (!/^\s*\d{1,3}\)/u.test(text2.slice(s, e))) break;
    out.push([s, e]);
    s = e + 1;
  }
  return out;
}
function appendixListItems(text2, lang, from) {
  const heading2 = rx(actHeaderLexicon()[lang].repealsListHeading, "giu");
  heading2.lastIndex = from;
  const h = heading2.exec(text2);
  if (!h) return [];
  const out = [];
  let s = paragraphAt(text2, h.index + h[0].length)[1] + 1;
  while (s < text2.length) {
    const e = text2.indexOf("\n", s) < 0 ? text2.length : text2.indexOf("\n", s);
    const line = text2.slice(s, e);
    if (/^\s*\d{1,3}[.)]/u.test(line)) out.push([s, e]);
    else if (out.length > 0) break;
    s = e + 1;
  }
  return out;
}
function footnotesEnd(doc, zoneEnd) {
  const { text: text2, language: lang } = doc;
  const footnote = rx(actHeaderLexicon()[lang].footnote, "giu");
  let end = zoneEnd;
  for (const m of text2.matchAll(footnote)) {
    if (m.index > zoneEnd + 2e3) break;
    end = Math.max(end, paragraphAt(text2, m.index + 1)[1]);
  }
  return end;
}
function entryRuleNear(text2, lang, start, end) {
  const window = text2.slice(start, end).replace(/\s№\s*[\p{L}\d]+(?:[-/][\p{L}\d]+)*/gu, "");
  for (const { rule, pattern } of actHeaderLexicon()[lang].entryIntoForce) {
    const hit = rx(pattern).exec(window);
    if (!hit) continue;
    if (rule !== "date") return rule;
    const at = start + hit.index;
    const dates = findDates3(text2, lang, start, end);
    const near = lang === "kk" ? dates.filter((d) => d.end <= at + 3).at(-1) : dates.find((d) => d.start >= at);
    if (near) return `date:${near.value}`;
  }
  return null;
}
function isPartNote(text2, lang, at) {
  const [ps] = paragraphAt(text2, at);
  if (/^["«»“”„]?\d{1,3}\s?[.)]\s*$/u.test(text2.slice(ps, at))) return true;
  let from = sentenceStart(text2, at);
  const note = rx(actHeaderLexicon()[lang].footnote).exec("\n" + text2.slice(ps, at));
  if (note && ps + note.index + note[0].length - 1 > from) from = ps + note.index + note[0].length - 1;
  return rx(actHeaderLexicon()[lang].partWord).test(text2.slice(from, at));
}
function amendedActInfo(doc, ref, context) {
  const { text: text2, language: lang } = doc;
  const info = {};
  const titleMatch = new RegExp('^\\s*["\xAB\u201C]([^\\n]*?)["\xBB\u201D](?=\\s*(?:\\(|\\p{L}{4,}))', "u").exec(text2.slice(ref.end, ref.end + 400));
  if (titleMatch) info.title = titleMatch[1].replace(/\s+/g, " ").trim();
  for (const again of findActReferences3(text2, lang, ref.start, Math.min(text2.length, ref.end + 2e4), context)) {
    if (again.value.key !== ref.value.key) continue;
    const tail = text2.slice(again.end, again.end + 600);
    const open = tail.indexOf("(");
    if (open < 0 || open > 300) continue;
    const close = tail.indexOf(")", open);
    const paren = tail.slice(open + 1, close < 0 ? void 0 : close);
    const parenStart = again.end + open + 1;
    if (!/(Реестр|тізілім|регистрац|тіркел|опубликован|жарияланған)/iu.test(paren)) continue;
    const num = /(?:№|N(?=\s*\d))\s*([\p{L}\d]+(?:[-/][\p{L}\d]+)*)/u.exec(paren);
    if (num && /(Реестр|тізілім|регистрац|тіркел)/iu.test(paren)) info.registrationNumber = cleanNumber(num[1]);
    const pubWord = lang === "kk" ? /жарияланған/iu : /опубликован/iu;
    const pub = pubWord.exec(paren);
    if (pub) {
      const dates = findDates3(text2, lang, parenStart, parenStart + paren.length);
      const d = lang === "kk" ? dates.filter((x) => x.start < parenStart + pub.index).at(-1) : dates.find((x) => x.start > parenStart + pub.index);
      if (d) info.publicationDate = d.value;
    }
    break;
  }
  return info;
}

// pipeline/extract/act/header.ts
function headerEnd(text2, lang) {
  const p = actHeaderLexicon()[lang];
  const candidates = [
    rx(p.preambleStart).exec(text2)?.index,
    /\n\s*1\.\s/u.exec(text2)?.index,
    rx(p.operativeVerb, "u").exec(text2)?.index
  ].filter((x) => x !== void 0);
  return Math.min(text2.length, 3e3, ...candidates);
}
function extractActHeader(doc) {
  const { text: text2, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const diagnostics = [];
  const warn = (ruleId, message, span) => diagnostics.push({ stage: "extract", ruleId, severity: "warning", message, ...span ? { span } : {} });
  const zoneEnd = headerEnd(text2, lang);
  const refs = findActReferences3(text2, lang, 0, zoneEnd);
  const registration = rx(phrases.registration).exec(text2.slice(0, zoneEnd));
  const banner = rx(phrases.statusBanner).exec(text2.slice(0, zoneEnd));
  let actLine;
  if (registration) actLine = refs.filter((r) => r.end <= registration.index + (lang === "kk" ? 0 : 5)).at(-1);
  if (!actLine && banner) actLine = refs.find((r) => r.start >= banner.index);
  if (!actLine) {
    actLine = refs.find((r) => r.value.kind && new RegExp("^\\p{Lu}", "u").test(text2[r.start] ?? "") && (lang === "ru" || /(?:ы|і)\s*(?:\.|\n|$)/u.test(text2.slice(r.end - 1, r.end + 2))));
  }
  const dateless = datelessActLine(text2, lang, actLine?.end ?? (banner ? banner.index : 0), registration ? registration.index : zoneEnd);
  if (dateless && (registration || !actLine)) actLine = dateless;
  if (!actLine) {
    warn("act/no-header", 'no act header found (no "<kind> <issuer> ... \u043E\u0442 <date> \u2116 <number>" line); not extracting act facts');
    return { act: null, relations: [], diagnostics };
  }
  const a = actLine.value;
  const ev = {};
  const actSpan = doc.span(actLine.start, actLine.end);
  for (const f of ["kind", "issuer", "region", "number", "date"]) if (a[f]) ev[f] = actSpan;
  const titleEnd = banner && banner.index < actLine.start ? banner.index : actLine.start;
  const otherStatus = new RegExp(`(?:^|\\s)(?:${phrases.otherStatus})\\s*$`, "iu").exec(text2.slice(0, titleEnd));
  const rawTitle = text2.slice(0, otherStatus ? otherStatus.index : titleEnd).trim();
  const title = rawTitle ? rawTitle.replace(/\s+/g, " ") : null;
  if (title) {
    const ts = text2.indexOf(rawTitle);
    ev.title = doc.span(ts, ts + rawTitle.length);
  }
  let reg = null;
  if (registration && registration.index >= actLine.start) {
    const from = lang === "kk" ? Math.max(actLine.end, registration.index - 120) : registration.index;
    const to = lang === "kk" ? registration.index + registration[0].length : Math.min(zoneEnd, registration.index + 220);
    const stop = rx(phrases.repealedBy).exec(text2.slice(from, to));
    const windowEnd = stop ? from + stop.index : to;
    const date = findDates3(text2, lang, from, windowEnd)[0];
    const numAt = text2.slice(from, windowEnd).search(/№|N(?=\s*\d)/u);
    const num = numAt >= 0 ? NUMBER_AFTER.exec(text2.slice(from + numAt, windowEnd)) : null;
    reg = { number: num ? cleanNumber(num[1]) : null, date: date?.value ?? null };
    const noteStart = lang === "kk" ? Math.min(date?.start ?? registration.index, registration.index) : registration.index;
    const numEnd = num ? from + numAt + num[0].length : date?.end ?? registration.index + registration[0].length;
    const noteEnd = lang === "kk" ? registration.index + registration[0].length : Math.max(numEnd, registration.index + registration[0].length);
    ev.registration = doc.span(noteStart, noteEnd);
  }
  let region = a.region;
  if (!region && a.issuer && !NATIONAL_ISSUERS.has(a.issuer) && registration && registration.index >= actLine.start) {
    const [ps, pe] = [Math.max(actLine.end, registration.index - 120), Math.min(zoneEnd, registration.index + registration[0].length + 120)];
    const stated = findRegions(text2, ps, pe, lang).find((r) => lang === "kk" ? r.start < registration.index + registration[0].length : r.start >= registration.index);
    if (stated) {
      region = stated.value;
      ev.region = doc.span(stated.start, stated.end);
    }
  }
  const repealedNote = [...text2.slice(actLine.end, zoneEnd).matchAll(rx(phrases.repealedBy, "giu"))].find((m) => !isPartNote(text2, lang, actLine.end + m.index));
  const status = banner || repealedNote ? "repealed" : "in-force";
  if (banner) ev.status = doc.span(banner.index, banner.index + banner[0].length);
  else if (repealedNote) ev.status = doc.span(actLine.end + repealedNote.index, actLine.end + repealedNote.index + repealedNote[0].length);
  const entry = findEntryIntoForce(doc, zoneEnd);
  if (entry) ev.entryIntoForce = entry.span;
  const act = {
    kind: a.kind,
    issuer: a.issuer,
    region,
    number: a.number,
    date: a.date,
    title,
    registration: reg,
    status,
    entryIntoForce: entry?.rule ?? null,
    publicationDate: null,
    evidence: ev
  };
  if (!a.number) warn("act/missing-number", "the act line gives no number", actSpan);
  if (!a.date) warn("act/missing-date", "the act line gives no date of adoption", actSpan);
  if (!region && a.issuer && !NATIONAL_ISSUERS.has(a.issuer)) warn("act/missing-region", "the act line names no region", actSpan);
  if (!title) warn("act/missing-title", "no title before the act line");
  if (!entry) warn("act/missing-entry-into-force", "no entry-into-force rule found in the operative text");
  const context = { region, issuer: a.issuer };
  const self = actKey({ ...a, region }) ?? a.key;
  const relations = extractRelations(doc, self, actLine.end, zoneEnd, titleEnd, context);
  return { act, relations, diagnostics };
}
function findEntryIntoForce(doc, from) {
  const { text: text2, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const footnote = rx(phrases.footnote);
  const clause = rx(phrases.entryIntoForceClause, "giu");
  const takesEffect = rx(phrases.takesEffect);
  clause.lastIndex = from;
  let entersOnly = null;
  let paragraphsAfter = 0;
  let lastParagraph = -1;
  for (let m = clause.exec(text2); m; m = clause.exec(text2)) {
    const [ps, pe] = paragraphAt(text2, m.index);
    const para = text2.slice(ps, pe);
    if (entersOnly && ps !== lastParagraph && ++paragraphsAfter > 2) break;
    lastParagraph = ps;
    if (footnote.test("\n" + para)) continue;
    if (insideParentheses(para, m.index - ps)) continue;
    if (/^\s*["«“„]/u.test(para)) continue;
    const found = ruleIn(doc, ps, pe);
    if (!found) continue;
    if (takesEffect.test(para)) return found;
    entersOnly ??= found;
    clause.lastIndex = pe;
  }
  return entersOnly;
}
function ruleIn(doc, ps, pe) {
  const { text: text2, language: lang } = doc;
  const phrases = actHeaderLexicon()[lang];
  const para = text2.slice(ps, pe);
  const [ws, we] = takingEffectPart(para, lang);
  const part = para.slice(ws, we);
  for (const { rule, pattern } of phrases.entryIntoForce) {
    const hit = rx(pattern).exec(part);
    if (!hit) continue;
    const at = ps + ws + hit.index;
    if (rule !== "date") return { rule, span: doc.span(at, at + hit[0].length) };
    const dates = findDates3(text2, lang, ps + ws, ps + we);
    const near = lang === "kk" ? dates.filter((d) => d.end <= at + 3).at(-1) : dates.find((d) => d.start >= at);
    if (near) return { rule: `date:${near.value}`, span: doc.span(Math.min(near.start, at), Math.max(near.end, at + hit[0].length)) };
  }
  return null;
}
function takingEffectPart(para, lang) {
  const phrases = actHeaderLexicon()[lang];
  const effect = rx(phrases.takesEffect).exec(para);
  const force = rx(phrases.entersIntoForce).exec(para);
  if (!effect || !force) return [0, para.length];
  const effectEnd = effect.index + effect[0].length;
  if (lang === "kk") return force.index < effect.index ? [force.index + force[0].length, effectEnd] : [0, effectEnd];
  return effect.index < force.index ? [effect.index, force.index] : [effect.index, para.length];
}
function insideParentheses(para, at) {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (para[i] === "(") depth++;
    else if (para[i] === ")" && depth > 0) depth--;
  }
  return depth > 0;
}
function datelessActLine(text2, lang, from, to) {
  for (let at = text2.indexOf("\u2116", from); at >= 0 && at < to; at = text2.indexOf("\u2116", at + 1)) {
    const num = NUMBER_AFTER.exec(text2.slice(at, Math.min(text2.length, at + 40)));
    if (!num) continue;
    const numberEnd = at + num[0].length;
    let kind;
    let issuer;
    let region;
    if (lang === "ru") {
      kind = findKinds(text2, Math.max(from, at - 250), at, lang).filter((k) => new RegExp("^\\p{Lu}", "u").test(text2[k.start] ?? "")).at(-1);
      if (!kind) continue;
      issuer = findIssuers(text2, kind.end, at, lang)[0];
      if (!issuer) continue;
      region = findRegions(text2, issuer.end, at, lang).at(-1) ?? findRegions(text2, kind.end, issuer.start, lang).at(-1);
      if (findDates3(text2, lang, kind.start, at).length) continue;
    } else {
      issuer = findIssuers(text2, Math.max(from, at - 160), at, lang).at(-1);
      if (!issuer) continue;
      kind = findKinds(text2, numberEnd, Math.min(text2.length, numberEnd + 30), lang)[0];
      if (!kind || text2.slice(numberEnd, kind.start).trim() !== "") continue;
      region = findRegions(text2, Math.max(from, issuer.start - 80), issuer.start, lang).at(-1);
      if (findDates3(text2, lang, issuer.start, at).length) continue;
    }
    const national = NATIONAL_ISSUERS.has(issuer.value);
    return {
      value: { kind: kind.value, issuer: issuer.value, region: national ? null : region?.value ?? null, date: null, number: cleanNumber(num[1]), key: null },
      start: lang === "ru" ? kind.start : region?.start ?? issuer.start,
      end: lang === "ru" ? numberEnd : kind.end
    };
  }
  return null;
}

// pipeline/extract/act/index.ts
function parseActReference(text2, lang, context = {}) {
  for (const r of findActReferences3(text2, lang, 0, text2.length, context)) {
    if (r.value.key) return { ...r.value, key: r.value.key, start: r.start, end: r.end };
  }
  return null;
}

// pipeline/structure/landmarks.ts
var compiled = /* @__PURE__ */ new Map();
var CASE_SENSITIVE = /* @__PURE__ */ new Set(["stamp", "variantHeading"]);
function landmarks(lang) {
  let lm = compiled.get(lang);
  if (lm) return lm;
  const src = reglamentSectionsLexicon()[lang];
  const out = {};
  for (const [key, value] of Object.entries(src)) {
    out[key] = typeof value === "string" ? new RegExp(value, CASE_SENSITIVE.has(key) ? "u" : "iu") : value;
  }
  lm = out;
  compiled.set(lang, lm);
  return lm;
}
function globalOf(re) {
  return new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
}

// pipeline/structure/lines.ts
function splitLines(text2) {
  const lines = [];
  let start = 0;
  for (let i = 0; i <= text2.length; i++) {
    if (i === text2.length || text2[i] === "\n") {
      lines.push({ index: lines.length, start, end: i, text: text2.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}
var POINT_MARKER = /^\d{1,3}\s?\.\s/;
var SUBPOINT_MARKER = /^["«»“”„]?\s?\d{1,3}\s?\)/;
var INLINE_SUBPOINT = new RegExp('(?<=[.;:]\\s)(?=["\xAB\xBB\u201C\u201D\u201E]?\\s?\\d{1,2}\\s?\\)\\s\\p{L})', "gu");
function splitInlineSubpoints(l) {
  const out = [];
  let last = 0;
  for (const m of l.text.matchAll(INLINE_SUBPOINT)) {
    const cut = m.index ?? 0;
    const piece = l.text.slice(last, cut).trimEnd();
    if (piece) out.push({ index: l.index, start: l.start + last, end: l.start + last + piece.length, text: piece });
    last = cut;
  }
  out.push(last === 0 ? l : { index: l.index, start: l.start + last, end: l.end, text: l.text.slice(last) });
  return out;
}

// pipeline/extract/reglament/patterns.ts
function phraseSource(phrase) {
  return phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
}
function stemsSource(stems) {
  const sorted = [...new Set(stems)].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\d])(?:${sorted.join("|")})`;
}
var OPEN_QUOTES = '"\xAB\u201C\u201E';
var CLOSE_QUOTES = '"\xBB\u201D\u201C';
function quotedAt(text2, pos, limit = 600) {
  let i = pos;
  while (text2[i] === " ") i++;
  if (!OPEN_QUOTES.includes(text2[i] ?? "")) return null;
  const open = text2[i];
  const start = i + 1;
  let depth = 0;
  for (let j = start; j < Math.min(text2.length, start + limit); j++) {
    const c = text2[j];
    if (c === "\n") return null;
    if (open === "\xAB" && c === "\xAB") depth++;
    if (c === "\xBB" && open === "\xAB") {
      if (depth === 0) return { start, end: j, close: j + 1 };
      depth--;
      continue;
    }
    if (open !== "\xAB" && CLOSE_QUOTES.includes(c) && c !== "\xAB") {
      const next = text2[j + 1] ?? " ";
      if (new RegExp("\\p{L}", "u").test(next) && text2[j - 1] === " ") continue;
      return { start, end: j, close: j + 1 };
    }
  }
  return null;
}
function cleanName(s) {
  return s.replace(/\s+/g, " ").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")").replace(/\s+([,.;])/g, "$1").trim();
}

// pipeline/structure/reglaments.ts
var HEADING_LOOKBACK = 4;
function segmentReglaments(text2, lang) {
  const lm = landmarks(lang);
  const lines = splitLines(text2);
  const anchors = findAnchors(lines, lm);
  const reglaments = [];
  const starts = [];
  for (let k = 0; k < anchors.length; k++) {
    const anchor = anchors[k];
    const floor = k > 0 ? anchors[k - 1].serviceLine ?? anchors[k - 1].firstLine : -1;
    starts.push({ anchor, heading: findHeading(text2, lines, anchor, floor, lm, lang) });
  }
  for (let k = 0; k < starts.length; k++) {
    const { anchor, heading: heading2 } = starts[k];
    const start = heading2.start;
    const end = k + 1 < starts.length ? Math.max(start, starts[k + 1].heading.start - 1) : text2.length;
    const bodyLines = lines.filter((l) => l.start >= lines[anchor.firstLine].start && l.end <= end && !lm.editorialNote.test(l.text));
    const serviceName = anchor.serviceLine !== null ? serviceNameIn(lines[anchor.serviceLine], lm, lang) : null;
    const sections = findSections(bodyLines, lm);
    reglaments.push({
      range: { start, end },
      heading: { start, end: heading2.end },
      titleName: heading2.titleName,
      appendixLabel: heading2.appendixLabel,
      stamp: heading2.stamp,
      serviceName,
      lines: bodyLines,
      ...sections
    });
  }
  return { lines, reglaments, preamble: { start: 0, end: reglaments.length ? reglaments[0].range.start : text2.length } };
}
function findAnchors(lines, lm) {
  const anchors = [];
  const isGeneral = (l) => {
    const m = lm.generalSection.exec(l.text);
    return m && l.text.slice(m.index + m[0].length).trim().length === 0 ? l.start + m.index : null;
  };
  let pendingGeneral = null;
  for (const l of lines) {
    const g = isGeneral(l);
    if (g !== null) {
      if (!pendingGeneral || l.index - pendingGeneral.line > 3) pendingGeneral = { line: l.index, at: g };
      continue;
    }
    if (isServiceDefinition(l, lm)) {
      if (pendingGeneral && l.index - pendingGeneral.line <= 3) {
        anchors.push({ firstLine: pendingGeneral.line, serviceLine: l.index, generalAt: pendingGeneral.at });
      } else {
        anchors.push({ firstLine: l.index, serviceLine: l.index, generalAt: null });
      }
      pendingGeneral = null;
      continue;
    }
    if (pendingGeneral && l.index - pendingGeneral.line > 3) {
      anchors.push({ firstLine: pendingGeneral.line, serviceLine: null, generalAt: pendingGeneral.at });
      pendingGeneral = null;
    }
  }
  if (pendingGeneral) anchors.push({ firstLine: pendingGeneral.line, serviceLine: null, generalAt: pendingGeneral.at });
  return anchors;
}
function isServiceDefinition(l, lm) {
  const m = lm.serviceDefinition.exec(l.text);
  if (!m) return false;
  const q = quotedAt(l.text, m.index + m[0].length);
  if (q) {
    if (!lm.serviceDefinitionAfter) return true;
    return lm.serviceDefinitionAfter.test(l.text.slice(q.close));
  }
  return !lm.serviceDefinitionAfter && /^\s*["«“„]/.test(l.text.slice(m.index + m[0].length));
}
function serviceNameIn(l, lm, lang) {
  const m = lm.serviceDefinition.exec(l.text);
  if (!m) return null;
  const at = m.index + m[0].length;
  const q = quotedAt(l.text, at);
  if (q) return { start: l.start + q.start, end: l.start + q.end };
  if (lang !== "ru") return null;
  const open = l.text.slice(at).search(/["«“„]/) + at + 1;
  const rest = l.text.slice(open);
  const stop = rest.search(/\(\s*далее|\.\s*$/);
  return { start: l.start + open, end: l.start + (stop >= 0 ? open + stop : rest.length + open) };
}
function findHeading(text2, lines, anchor, floor, lm, lang) {
  const first = lines[anchor.firstLine];
  const zoneEnd = anchor.generalAt ?? first.start;
  let zoneFirst = anchor.firstLine;
  while (zoneFirst - 1 > floor && anchor.firstLine - (zoneFirst - 1) <= HEADING_LOOKBACK) {
    const prev = lines[zoneFirst - 1];
    if (POINT_MARKER.test(prev.text) || SUBPOINT_MARKER.test(prev.text)) break;
    zoneFirst--;
  }
  const zoneStart = lines[zoneFirst].start;
  const zone = text2.slice(zoneStart, zoneEnd);
  const titleName = lastTitle(zone, lm);
  const appendixLabel = lm.appendix.exec(zone);
  const stamp = lastMatch(zone, lm.stamp);
  const elements = [];
  let title = null;
  if (titleName) {
    title = { start: zoneStart + titleName.start, end: zoneStart + titleName.end };
    elements.push(zoneStart + titleName.headStart);
  }
  let appendix = null;
  if (appendixLabel && (!titleName || appendixLabel.index < titleName.headStart)) {
    appendix = { start: zoneStart + appendixLabel.index, end: zoneStart + appendixLabel.index + appendixLabel[0].length, number: appendixLabel[1] ?? null };
    const lineStart = zone.lastIndexOf("\n", appendixLabel.index) + 1;
    elements.push(zoneStart + (lang === "kk" ? lineStart : appendixLabel.index));
  }
  let stampRange = null;
  if (stamp && (!titleName || stamp.index < titleName.headStart)) {
    stampRange = { start: zoneStart + stamp.index, end: zoneStart + stamp.index + stamp[0].length };
    elements.push(stampRange.start);
  }
  const start = elements.length ? Math.min(...elements) : first.start;
  return { start, end: zoneEnd, titleName: title, appendixLabel: appendix, stamp: stampRange };
}
function lastMatch(zone, re) {
  const g = globalOf(re);
  let last = null;
  for (let m = g.exec(zone); m; m = g.exec(zone)) last = m;
  return last;
}
function lastTitle(zone, lm) {
  let found = null;
  if (lm.titleNameAfter) {
    const g = globalOf(lm.title);
    for (let m = g.exec(zone); m; m = g.exec(zone)) {
      const q = quotedAt(zone, m.index + m[0].length);
      if (q) found = { start: q.start, end: q.end, headStart: m.index };
    }
  } else {
    for (let i = 0; i < zone.length; i++) {
      if (!'"\xAB\u201C\u201E'.includes(zone[i])) continue;
      const q = quotedAt(zone, i);
      if (!q) continue;
      const after = zone.slice(q.close);
      const t = lm.title.exec(after);
      if (t && t.index === 0) found = { start: q.start, end: q.end, headStart: i };
      i = q.close - 1;
    }
  }
  return found;
}
function findSections(body, lm) {
  const isSection = (l) => lm.procedureSection.test(l.text) || lm.participantsSection.test(l.text) || lm.laterSection.test(l.text);
  const procSection = body.findIndex((l) => lm.procedureSection.test(l.text));
  const partSection = body.findIndex((l, i) => i > procSection && lm.participantsSection.test(l.text));
  const termHeaders = /* @__PURE__ */ new Set();
  const termBlocks = [];
  for (let i = 0; i < body.length; i++) {
    if (!isTermHeader(body[i], lm)) continue;
    termHeaders.add(i);
  }
  for (const i of termHeaders) {
    const header = body[i];
    const block2 = [header];
    const hasDuration = /\d/.test(header.text.slice(header.text.search(lm.termPoint)));
    for (let j = i + 1; j < body.length; j++) {
      const l = body[j];
      if (POINT_MARKER.test(l.text) || isSection(l) || termHeaders.has(j)) break;
      if (hasDuration && !(lm.termWait.test(l.text) || lm.termService.test(l.text))) break;
      block2.push(l);
    }
    termBlocks.push({ header, lines: block2 });
  }
  let procedurePoint = null;
  const procedures = [];
  const from = procSection >= 0 ? procSection + 1 : 0;
  const to = partSection >= 0 ? partSection : body.length;
  for (let i = from; i < to; i++) {
    if (lm.procedurePoint.test(body[i].text) && !SUBPOINT_MARKER.test(body[i].text)) {
      procedurePoint = body[i];
      readSteps(body, i + 1, to, lm, termHeaders, procedures);
      break;
    }
  }
  let participantsPoint = null;
  const participants = [];
  const pFrom = partSection >= 0 ? partSection + 1 : procedurePoint ? body.indexOf(procedurePoint) + 1 : body.length;
  for (let i = pFrom; i < body.length; i++) {
    const l = body[i];
    if (!lm.participantsPoint.test(l.text) || SUBPOINT_MARKER.test(l.text)) continue;
    participantsPoint = l;
    for (let j = i + 1; j < body.length; j++) {
      if (!SUBPOINT_MARKER.test(body[j].text)) break;
      for (const piece of splitInlineSubpoints(body[j])) {
        const m = /^["«»“”„]?\s?(\d{1,3})\s?\)\s*/.exec(piece.text);
        if (m) participants.push({ n: Number(m[1]), start: piece.start, end: piece.end, bodyStart: piece.start + m[0].length });
      }
    }
    if (participants.length === 0) {
      for (let j = i + 1; j < body.length; j++) {
        const t = body[j].text;
        if (POINT_MARKER.test(t) || isSection(body[j]) || t.length > 200) break;
        participants.push({ n: participants.length + 1, start: body[j].start, end: body[j].end, bodyStart: body[j].start });
      }
    }
    if (participants.length === 0) {
      const colon = l.text.lastIndexOf(":");
      const g = /(?:^|\s)(\d{1,2})\s?\)\s*/g;
      g.lastIndex = colon + 1;
      const marks = [];
      for (let m = g.exec(l.text); m && colon >= 0; m = g.exec(l.text)) marks.push({ n: Number(m[1]), at: m.index, body: m.index + m[0].length });
      marks.forEach((mk, k) => participants.push({ n: mk.n, start: l.start + mk.at, end: l.start + (marks[k + 1]?.at ?? l.text.length), bodyStart: l.start + mk.body }));
    }
    break;
  }
  return { procedurePoint, procedures, participantsPoint, participants, termBlocks };
}
function isTermHeader(l, lm) {
  if (SUBPOINT_MARKER.test(l.text)) return false;
  const m = lm.termPoint.exec(l.text);
  if (!m || m.index > 80) return false;
  return !lm.termNotAStatement.test(l.text);
}
function procedureLines(body, from, to, lm, termHeaders) {
  const out = [];
  for (let i = from; i < to; i++) {
    const l = body[i];
    if (POINT_MARKER.test(l.text) || termHeaders.has(i) || lm.procedureSection.test(l.text) || lm.participantsSection.test(l.text) || lm.laterSection.test(l.text)) break;
    out.push(...splitInlineSubpoints(l));
  }
  return out;
}
var BULLET_STEP = new RegExp("^[-\u2022*\u2013]\\s+(?=\\p{L})", "u");
function stepNumber(m) {
  return Number(m.slice(1).find((g) => g !== void 0));
}
function readSteps(body, from, to, lm, termHeaders, out) {
  let pendingVariant = null;
  let current = null;
  let lastN = 0;
  let bulleted = false;
  const lines = procedureLines(body, from, to, lm, termHeaders);
  const stepAt = (l) => {
    if (!l) return null;
    const m = lm.stepMarker.exec(l.text);
    if (m) return { n: stepNumber(m), length: m[0].length, bullet: false };
    const b = BULLET_STEP.exec(l.text);
    if (b && (bulleted || current === null)) return { n: pendingVariant || current === null ? 1 : lastN + 1, length: b[0].length, bullet: true };
    return null;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const m = stepAt(l);
    if (m) {
      if (m.bullet) bulleted = true;
      const n = m.n;
      const step = { n, start: l.start, end: l.end, bodyStart: l.start + m.length };
      const restarts = n === 1 && current !== null && !/:\s*$/.test(lines[i - 1]?.text ?? "");
      if (n === 1 && (!current || pendingVariant || restarts)) {
        current = { variant: pendingVariant, steps: [step] };
        out.push(current);
        pendingVariant = null;
        lastN = 1;
        continue;
      }
      if (current && n === lastN + 1) {
        current.steps.push(step);
        lastN = n;
        continue;
      }
    } else if (lm.variantHeading.test(l.text)) {
      const next = stepAt(lines[i + 1]);
      if (next && (next.bullet || next.n === 1)) {
        const text2 = l.text.replace(/\s*:\s*$/, "");
        pendingVariant = { start: l.start, end: l.start + text2.length, text: text2 };
        continue;
      }
    }
    if (current && current.steps.length) current.steps[current.steps.length - 1].end = l.end;
  }
  if (out.length === 1) out[0].variant = null;
}

// pipeline/extract/reglament/durations.ts
var matchers = /* @__PURE__ */ new Map();
function matcher(lang) {
  let m = matchers.get(lang);
  if (m) return m;
  const lex = unitsLexicon();
  const unitOf = /* @__PURE__ */ new Map();
  const forms = [];
  for (const u of lex.units) {
    for (const f of u[lang]) {
      const key = f.toLowerCase().replace(/\s+/g, " ");
      if (!unitOf.has(key)) unitOf.set(key, u.unit);
      forms.push(f);
    }
  }
  forms.sort((a, b) => b.length - a.length);
  const alt = forms.map(phraseSource).join("|");
  for (const b of lex.bareForms[lang]) unitOf.set(b.form.toLowerCase(), b.unit);
  const bareAlt = lex.bareForms[lang].map((b) => phraseSource(b.form)).join("|");
  m = {
    bare: new RegExp(`(?:${bareAlt || "(?!)"})(?=\\s*(?:[;.,:]|$))`, "iuym"),
    sticky: new RegExp(`(?:${alt})(?![\\p{L}])`, "iuy"),
    global: new RegExp(`(?<![\\p{L}\\d])(?:${alt})(?![\\p{L}])`, "giu"),
    unitOf,
    qualifier: new RegExp(`^[\\s.;,)]*(?:\\([^()\\d]{1,30}\\)[\\s.;,]*)?(?:${lex.workingDayQualifiers[lang].map(phraseSource).join("|")})(?![\\p{L}])`, "iu"),
    numberWord: new RegExp(`(?<![\\p{L}\\d])(?:${numeralForms(lang).map(phraseSource).join("|")})(?![\\p{L}])\\s+`, "giu"),
    valueOf: new Map(Object.entries(numeralsLexicon()[lang]).map(([w, v]) => [w.toLowerCase().replace(/\s+/g, " "), v])),
    calendarBefore: new RegExp(`(?<![\\p{L}])(?:${lex.calendarQualifiersBefore[lang].map(phraseSource).join("|")})\\s+$`, "iu")
  };
  matchers.set(lang, m);
  return m;
}
function numeralForms(lang) {
  return Object.keys(numeralsLexicon()[lang]).sort((a, b) => b.length - a.length);
}
function unitFor(m, form) {
  return m.unitOf.get(form.toLowerCase().replace(/\s+/g, " ")) ?? "day";
}
var NUMBER = new RegExp("(?<![\\p{L}\\d.,\\/\u2116-])(\\d{1,3}(?:[.,]\\d(?!\\d))?)(?: (\\d)(?!\\d))?(?:-(?:\u0442\u0438|\u0445|\u0438|\u0443\u0445|\u0435\u0445|\u0451\u0445|\u043C\u0438)(?!\\p{L}))?(?![\\d.,\\/])", "gu");
var SPACES = /\s*/y;
var NUMBER_WORDS = /\(\s*([^()\d\n]{1,40}?)\s*\)/y;
function findDurations(text2, lang, from = 0, to = text2.length) {
  const m = matcher(lang);
  const out = [];
  const slice = text2.slice(0, to);
  NUMBER.lastIndex = from;
  for (let hit = NUMBER.exec(slice); hit; hit = NUMBER.exec(slice)) {
    const start = hit.index;
    let amount = hit[1];
    let pos = start + hit[0].length;
    if (hit[2] !== void 0) {
      const after = skipSpaces(slice, pos);
      if (unitAt(m, slice, after) || slice[after] === "(") {
        amount = hit[1] + hit[2];
      } else {
        pos = start + hit[1].length;
        NUMBER.lastIndex = pos;
      }
    }
    let p = skipSpaces(slice, pos);
    let words = null;
    NUMBER_WORDS.lastIndex = p;
    const w = NUMBER_WORDS.exec(slice);
    if (w) {
      words = w[1];
      p = skipSpaces(slice, p + w[0].length);
    }
    let unit = null;
    let end = -1;
    const u = unitAt(m, slice, p);
    if (u) {
      unit = unitFor(m, u);
      end = p + u.length;
    } else if (words) {
      const inner = new RegExp(m.global.source, "giu");
      let last = null;
      for (let x = inner.exec(words); x; x = inner.exec(words)) last = x;
      if (last && last.index + last[0].length === words.length) {
        unit = unitFor(m, last[0]);
        end = w.index + w[0].length;
      }
    }
    if (!unit && words) {
      const lineStart = slice.lastIndexOf("\n", start) + 1;
      const before = slice.slice(lineStart, start);
      const orphan = orphanUnit(m, before);
      if (orphan) {
        unit = orphan;
        end = w.index + w[0].length;
      }
    }
    if (!unit) continue;
    if (unit === "day") unit = qualifiedDay(m, slice, start, end);
    out.push({ value: `${Number(amount.replace(",", "."))} ${unit}`, start, end });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
  }
  const spelled = spelledDurations(m, slice, from, out);
  return spelled.length === 0 ? out : [...out, ...spelled].sort((a, b) => a.start - b.start);
}
function qualifiedDay(m, text2, start, end) {
  if (m.qualifier.test(text2.slice(end, end + 60))) return "working-day";
  if (m.calendarBefore.test(text2.slice(Math.max(0, start - 30), start))) return "calendar-day";
  return "day";
}
var SPELLING_DIGITS = /\d\s*\([^()]*$/u;
function spelledDurations(m, slice, from, found) {
  const out = [];
  const g = new RegExp(m.numberWord.source, "giu");
  g.lastIndex = from;
  for (let x = g.exec(slice); x; x = g.exec(slice)) {
    const start = x.index;
    const p = start + x[0].length;
    const u = unitAt(m, slice, p);
    if (!u) continue;
    if (found.some((d) => start < d.end && d.start < p + u.length)) continue;
    if (SPELLING_DIGITS.test(slice.slice(Math.max(0, start - 40), start))) continue;
    const amount = m.valueOf.get(x[0].trim().toLowerCase().replace(/\s+/g, " "));
    if (amount === void 0) continue;
    const end = p + u.length;
    let unit = unitFor(m, u);
    if (unit === "day") unit = qualifiedDay(m, slice, start, end);
    out.push({ value: `${amount} ${unit}`, start, end });
    g.lastIndex = end;
  }
  return out;
}
function skipSpaces(text2, p) {
  SPACES.lastIndex = p;
  SPACES.exec(text2);
  return SPACES.lastIndex;
}
function unitAt(m, text2, p) {
  m.sticky.lastIndex = p;
  const x = m.sticky.exec(text2);
  if (x) return x[0];
  m.bare.lastIndex = p;
  const b = m.bare.exec(text2);
  return b ? b[0] : null;
}
function orphanUnit(m, before) {
  const g = new RegExp(m.global.source, "giu");
  let found = null;
  for (let x = g.exec(before); x; x = g.exec(before)) {
    const prev = before.slice(Math.max(0, x.index - 20), x.index);
    if (/[\d)]\s*$/.test(prev)) continue;
    if (!/(?:^|\s)(?:в|на|течение|ішінде)\s*$/iu.test(prev)) continue;
    found = unitFor(m, x[0]);
  }
  return found;
}

// pipeline/extract/ru/durations.ts
var findDurations2 = (text2, from = 0, to = text2.length) => findDurations(text2, "ru", from, to);

// pipeline/extract/reglament/roles.ts
var cache2 = /* @__PURE__ */ new Map();
function matcher2(lang) {
  const hit = cache2.get(lang);
  if (hit) return hit;
  const lex = rolesLexicon();
  const positionOf = /* @__PURE__ */ new Map();
  const forms = [];
  for (const p of lex.positions) {
    for (const f of p[lang]) {
      positionOf.set(norm(f), p);
      forms.push(f);
    }
  }
  forms.sort((a, b) => b.length - a.length);
  const posAlt = forms.map(phraseSource).join("|");
  const orgStems = lex.organizations.flatMap((o) => o[lang].map((s) => s.replace(/ /g, "\\s+")));
  const orgAlt = stemsSource(orgStems);
  const orgRegexes = lex.organizations.map((org) => ({ org, re: new RegExp(`^(?:${org[lang].map((s) => s.replace(/ /g, "\\s+")).join("|")})`, "iu") }));
  const m = {
    positions: new RegExp(`(?<![\\p{L}\\d-])(?:${posAlt})(?![\\p{L}-])`, "giu"),
    positionOf,
    orgAfter: new RegExp(`\\s*(${orgAlt})`, "iuy"),
    orgBefore: new RegExp(`(${orgAlt})\\s*$`, "iu"),
    orgAnywhere: new RegExp(orgAlt, "giu"),
    orgAt: new RegExp(`(?:${orgAlt})`, "iuy"),
    orgOf: (mention) => orgRegexes.find((o) => o.re.test(mention))?.org ?? null,
    defaultOrg: lex.organizations.find((o) => o.id === lex.defaultOrganization)
  };
  cache2.set(lang, m);
  return m;
}
function norm(s) {
  return s.toLowerCase().replace(/\s+/g, " ");
}
function roleOf(position, org, m) {
  if (position.role) return position.role;
  const lex = rolesLexicon();
  let o = org;
  let pos = position.id;
  if (position.organization) {
    o = lex.organizations.find((x) => x.id === position.organization) ?? null;
    pos = position.position ?? position.id;
  }
  o ??= m.defaultOrg;
  return o.roles[pos] ?? o.roles.default ?? null;
}
function findRoleMentions(text2, lang, from, to, loose = false) {
  const m = matcher2(lang);
  const slice = text2.slice(0, to);
  const out = [];
  const g = new RegExp(m.positions.source, "giu");
  g.lastIndex = from;
  for (let x = g.exec(slice); x; x = g.exec(slice)) {
    const position = m.positionOf.get(norm(x[0]));
    if (!position) continue;
    m.orgAt.lastIndex = x.index;
    const orgHere = m.orgAt.exec(slice);
    if (orgHere && orgHere[0].length > x[0].length) {
      g.lastIndex = x.index + orgHere[0].length;
      continue;
    }
    let org = null;
    let start = x.index;
    let end = x.index + x[0].length;
    if (!position.role && !position.organization) {
      if (lang === "kk") {
        const before = slice.slice(Math.max(from, x.index - 80), x.index);
        const b = m.orgBefore.exec(before);
        if (b) {
          org = m.orgOf(b[1]);
          start = x.index - (before.length - b.index);
        }
      } else {
        m.orgAfter.lastIndex = end;
        const a = m.orgAfter.exec(slice);
        if (a) {
          org = m.orgOf(a[1]);
          end = a.index + a[0].length;
        }
      }
      if (!org && loose) {
        const any = new RegExp(m.orgAnywhere.source, "giu");
        const rest = slice.slice(from, to);
        const y = any.exec(rest);
        if (y) org = m.orgOf(y[0]);
      }
    }
    const role = roleOf(position, org, m);
    if (role) out.push({ value: role, start, end, positionStart: x.index, positionEnd: x.index + x[0].length });
  }
  return out;
}
function findOrganizationRoles(text2, lang, from, to) {
  const m = matcher2(lang);
  const out = [];
  const any = new RegExp(m.orgAnywhere.source, "giu");
  const slice = text2.slice(from, to);
  for (let y = any.exec(slice); y; y = any.exec(slice)) {
    const org = m.orgOf(y[0]);
    const role = org?.roles.default;
    if (role) out.push({ value: role, start: from + y.index, end: from + y.index + y[0].length });
  }
  return out;
}
function rolesOfListItem(text2, lang, from, to, alternatives) {
  const parts = [];
  const g = new RegExp(alternatives.source, "giu");
  const item = text2.slice(from, to);
  let last = 0;
  for (let x = g.exec(item); x; x = g.exec(item)) {
    parts.push([from + last, from + x.index]);
    last = x.index + x[0].length;
  }
  parts.push([from + last, to]);
  const out = [];
  for (const [s, e] of parts) {
    const mentions = findRoleMentions(text2, lang, s, e, true);
    if (mentions.length) {
      out.push(mentions[0]);
      continue;
    }
    const orgs = findOrganizationRoles(text2, lang, s, e);
    if (orgs.length) out.push(orgs[0]);
  }
  return out;
}
function stepActor(text2, lang, bodyStart, end) {
  for (const mention of findRoleMentions(text2, lang, bodyStart, end)) {
    if (mention.value === "recipient" && text2.slice(bodyStart, mention.start).trim() !== "") continue;
    return mention;
  }
  return null;
}

// pipeline/extract/ru/roles.ts
var stepActor2 = (text2, bodyStart, end) => stepActor(text2, "ru", bodyStart, end);
var listItemRoles = (text2, from, to) => rolesOfListItem(text2, "ru", from, to, landmarks("ru").alternatives);

// pipeline/extract/reglament/terms.ts
var channelRes = /* @__PURE__ */ new Map();
function channelMatchers(lang) {
  let list2 = channelRes.get(lang);
  if (!list2) {
    list2 = channelsLexicon().channels.map((c) => ({
      channel: c.channel,
      re: new RegExp(stemsSource(c[lang].map((s) => s.replace(/ /g, "\\s+"))), "giu")
    }));
    channelRes.set(lang, list2);
  }
  return list2;
}
function findChannels(text2, lang, from, to) {
  const seg = text2.slice(from, to);
  const hits = [];
  const taken = [];
  for (const { channel, re } of channelMatchers(lang)) {
    const g = new RegExp(re.source, "giu");
    for (let x = g.exec(seg); x; x = g.exec(seg)) {
      const s = x.index;
      const e = s + x[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      hits.push({ at: s, channel });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.channel))];
}
var DELIMITER = /[,;.–—]|\s-\s/;
function semicolonParts(l, opensKind) {
  if (!l.text.includes("; ")) return [l];
  const cuts = [];
  for (let at = l.text.indexOf("; "); at >= 0; at = l.text.indexOf("; ", at + 2)) {
    const next = l.text.indexOf("; ", at + 2);
    if (opensKind.test(l.text.slice(at + 2, next < 0 ? void 0 : next))) cuts.push(at);
  }
  if (cuts.length === 0) return [l];
  const out = [];
  let last = 0;
  for (const at of cuts) {
    out.push({ index: l.index, start: l.start + last, end: l.start + at + 1, text: l.text.slice(last, at + 1) });
    last = at + 2;
  }
  out.push({ index: l.index, start: l.start + last, end: l.end, text: l.text.slice(last) });
  return out;
}
function extractTerms(text2, lang, blocks) {
  const lm = landmarks(lang);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const opensKind = new RegExp(`${lm.termWait.source}|${lm.termService.source}`, "iu");
  for (const block2 of blocks) {
    let kind = "total";
    const clauses = block2.lines.flatMap((l) => splitInlineSubpoints(l).flatMap((piece, k) => semicolonParts(piece, opensKind).map((part, j) => ({ piece: part, isHeader: l === block2.header && k === 0 && j === 0, opens: j === 0 }))));
    for (const { piece: line, isHeader, opens } of clauses) {
      const isSubpoint = opens && SUBPOINT_MARKER.test(line.text);
      if (lm.termWait.test(line.text)) kind = "max-wait";
      else if (lm.termService.test(line.text)) kind = "max-service";
      else if (isHeader || isSubpoint) kind = "total";
      let from = line.start;
      if (isHeader) {
        const m = lm.termPoint.exec(line.text);
        if (m) from = line.start + m.index + m[0].length;
      }
      const durations = findDurations(text2, lang, from, line.end);
      let prev = from;
      for (let i = 0; i < durations.length; i++) {
        const d = durations[i];
        let channels = findChannels(text2, lang, prev, d.start);
        let consumed = d.end;
        if (channels.length === 0) {
          const limit = i + 1 < durations.length ? durations[i + 1].start : line.end;
          const rest = text2.slice(d.end, limit);
          const stop = rest.search(DELIMITER);
          const postEnd = d.end + (stop >= 0 ? stop : rest.length);
          const post = findChannels(text2, lang, d.end, postEnd);
          if (post.length) {
            channels = post;
            consumed = postEnd;
          }
        }
        prev = consumed;
        const list2 = channels.length ? channels : [null];
        for (const channel of list2) {
          const key = `${kind}|${channel}|${d.value}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ value: { kind, channel, duration: d.value }, start: d.start, end: d.end, clauseStart: line.start, clauseEnd: line.end });
        }
      }
    }
  }
  return out;
}

// pipeline/extract/ru/terms.ts
var extractTerms2 = (text2, blocks) => extractTerms(text2, "ru", blocks);

// pipeline/extract/ru/reglament.ts
var locale = { lang: "ru", findDurations: findDurations2, stepActor: stepActor2, listItemRoles, extractTerms: extractTerms2 };

// pipeline/extract/kk/durations.ts
var findDurations3 = (text2, from = 0, to = text2.length) => findDurations(text2, "kk", from, to);

// pipeline/extract/kk/roles.ts
var stepActor3 = (text2, bodyStart, end) => stepActor(text2, "kk", bodyStart, end);
var listItemRoles2 = (text2, from, to) => rolesOfListItem(text2, "kk", from, to, landmarks("kk").alternatives);

// pipeline/extract/kk/terms.ts
var extractTerms3 = (text2, blocks) => extractTerms(text2, "kk", blocks);

// pipeline/extract/kk/reglament.ts
var locale2 = { lang: "kk", findDurations: findDurations3, stepActor: stepActor3, listItemRoles: listItemRoles2, extractTerms: extractTerms3 };

// pipeline/extract/reglament/steps.ts
function extractProcedures(text2, blocks, locale3) {
  return blocks.map((p) => ({
    variant: p.variant,
    steps: p.steps.map((s) => ({
      n: s.n,
      start: s.start,
      end: s.end,
      actor: locale3.stepActor(text2, s.bodyStart, s.end),
      durations: locale3.findDurations(text2, s.bodyStart, s.end)
    }))
  }));
}

// pipeline/extract/reglament/index.ts
var LOCALES = { ru: locale, kk: locale2 };
function extractReglaments(doc, carrier) {
  const diagnostics = [];
  const locale3 = LOCALES[doc.language];
  const text2 = doc.text;
  const structure = segmentReglaments(text2, doc.language);
  const act = carrier.act;
  const actKey2 = act ? actKey(act) : null;
  const operative = act ? readOperativeText(text2, structure.preamble, doc.language) : { byAppendix: /* @__PURE__ */ new Map(), approvedAll: null, order: [] };
  const appendices = inferAppendices(structure.reglaments, operative.order);
  const reglaments = [];
  structure.reglaments.forEach((block2, i) => {
    const ordinal = i + 1;
    if (!block2.titleName && !block2.procedurePoint) {
      diagnostics.push({ stage: "extract", ruleId: "reglament/not-a-reglament", severity: "info", message: `a service text with neither a reglament title nor a procedure section was skipped`, span: doc.span(block2.range.start, Math.min(block2.range.end, block2.range.start + 200)) });
      return;
    }
    const nameRange = block2.titleName ?? block2.serviceName;
    if (!nameRange) {
      diagnostics.push({ stage: "extract", ruleId: "reglament/missing-service", severity: "warning", message: `reglament ${ordinal}: no service name found`, span: doc.span(block2.range.start, Math.min(block2.range.end, block2.range.start + 200)) });
      return;
    }
    const service = cleanName(text2.slice(nameRange.start, nameRange.end)).replace(/^["«“„\s]+|["»”“\s]+$/g, "");
    const appendix = appendices[i];
    if (appendix.number !== null && !appendix.range) appendix.range = operative.byAppendix.get(appendix.number)?.range ?? null;
    let effect = null;
    let effectSpan;
    if (act) {
      const stated = operative.byAppendix.get(appendix.number ?? "");
      if (stated) {
        effect = stated.effect;
        effectSpan = doc.span(stated.range.start, stated.range.end);
      } else if (operative.approvedAll) {
        effect = "approved";
        effectSpan = doc.span(operative.approvedAll.start, operative.approvedAll.end);
      } else {
        diagnostics.push({ stage: "extract", ruleId: "reglament/unknown-effect", severity: "info", message: `reglament ${ordinal} ("${service}"): the act's operative text does not say what it does with it`, span: doc.span(block2.heading.start, block2.heading.end) });
      }
    }
    let approvedBy = null;
    let approvedBySpan;
    if (block2.stamp) {
      const stampText = text2.slice(block2.stamp.start, block2.stamp.end);
      const ref = parseActReference(stampText, doc.language, { region: act?.region ?? null, issuer: act?.issuer ?? null });
      if (ref) {
        approvedBy = ref.key;
        approvedBySpan = doc.span(block2.stamp.start + ref.start, block2.stamp.start + ref.end);
      } else {
        diagnostics.push({ stage: "extract", ruleId: "reglament/unreadable-stamp", severity: "warning", message: `reglament ${ordinal}: approval stamp names no act that could be read`, span: doc.span(block2.stamp.start, block2.stamp.end) });
      }
    }
    if (!approvedBy && effect === "approved" && actKey2) {
      approvedBy = actKey2;
      approvedBySpan = effectSpan;
    }
    const procedures = extractProcedures(text2, block2.procedures, locale3).map((p) => ({
      variant: p.variant ? p.variant.text : null,
      evidence: p.variant ? { variant: doc.span(p.variant.start, p.variant.end) } : {},
      steps: p.steps.map((s) => ({
        n: s.n,
        actor: s.actor ? s.actor.value : null,
        durations: s.durations.map((d) => d.value),
        evidence: {
          step: doc.span(s.start, s.end),
          ...s.actor ? { actor: doc.span(s.actor.start, s.actor.end) } : {},
          durations: s.durations.map((d) => doc.span(d.start, d.end))
        }
      }))
    }));
    if (!block2.procedurePoint) {
      diagnostics.push({ stage: "extract", ruleId: "reglament/no-procedure-point", severity: "warning", message: `reglament ${ordinal} ("${service}"): no point describing the content of each procedure was found in section 2`, span: doc.span(block2.heading.start, block2.heading.end > block2.heading.start ? block2.heading.end : Math.min(block2.range.end, block2.range.start + 200)) });
    }
    if (!block2.participantsPoint) {
      diagnostics.push({ stage: "extract", ruleId: "reglament/no-participants", severity: "info", message: `reglament ${ordinal} ("${service}"): no list of participants was found in section 3` });
    }
    if (block2.procedurePoint && procedures.length === 0) {
      diagnostics.push({ stage: "extract", ruleId: "reglament/no-steps", severity: "warning", message: `reglament ${ordinal}: the procedure point lists no steps`, span: doc.span(block2.procedurePoint.start, block2.procedurePoint.end) });
    }
    const actorMentions = [];
    for (const item of block2.participants) {
      for (const r of locale3.listItemRoles(text2, item.bodyStart, item.end)) actorMentions.push({ role: r.value, evidence: doc.span(r.start, r.end) });
    }
    const actors = [...new Set(actorMentions.map((a) => a.role))];
    const terms = locale3.extractTerms(text2, block2.termBlocks).map((t) => ({
      ...t.value,
      evidence: doc.span(t.clauseStart, t.clauseEnd)
    }));
    const reglament = {
      ordinal,
      appendix: appendix.number,
      service,
      approvedBy,
      effect,
      procedures,
      actors,
      terms,
      actorMentions,
      evidence: {
        text: doc.span(block2.range.start, block2.range.end),
        service: doc.span(nameRange.start, nameRange.end),
        ...appendix.range ? { appendix: doc.span(appendix.range.start, appendix.range.end) } : {},
        ...approvedBySpan ? { approvedBy: approvedBySpan } : {},
        ...effectSpan ? { effect: effectSpan } : {}
      }
    };
    const checked2 = ExtractedReglament.safeParse(reglament);
    if (!checked2.success) {
      diagnostics.push({ stage: "extract", ruleId: "reglament/invalid", severity: "error", message: `${doc.name}: reglament ${ordinal} does not validate: ${checked2.error.issues[0]?.message}` });
      return;
    }
    reglaments.push(checked2.data);
  });
  return { reglaments: reglaments.map((r, i) => ({ ...r, ordinal: i + 1 })), diagnostics };
}
function readOperativeText(text2, preamble, lang) {
  const lm = landmarks(lang);
  const byAppendix = /* @__PURE__ */ new Map();
  const order = [];
  let approvedAll = null;
  const clause = /[^\n;]+/g;
  const part = text2.slice(0, preamble.end);
  const clauses = [];
  let lastEffect = null;
  for (let c = clause.exec(part); c; c = clause.exec(part)) {
    const s = c[0];
    const own = lm.effectNewWording.test(s) ? "new-wording" : lm.effectAdded.test(s) ? "added" : lm.effectApproved.test(s) ? "approved" : null;
    const isItem = /^\s*\d{1,3}\s?\)/.test(s);
    if (own) lastEffect = own;
    else if (!isItem) lastEffect = null;
    clauses.push({ range: { start: c.index, end: c.index + c[0].length }, s, own, isItem, effect: own ?? lastEffect });
  }
  for (let i = clauses.length - 1, next = null; i >= 0; i--) {
    const c = clauses[i];
    if (!c.isItem) {
      next = null;
      continue;
    }
    if (c.own) next = c.own;
    else if (!c.effect) c.effect = next;
  }
  for (const { range, s, effect } of clauses) {
    const refs = globalOf(lm.appendixRef);
    let named = false;
    for (let r = refs.exec(s); r; r = refs.exec(s)) {
      named = true;
      for (const n of r[1] === void 0 ? [""] : appendixNumbers(r[1])) {
        if (n !== "" && !order.includes(n)) order.push(n);
        if (effect && !byAppendix.has(n)) byAppendix.set(n, { effect, range });
      }
    }
    if (!named && effect === "approved" && lm.reglamentWord.test(s) && !approvedAll) approvedAll = range;
  }
  return { byAppendix, approvedAll, order };
}
function appendixNumbers(list2) {
  const out = [];
  for (const piece of list2.split(new RegExp("\\s*(?:,|(?<!\\p{L})\u0438(?!\\p{L})|\u0436\u04D9\u043D\u0435)\\s*", "u")).filter(Boolean)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(piece);
    if (range && Number(range[2]) > Number(range[1]) && Number(range[2]) - Number(range[1]) < 100) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) out.push(String(n));
    } else if (/^\d+$/.test(piece)) out.push(piece);
  }
  return out;
}
function inferAppendices(blocks, order) {
  const out = blocks.map((b) => ({ number: b.appendixLabel?.number ?? null, range: b.appendixLabel ? { start: b.appendixLabel.start, end: b.appendixLabel.end } : null }));
  const used = new Set(out.map((a) => a.number).filter((n) => n !== null));
  const labeled = out.filter((a) => a.number !== null).length;
  if (labeled === 0) return out;
  for (let i = 0; i < out.length; i++) {
    if (out[i].number !== null) continue;
    const prev = [...out.slice(0, i)].reverse().find((a) => a.number !== null)?.number;
    const next = out.slice(i + 1).find((a) => a.number !== null)?.number;
    const lo = prev ? Number(prev) : 0;
    const hi = next ? Number(next) : Infinity;
    const candidates = order.filter((n) => !used.has(n) && Number(n) > lo && Number(n) < hi);
    const gapCount = out.slice(i).findIndex((a) => a.number !== null);
    const unlabeledRun = gapCount < 0 ? out.length - i : gapCount;
    if (candidates.length === unlabeledRun && candidates.length > 0) {
      out[i].number = candidates[0];
      used.add(candidates[0]);
    }
  }
  return out;
}

// pipeline/extract/index.ts
function extract(source, doc) {
  const header = extractActHeader(doc);
  const body = extractReglaments(doc, { act: header.act });
  const diagnostics = [...doc.diagnostics, ...header.diagnostics, ...body.diagnostics];
  if (!header.act && body.reglaments.length === 0) {
    diagnostics.push({
      stage: "extract",
      ruleId: "document/no-facts",
      severity: "warning",
      message: "no act header and no reglament found: this does not look like a legal act"
    });
  }
  return ExtractionResult.parse({
    schemaVersion: 1,
    pipelineVersion: PIPELINE_VERSION,
    source: source.name,
    path: source.path,
    format: source.format,
    language: doc.language,
    contentHash: source.contentHash,
    act: header.act,
    relations: header.relations,
    reglaments: body.reglaments,
    diagnostics
  });
}

// pipeline/extract-file.ts
async function extractFile(path, options = {}) {
  const source = await readDocument(path, options);
  return extract(source, normalize2(source));
}
async function extractBytes(path, bytes, contentHash) {
  const source = await readBytes(path, bytes, contentHash);
  return extract(source, normalize2(source));
}

export {
  extractFile,
  extractBytes
};
/*! Bundled license information:

markdown-it/dist/markdown-it.mjs:
  (*! markdown-it 15.0.3 https://github.com/markdown-it/markdown-it @license MIT *)
*/
//# sourceMappingURL=chunk-GD227YQD.mjs.map
