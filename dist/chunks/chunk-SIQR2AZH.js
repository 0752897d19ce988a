import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  BATCHBENCH_TAG_COUNT,
  DURATION_PATTERN,
  EXIT_CODE_PATTERN,
  MATRIX_RESERVED,
  MAX_MEMORY_BYTES,
  MAX_PATTERN_LENGTH,
  MAX_RETRY_RULES,
  MAX_TAGS,
  MAX_TAG_KEY,
  MAX_TAG_VALUE,
  MAX_TIMEOUT_SEC,
  MIN_MEMORY_MIB,
  QUEUE_ARN,
  QUEUE_NAME,
  REASON_PATTERN,
  RESERVED_ENV_PREFIX,
  RUN_VARIABLES,
  SIZE_PATTERN,
  TAG_TEXT,
  axisSetting,
  backendList,
  bucketNameProblem,
  builtInRetryRules,
  expressionsIn,
  fargateSizeProblem,
  hasUnclosedExpression,
  implicitBackend,
  isBackendName,
  isScalar,
  matrixKeys,
  matrixReference,
  matrixSpecOf,
  memoryBeyondMachines,
  parseDuration,
  parseSize,
  renderTemplate,
  stageInCell,
  thresholdBeyondBound,
  valuesOf
} from "./chunk-YTWLBMZJ.js";
import {
  UnreadableFile
} from "./chunk-OE34II5Z.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import {
  UserError,
  isUserError
} from "./chunk-NUCGBEER.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-YOF47TSW.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = Symbol.for("yaml.alias");
    var DOC = Symbol.for("yaml.document");
    var MAP = Symbol.for("yaml.map");
    var PAIR = Symbol.for("yaml.pair");
    var SCALAR = Symbol.for("yaml.scalar");
    var SEQ = Symbol.for("yaml.seq");
    var NODE_TYPE = Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar4(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar4;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj4, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj4, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold2 === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text[fold2]}\\`;
          res += `
${indent}${text.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj4;
      if (identity.isScalar(item)) {
        obj4 = item.value;
        let match = tags.filter((t) => t.identify?.(obj4));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj4 = item;
        tagObj = tags.find((t) => t.nodeClass && obj4 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj4?.constructor?.name ?? (obj4 === null ? "null" : typeof obj4);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj4, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj4, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj4 instanceof Map) {
          for (const [key, value] of obj4)
            add(key, value);
        } else if (obj4 && typeof obj4 === "object") {
          for (const key of Object.keys(obj4))
            add(key, obj4[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj4, ctx) => YAMLMap.YAMLMap.from(schema, obj4, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj4, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj4 && Symbol.iterator in Object(obj4)) {
          let i = 0;
          for (let it of obj4) {
            if (typeof replacer === "function") {
              const key = obj4 instanceof Set ? it : String(i++);
              it = replacer.call(obj4, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj4, ctx) => YAMLSeq.YAMLSeq.from(schema, obj4, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = Symbol("break visit");
    var SKIP = Symbol("skip children");
    var REMOVE = Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar4 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar4;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer3 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer3;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/domain/experiment/problem.ts
function hasErrors(problems) {
  return problems.some((p) => p.severity === "error");
}
function settle(problems, data, normalise) {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = data !== void 0 && !hasErrors(problems);
  return { ...ok ? { value: normalise(data) } : {}, problems };
}
function formatProblem(p) {
  const where = `${escapeTerminal(p.file)}:${p.line}:${p.column}`;
  return escapeTerminal(`${where}: ${p.severity}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`);
}
function unreadableProblem(file, error, hint) {
  if (error instanceof UnreadableFile)
    return { file, line: 1, column: 1, severity: "error", message: error.reason, hint };
  if (!isUserError(error)) throw error;
  const { line = 1, column = 1 } = error.location;
  return {
    file,
    line,
    column,
    severity: "error",
    message: error.message,
    hint: error.hint ?? "fix the file and try again"
  };
}

// src/domain/experiment/yaml-source.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/domain/experiment/text-position.ts
function positionIn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// src/domain/experiment/yaml-error-place.ts
var import_yaml = __toESM(require_dist(), 1);
var CONTROL = /* @__PURE__ */ new Set(["", "", ""]);
function betterPlace(e, text) {
  if (/end with a [\]}]/.test(e.message) || e.code === "MISSING_CHAR" && /[\]}]/.test(e.message)) {
    const open = unclosedBracketBefore(text, e.pos[0]);
    if (open !== void 0) {
      const bracket = text[open];
      return {
        offset: open,
        message: `"${bracket}" is not closed`,
        hint: `close it with "${bracket === "[" ? "]" : "}"}" before the end of the value`
      };
    }
  }
  if (/Implicit keys need to be on a single line|Nested mappings are not allowed in compact mappings/.test(
    e.message
  )) {
    const lineStart = text.lastIndexOf("\n", e.pos[0] - 1) + 1;
    const nextStart = text.indexOf("\n", e.pos[0]) + 1;
    if (nextStart > 0) {
      const indent = (from) => /^ */.exec(text.slice(from))?.[0].length ?? 0;
      const next = text.slice(
        nextStart,
        text.indexOf("\n", nextStart) === -1 ? void 0 : text.indexOf("\n", nextStart)
      );
      if (indent(nextStart) > indent(lineStart) && /^\s*[^\s#][^:]*:(\s|$)/.test(next)) {
        return {
          offset: nextStart + indent(nextStart),
          message: `this key is indented ${indent(nextStart)} spaces, more than the ${indent(lineStart)} of the line above`,
          hint: 'indent it by as many spaces as the key it stands beside, or nest it under a key that ends with ":"'
        };
      }
    }
  }
  if (/All mapping items must start at the same column/.test(e.message)) {
    const lineStart = text.lastIndexOf("\n", e.pos[0] - 1) + 1;
    const indent = /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
    return {
      offset: lineStart + indent,
      message: `this key is indented ${indent} spaces, unlike the keys beside it`,
      hint: "indent it by as many spaces as the key it stands beside"
    };
  }
  return void 0;
}
function unclosedBracketBefore(text, offset) {
  const open = [];
  let at = 0;
  for (const token of new import_yaml.Lexer().lex(text)) {
    if (at > offset) break;
    if (token === "[" || token === "{") open.push(at);
    else if (token === "]" || token === "}") open.pop();
    if (!CONTROL.has(token)) at += token.length;
  }
  return open.at(-1);
}

// src/domain/experiment/yaml-limits.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_NESTING_DEPTH = 64;
var CONTROL2 = /* @__PURE__ */ new Set(["", "", ""]);
function flowTooDeepAt(text) {
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= MAX_NESTING_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) brackets++;
  }
  if (brackets <= MAX_NESTING_DEPTH) return compactTooDeepAt(text);
  let depth = 0;
  let offset = 0;
  for (const token of new import_yaml2.Lexer().lex(text)) {
    if (token === "[" || token === "{") {
      if (++depth > MAX_NESTING_DEPTH) return offset;
    } else if (token === "]" || token === "}") {
      depth = Math.max(0, depth - 1);
    }
    if (!CONTROL2.has(token)) offset += token.length;
  }
  return compactTooDeepAt(text);
}
function compactTooDeepAt(text) {
  for (let start = 0; start < text.length; ) {
    let i = start;
    while (text[i] === " ") i++;
    let depth = 0;
    while ((text[i] === "-" || text[i] === "?") && (text[i + 1] === " " || text[i + 1] === "	")) {
      if (++depth > MAX_NESTING_DEPTH) return i;
      i += 2;
      while (text[i] === " ") i++;
    }
    const next = text.indexOf("\n", i);
    start = next === -1 ? text.length : next + 1;
  }
  return void 0;
}
function tooDeepAt(tokens) {
  const stack = tokens.map((token) => ({
    token,
    depth: 0
  }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop();
    if (token === void 0) continue;
    switch (token.type) {
      case "document":
        stack.push({ token: token.value, depth });
        break;
      case "block-map":
      case "block-seq":
      case "flow-collection": {
        if (depth + 1 > MAX_NESTING_DEPTH) return token.offset;
        for (const item of token.items) {
          if ("key" in item) stack.push({ token: item.key ?? void 0, depth: depth + 1 });
          stack.push({ token: item.value, depth: depth + 1 });
        }
        break;
      }
      default:
        break;
    }
  }
  return void 0;
}
function duplicateKeyOffsets(doc) {
  const found = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml2.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        if ((0, import_yaml2.isScalar)(key)) {
          const text = String(key.value);
          if (seen.has(text) && key.range) found.push(key.range[0]);
          seen.add(text);
        }
        stack.push(pair.key, pair.value);
      }
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (const item of node.items) stack.push((0, import_yaml2.isPair)(item) ? item.value : item);
    }
  }
  return found.sort((a, b) => a - b);
}
var indexes = /* @__PURE__ */ new WeakMap();
function pairNamed(map, name) {
  let index = indexes.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const pair of map.items) {
      const text = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!index.has(text)) index.set(text, { key: pair.key, value: pair.value });
    }
    indexes.set(map, index);
  }
  return index.get(name);
}

// src/domain/experiment/yaml-source.ts
var MAX_FILE_BYTES = 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var START = { line: 1, column: 1 };
function readYamlSource(text, file) {
  const problem = (pos, message, hint, severity = "error") => ({ file, line: pos.line, column: pos.column, message, hint, severity });
  const refused = (problems2) => ({
    problems: problems2,
    locate: () => START,
    locateKey: () => START
  });
  const early = textProblems(text, problem);
  if (early.length > 0) return refused(early);
  const lineCounter = new import_yaml3.LineCounter();
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const flowDeep = flowTooDeepAt(text);
  const tokens = flowDeep === void 0 ? [...new import_yaml3.Parser(lineCounter.addNewLine).parse(text)] : [];
  const deep = flowDeep ?? tooDeepAt(tokens);
  if (deep !== void 0) {
    return refused([
      problem(
        flowDeep === void 0 ? at(deep) : positionIn(text, deep),
        `mappings and lists nest more than ${MAX_NESTING_DEPTH} levels deep`,
        "an experiment file needs a few levels: flatten the structure"
      )
    ]);
  }
  const doc = composeOne(tokens, text.length);
  const locate = (path) => positionOf(doc, path, false, at);
  const locateKey = (path) => positionOf(doc, path, true, at);
  const problems = [
    ...new Map(
      [
        ...doc.errors.map((e) => yamlProblem(e, text, at, file, "error")),
        ...doc.warnings.map((e) => yamlProblem(e, text, at, file, "warning"))
      ].map((p) => [`${p.line}:${p.column}:${p.message}`, p])
    ).values()
  ];
  if (doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) return { problems, locate, locateKey };
  const read = documentData(doc, at, problem);
  if ("problem" in read) {
    problems.push(read.problem);
    return { problems, locate, locateKey };
  }
  return { data: read.data, problems, locate, locateKey };
}
function textProblems(text, problem) {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) {
    return [
      problem(
        START,
        `file is ${bytes} bytes, over the ${MAX_FILE_BYTES}-byte limit for an experiment file`,
        "keep work lists and data out of the experiment file; reference them from run.command"
      )
    ];
  }
  const control = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return [
      problem(
        positionIn(text, control.index),
        `control character U+${code} in the file`,
        "remove it: YAML allows only tabs, line breaks and printable characters"
      )
    ];
  }
  return tabIndentedLines(text).map(
    ({ line, column }) => problem(
      { line, column },
      "tab used for indentation",
      "YAML indents with spaces only: replace the tab with spaces"
    )
  );
}
function documentData(doc, at, problem) {
  if (doc.contents === null) {
    return {
      problem: problem(
        START,
        "the file is empty",
        "start from an example in experiments/ (version, name, run); every field is in docs/experiment-reference.md"
      )
    };
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const alias = firstAliasOffset(doc);
    return {
      problem: problem(
        alias === void 0 ? START : at(alias),
        /alias/i.test(message) ? `too many alias expansions (over ${MAX_ALIAS_COUNT}): the anchors and aliases would expand without bound` : `the YAML could not be read: ${message}`,
        "write the values out, or use fewer aliases"
      )
    };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      problem: problem(
        at(doc.contents.range?.[0] ?? 0),
        "the file must be a mapping of keys such as version, name and run",
        "start from an example in experiments/; every field is in docs/experiment-reference.md"
      )
    };
  }
  return { data };
}
function composeOne(tokens, length) {
  const composer = new import_yaml3.Composer({ uniqueKeys: false, prettyErrors: false, strict: true });
  let doc;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
    } else {
      doc.errors.push(
        new import_yaml3.YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "more than one document")
      );
      break;
    }
  }
  const first = doc;
  for (const offset of duplicateKeyOffsets(first)) {
    first.errors.push(new import_yaml3.YAMLParseError([offset, offset + 1], "DUPLICATE_KEY", "Map keys must be unique"));
  }
  return first;
}
function tabIndentedLines(text) {
  const found = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((l, i) => {
    const m = /^ *\t/.exec(l);
    if (m) found.push({ line: i + 1, column: m[0].length });
  });
  return found;
}
var YAML_HINTS = {
  DUPLICATE_KEY: "each key may appear once in a mapping: remove or merge the repeated one",
  MULTIPLE_DOCS: 'an experiment file holds one YAML document: remove the "---" separator',
  BAD_INDENT: "indent nested keys by the same number of spaces and close every [ and {",
  MISSING_CHAR: "close every [, { and quote that was opened",
  BLOCK_AS_IMPLICIT_KEY: 'put a space after ":" and quote values that contain ": "',
  UNEXPECTED_TOKEN: 'quote values that start with @, ` or contain ": " or " #"'
};
function yamlProblem(e, text, at, file, severity) {
  const better = betterPlace(e, text);
  if (better) {
    const place = at(better.offset);
    const message2 = `YAML syntax: ${better.message}`;
    return { file, ...place, message: message2, hint: better.hint, severity };
  }
  const pos = at(e.pos[0]);
  let message = e.message.replace(/\s+at line \d+, column \d+.*$/s, "");
  if (e.code === "MULTIPLE_DOCS") message = "the file holds more than one YAML document";
  if (e.code === "DUPLICATE_KEY") {
    const key = /^("[^"]*"|'[^']*'|[^:\n]*)/.exec(text.slice(e.pos[0]))?.[1]?.trim().replace(/^["']|["']$/g, "");
    message = key ? `duplicate key "${key}"` : "duplicate key";
  }
  return {
    file,
    line: pos.line,
    column: pos.column,
    message: e.code === "DUPLICATE_KEY" ? message : `YAML syntax: ${message}`,
    hint: YAML_HINTS[e.code] ?? "fix the YAML syntax: check indentation, brackets and quotes",
    severity
  };
}
function firstAliasOffset(doc) {
  let offset;
  (0, import_yaml3.visit)(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return import_yaml3.visit.BREAK;
    }
  });
  return offset;
}
function positionOf(doc, path, wantKey, at) {
  let node = doc.contents;
  let nodeKey;
  let complete = true;
  for (const segment of path) {
    const resolved = (0, import_yaml3.isAlias)(node) ? node.resolve(doc) : node;
    if ((0, import_yaml3.isMap)(resolved)) {
      const pair = pairNamed(resolved, String(segment));
      if (!pair) {
        complete = false;
        break;
      }
      nodeKey = pair.key;
      node = pair.value;
    } else if ((0, import_yaml3.isSeq)(resolved) && typeof segment === "number" && segment < resolved.items.length) {
      node = resolved.items[segment];
      nodeKey = void 0;
    } else {
      complete = false;
      break;
    }
  }
  const useKey = complete && wantKey || node === null || node === void 0 || isEmptyScalar(node);
  const target = (useKey ? nodeKey : void 0) ?? node;
  const offset = target?.range?.[0];
  return offset === void 0 ? START : at(offset);
}
function isEmptyScalar(node) {
  return (0, import_yaml3.isScalar)(node) && node.value === null && (node.source === "" || node.source === void 0);
}

// src/domain/cost/slurm-price.ts
function slurmPricesProblems(raw) {
  if (raw === void 0) return [];
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return ['"slurm" must map partitions to { "perNodeHour": n } or { "perCoreHour": n }'];
  const out = [];
  for (const [partition, p] of Object.entries(raw)) {
    const keys = typeof p === "object" && p !== null ? Object.keys(p) : [];
    const ok = keys.length === 1 && ["perNodeHour", "perCoreHour"].includes(keys[0]) && typeof p[keys[0]] === "number" && p[keys[0]] >= 0;
    if (!ok) out.push(`slurm.${partition} must be { "perNodeHour": n } or { "perCoreHour": n } with n >= 0`);
  }
  return out;
}

// src/domain/cost/price-table.ts
function parsePriceTable(json, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a batchbench price table: ${what}`, {
      hint: "a price table has the shape of data/aws-prices.json"
    });
  };
  if (typeof json !== "object" || json === null) fail("expected a JSON object");
  const t = json;
  if (typeof t.snapshot !== "string") fail('"snapshot" (where and when the prices come from) is missing');
  if (t.basis !== void 0) {
    const b = t.basis;
    if (typeof b !== "object" || b === null || typeof b.onDemand !== "object" || b.onDemand === null)
      fail('"basis.onDemand" must map regions to dates');
    for (const k of ["spot", "sources"]) {
      if (b[k] !== void 0 && typeof b[k] !== "string") fail(`"basis.${k}" must be a string`);
    }
  }
  if (t.currency !== "USD") fail('"currency" must be "USD"');
  if (typeof t.regions !== "object" || t.regions === null) fail('"regions" is missing');
  for (const [region, prices] of Object.entries(t.regions)) {
    if (typeof prices?.ec2 !== "object" || prices.ec2 === null) fail(`regions.${region}.ec2 is missing`);
    for (const [type, p] of Object.entries(prices.ec2)) {
      if (typeof p.vcpus !== "number" || p.vcpus <= 0)
        fail(`regions.${region}.ec2.${type}.vcpus must be > 0`);
      for (const k of ["onDemandHourly", "spotHourlyTypical"]) {
        if (p[k] !== null && (typeof p[k] !== "number" || p[k] < 0))
          fail(`regions.${region}.ec2.${type}.${k} must be a number >= 0 or null`);
      }
    }
  }
  for (const problem of slurmPricesProblems(t.slurm)) fail(problem);
  return t;
}
function instancePrice(table, region, instanceType) {
  return table.regions[region]?.ec2[instanceType];
}
function priceBasisLine(table, region) {
  const basis = table.basis;
  if (basis == null) return table.snapshot;
  const date = basis.onDemand[region];
  return [
    `EC2 on-demand ${region}, ${date ?? "no prices for this region"}`,
    basis.spot != null ? `Spot: typical savings, ${basis.spot}` : void 0,
    basis.sources != null ? `see ${basis.sources}` : void 0
  ].filter((part) => part != null).join("; ");
}

// src/domain/experiment/issue.ts
function displayPath(path) {
  if (path.length === 0) return "the file";
  return path.map((s, i) => typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`).join("");
}
function showValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function placeIssue(source, file, issue) {
  const at = issue.atKey ? source.locateKey(issue.path) : source.locate(issue.path);
  return {
    file,
    line: at.line,
    column: at.column,
    message: issue.message,
    ...issue.hint === void 0 ? {} : { hint: issue.hint },
    severity: issue.severity
  };
}

// schema/experiment.schema.json
var experiment_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/batchbench/batchbench/v0.1.0/schema/experiment.schema.json",
  title: "batchbench experiment",
  description: "A committed experiment (what to run, over which matrix, on which compute, and how to analyse and price it) or, with kind: campaign, a scheduled benchmark campaign across instance types.",
  type: "object",
  required: ["version", "name"],
  properties: {
    version: {
      description: "Version of the file format. Always 1.",
      const: 1
    },
    kind: {
      description: 'What this file describes: "experiment" (the default) or "campaign" (a scheduled benchmark campaign, see docs/weekly-campaign.md).',
      type: "string",
      enum: ["experiment", "campaign"],
      default: "experiment"
    },
    name: {
      description: "Name of the experiment: letters, digits, '-' and '_', at most 64 characters. Used in job names and result paths.",
      type: "string",
      pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
    },
    description: {
      description: "One line on what the experiment measures; shown at the top of the report.",
      type: "string"
    },
    image: {
      $ref: "#/definitions/image"
    },
    run: {
      $ref: "#/definitions/run"
    },
    matrix: {
      $ref: "#/definitions/matrix"
    },
    repeats: {
      description: "How many times each cell of the matrix runs; more repeats give tighter confidence intervals.",
      type: "integer",
      minimum: 1,
      maximum: 1e3,
      default: 1
    },
    resources: {
      $ref: "#/definitions/resources"
    },
    compute: {
      $ref: "#/definitions/compute"
    },
    "fan-out": {
      $ref: "#/definitions/fanOut"
    },
    stages: {
      description: "A pipeline of named stages, each with its own run, resources and compute. Use instead of a top-level run. Top-level resources and compute are defaults for every stage.",
      type: "object",
      minProperties: 1,
      propertyNames: {
        description: "Stage name: letters, digits, '-' and '_', at most 64 characters.",
        pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
      },
      additionalProperties: {
        $ref: "#/definitions/stage"
      }
    },
    results: {
      $ref: "#/definitions/results"
    },
    analysis: {
      $ref: "#/definitions/analysis"
    },
    budget: {
      $ref: "#/definitions/budget"
    },
    costs: {
      $ref: "#/definitions/costs"
    },
    compare: {
      description: "Other configurations to price side by side with this one, each as overrides of this file.",
      type: "array",
      items: {
        $ref: "#/definitions/compare"
      }
    },
    decide: {
      $ref: "#/definitions/decide"
    }
  },
  if: {
    properties: {
      kind: {
        const: "campaign"
      }
    },
    required: ["kind"]
  },
  then: {
    $ref: "#/definitions/campaign"
  },
  else: {
    additionalProperties: false,
    properties: {
      version: true,
      kind: true,
      name: true,
      description: true,
      image: true,
      run: true,
      matrix: true,
      repeats: true,
      resources: true,
      compute: true,
      "fan-out": true,
      stages: true,
      results: true,
      analysis: true,
      budget: true,
      costs: true,
      compare: true,
      decide: true
    },
    if: {
      properties: {
        stages: true
      },
      required: ["stages"]
    },
    then: {
      properties: {
        run: false,
        "fan-out": false
      }
    },
    else: {
      properties: {
        run: true
      },
      required: ["run"]
    }
  },
  definitions: {
    scalar: {
      description: "A string, number or boolean.",
      type: ["string", "number", "boolean"]
    },
    cell: {
      description: "Matrix values that pick cells, e.g. { angle: 0, n_jobs: 1 }.",
      type: "object",
      minProperties: 1,
      additionalProperties: {
        $ref: "#/definitions/scalar"
      }
    },
    duration: {
      description: "A duration: 90s, 15m, 24h, 1d, 1h30m, or a number of seconds.",
      type: ["string", "number"],
      pattern: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$",
      exclusiveMinimum: 0
    },
    size: {
      description: "A size: 512MiB, 32GiB, 1.2TB, 500MB, or a number of MiB.",
      type: ["string", "number"],
      pattern: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$",
      exclusiveMinimum: 0
    },
    image: {
      description: "The container image the jobs run in: built from a Dockerfile, or an existing image URI. Needs exactly one of build or uri. Without it, the local backend runs the command on the host.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        build: {
          description: "Build the image from a Dockerfile (pushed to ECR for aws-batch).",
          type: "object",
          additionalProperties: false,
          required: ["context"],
          properties: {
            context: {
              description: "Build context folder, relative to the repository root.",
              type: "string",
              minLength: 1
            },
            dockerfile: {
              description: "Dockerfile path inside the context.",
              type: "string",
              minLength: 1,
              default: "Dockerfile"
            }
          }
        },
        uri: {
          description: "An existing image, e.g. 123456789012.dkr.ecr.us-west-2.amazonaws.com/beam:2f9c1e.",
          type: "string",
          minLength: 1
        }
      }
    },
    run: {
      description: "What each job runs: an argv list, never through a shell.",
      type: "object",
      additionalProperties: false,
      required: ["command"],
      properties: {
        command: {
          description: "The program and its arguments. Items may contain ${{ matrix.<axis> }}, ${{ shard.index }}, ${{ shard.count }} and ${{ repeat }}.",
          type: "array",
          minItems: 1,
          items: {
            description: "One argument; numbers become strings.",
            type: ["string", "number"]
          }
        },
        env: {
          description: "Environment variables for the job. Values may contain ${{ matrix.<axis> }} and the other expressions of command.",
          type: "object",
          propertyNames: {
            description: "Environment variable name.",
            pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
          },
          additionalProperties: {
            description: "Variable value; numbers and booleans become strings.",
            type: ["string", "number", "boolean"]
          }
        },
        workdir: {
          description: "Working directory of the command; may contain ${{ matrix.<axis> }} and the other expressions of command (local backend: relative to the directory batchbench is started in, like the command's own paths; containers: inside the image).",
          type: "string",
          minLength: 1
        }
      }
    },
    matrix: {
      description: "Axes whose cartesian product gives the cells, with GitHub Actions semantics for include and exclude.",
      type: "object",
      propertyNames: {
        description: "Axis name: letters, digits, '-' and '_'.",
        pattern: "^[A-Za-z_][A-Za-z0-9_-]{0,63}$"
      },
      properties: {
        include: {
          description: "Extra values merged into matching cells, or extra cells when they match none.",
          type: "array",
          items: {
            $ref: "#/definitions/cell"
          }
        },
        exclude: {
          description: "Cells to drop: every combination matching all the pairs of an entry.",
          type: "array",
          items: {
            $ref: "#/definitions/cell"
          }
        }
      },
      additionalProperties: {
        description: "An axis: the values it takes, in order.",
        type: "array",
        minItems: 1,
        items: {
          $ref: "#/definitions/scalar"
        }
      }
    },
    resources: {
      description: "What each job asks for (AWS Batch container overrides).",
      type: "object",
      additionalProperties: false,
      properties: {
        vcpus: {
          description: "vCPUs per job (fractions such as 0.25 only on Fargate), or ${{ matrix.<axis> }} to compare.",
          type: ["number", "string"],
          exclusiveMinimum: 0,
          maximum: 4096,
          default: 1,
          pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$",
          examples: [2, "${{ matrix.vcpus }}"]
        },
        memory: {
          anyOf: [
            {
              $ref: "#/definitions/size"
            },
            {
              type: "string",
              pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"
            }
          ],
          description: "Memory per job: 512MiB, 32GiB, or a number of MiB; or ${{ matrix.<axis> }} to compare.",
          default: "2GiB",
          examples: ["4GiB", "${{ matrix.memory }}"]
        },
        gpus: {
          description: "GPUs per job, or ${{ matrix.<axis> }} to compare.",
          type: ["integer", "string"],
          minimum: 0,
          maximum: 64,
          default: 0,
          pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$",
          examples: [1, "${{ matrix.gpus }}"]
        },
        timeout: {
          allOf: [
            {
              $ref: "#/definitions/duration"
            }
          ],
          description: "A job running longer is stopped: 90s, 15m, 24h, 1d, or seconds. AWS Batch needs at least 60s.",
          default: "1h"
        },
        retries: {
          description: "Extra attempts after a failed first attempt.",
          type: "integer",
          minimum: 0,
          maximum: 9,
          default: 0
        },
        "retry-on": {
          description: "Which failures to retry or not (AWS Batch evaluateOnExit); the first matching rule wins.",
          type: "array",
          maxItems: 5,
          items: {
            $ref: "#/definitions/retryRule"
          }
        }
      }
    },
    retryRule: {
      description: "A rule on how a failed attempt ended. Patterns may end in '*'.",
      type: "object",
      additionalProperties: false,
      required: ["action"],
      properties: {
        action: {
          description: "retry the job or exit (give up) when the rule matches.",
          type: "string",
          enum: ["retry", "exit"]
        },
        "on-status-reason": {
          description: `Pattern for the job's status reason, e.g. "Host EC2*" (spot reclaimed).`,
          type: "string",
          minLength: 1
        },
        "on-reason": {
          description: `Pattern for the container's reason, e.g. "CannotPullContainerError*".`,
          type: "string",
          minLength: 1
        },
        "on-exit-code": {
          description: 'Pattern for the exit code, e.g. "137" or "1*".',
          type: ["string", "integer"]
        }
      }
    },
    compute: {
      description: "Where jobs run.",
      type: "object",
      additionalProperties: false,
      properties: {
        backend: {
          description: "local (child processes, the default), aws-batch, slurm (job arrays on a Slurm cluster, see compute.slurm), or ${{ matrix.<axis> }} to compare backends.",
          type: "string",
          anyOf: [
            {
              enum: ["local", "aws-batch", "slurm"]
            },
            {
              pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"
            }
          ],
          default: "local"
        },
        region: {
          description: "AWS region, e.g. us-west-2.",
          type: "string",
          pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$",
          default: "us-east-1"
        },
        queue: {
          description: "AWS Batch job queue name or ARN; may hold ${{ matrix.<axis> }} to give each cell its own. A queue name has no dots, so name each instance type's queue in matrix.include, e.g. include: [{instance-type: c7i.large, queue: bench-c7i}] with queue: ${{ matrix.queue }}.",
          type: "string",
          minLength: 1,
          examples: ["bench-c7i-large", "${{ matrix.queue }}"]
        },
        "fallback-queue": {
          description: "On-demand job queue used when capacity is spot-then-on-demand and spot attempts fail.",
          type: "string",
          minLength: 1
        },
        "instance-type": {
          description: "EC2 instance type the queue runs on, e.g. r5.4xlarge, or ${{ matrix.<axis> }} to compare instance types (give each type its queue in matrix.include, see compute.queue). Priced from the shipped price table, or from costs.instance-types.",
          type: "string",
          anyOf: [
            {
              pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$"
            },
            {
              pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"
            }
          ],
          examples: ["c7i.large", "${{ matrix.instance-type }}"]
        },
        capacity: {
          description: "on-demand, spot, or spot-then-on-demand (retry on fallback-queue when spot is reclaimed); or ${{ matrix.<axis> }} to compare them.",
          type: "string",
          default: "on-demand",
          anyOf: [
            {
              enum: ["on-demand", "spot", "spot-then-on-demand"]
            },
            {
              pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"
            }
          ],
          examples: ["spot", "${{ matrix.capacity }}"]
        },
        platform: {
          description: "ec2 or fargate.",
          type: "string",
          enum: ["ec2", "fargate"],
          default: "ec2"
        },
        "job-definition": {
          description: "Use this existing AWS Batch job definition instead of registering one from the file.",
          type: "string",
          minLength: 1
        },
        "job-role-arn": {
          description: "IAM role the job's container assumes.",
          type: "string",
          pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"
        },
        "execution-role-arn": {
          description: "IAM role AWS uses to pull the image and write logs of a Fargate job (the job role when absent); Fargate jobs need one of the two.",
          type: "string",
          pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"
        },
        tags: {
          description: "Tags put on every submitted job.",
          type: "object",
          additionalProperties: {
            description: "Tag value.",
            type: "string"
          }
        },
        slurm: {
          description: "Where and how a slurm backend submits: each cell and stage is one sbatch --array; resources map to --cpus-per-task, --mem and --gres=gpu:N. Settings left out use the cluster's defaults.",
          type: "object",
          additionalProperties: false,
          properties: {
            partition: {
              description: "The partition (sbatch --partition); the cluster default when absent.",
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
            },
            account: {
              description: "The account charged (sbatch --account).",
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
            },
            qos: {
              description: "The quality of service (sbatch --qos).",
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
            },
            constraint: {
              description: 'Node features the tasks need (sbatch --constraint), e.g. "skylake&ib": the analogue of an instance type.',
              type: "string",
              pattern: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$"
            },
            time: {
              description: "The wall-time limit of each task in Slurm's format (sbatch --time): minutes, MM:SS, HH:MM:SS, D-HH or D-HH:MM:SS. Default: resources.timeout rounded up to a minute.",
              type: "string",
              pattern: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$"
            },
            throttle: {
              description: "At most this many tasks of one array run at once (the %N of --array=0-99%N), the analogue of a queue's maximum vCPUs.",
              type: "integer",
              minimum: 1,
              maximum: 1e5
            },
            price: {
              description: `What the partition costs, in USD, for the report's cost: per-node-hour charges each task a whole node for its running time (partitions that allocate whole nodes), per-core-hour the cores it asks (--cpus-per-task). Without it (or a "slurm" section in the prices file), the run is "not priced", never $0.`,
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              properties: {
                "per-node-hour": {
                  description: "USD per node-hour.",
                  type: "number",
                  minimum: 0
                },
                "per-core-hour": {
                  description: "USD per core-hour.",
                  type: "number",
                  minimum: 0
                }
              },
              examples: [
                {
                  "per-node-hour": 2.4
                },
                {
                  "per-core-hour": 0.05
                }
              ]
            }
          },
          examples: [
            {
              partition: "compute",
              account: "perf-team",
              constraint: "icelake",
              time: "00:30:00",
              throttle: 16,
              price: {
                "per-core-hour": 0.05
              }
            }
          ]
        }
      }
    },
    fanOut: {
      description: "Split a list of work items into shards, one job (Batch array child) per shard.",
      type: "object",
      additionalProperties: false,
      required: ["items", "workers"],
      properties: {
        items: {
          description: "How many work items the list has, or ${{ matrix.<axis> }} to compare work sizes.",
          type: ["integer", "string"],
          minimum: 1,
          pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$",
          examples: [1e3, "${{ matrix.items }}"]
        },
        workers: {
          description: "How many shards (workers): a number or ${{ matrix.<axis> }}.",
          type: ["integer", "string"],
          minimum: 1,
          pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"
        },
        oversubscribe: {
          description: "Between 1 and 2: 1.1 adds speculative copies of the slowest 10% of shards; the first finisher wins. Or ${{ matrix.<axis> }} to compare, e.g. [1, 1.2].",
          type: ["number", "string"],
          minimum: 1,
          maximum: 2,
          default: 1,
          pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$",
          examples: [1.1, "${{ matrix.oversubscribe }}"]
        }
      }
    },
    stage: {
      description: "One stage of a pipeline.",
      type: "object",
      additionalProperties: false,
      required: ["run"],
      properties: {
        needs: {
          description: "Stages that must succeed first (for the same cell and repeat).",
          type: "array",
          uniqueItems: true,
          items: {
            description: "A stage name.",
            type: "string"
          }
        },
        run: {
          $ref: "#/definitions/run"
        },
        resources: {
          $ref: "#/definitions/resources"
        },
        compute: {
          $ref: "#/definitions/compute"
        },
        "fan-out": {
          $ref: "#/definitions/fanOut"
        }
      }
    },
    results: {
      description: "Where results go and what the workload measures.",
      type: "object",
      additionalProperties: false,
      properties: {
        store: {
          description: "Where results are kept: s3://bucket/prefix/ or a local folder.",
          type: "string",
          minLength: 1
        },
        metrics: {
          description: "Metrics the workload reports (JSON lines to $BATCHBENCH_METRICS), and which way is better.",
          type: "array",
          items: {
            description: "A workload metric.",
            type: "object",
            additionalProperties: false,
            required: ["name", "better"],
            properties: {
              name: {
                description: "Metric name as the workload reports it.",
                type: "string",
                pattern: "^[A-Za-z0-9_.-]+$"
              },
              better: {
                description: "higher or lower.",
                type: "string",
                enum: ["higher", "lower"]
              },
              unit: {
                description: "Unit shown in the report, e.g. s, items/s.",
                type: "string"
              }
            }
          }
        }
      }
    },
    analysis: {
      description: "What to compute from the timings and which results fail the check.",
      type: "object",
      additionalProperties: false,
      properties: {
        speedup: {
          description: "Speedup and efficiency along one axis against a baseline cell.",
          type: "object",
          additionalProperties: false,
          required: ["over", "baseline"],
          properties: {
            over: {
              description: "The matrix axis holding the degree of parallelism (workers, n_jobs, ...).",
              type: "string"
            },
            baseline: {
              description: "A value of the `over` axis, or a partial cell such as { backend: local, workers: 10 }.",
              type: ["string", "number", "boolean", "object"],
              minProperties: 1,
              additionalProperties: {
                $ref: "#/definitions/scalar"
              }
            },
            target: {
              description: "Lowest acceptable speedup of the largest setting; below it the check fails.",
              type: "number",
              exclusiveMinimum: 0
            }
          }
        },
        extrapolate: {
          description: "Scale the measured time to the full workload.",
          type: "object",
          additionalProperties: false,
          required: ["factor"],
          properties: {
            factor: {
              description: "Full workload / measured workload, e.g. 200 when 5 of 1000 iterations ran.",
              type: "number",
              exclusiveMinimum: 0
            }
          }
        },
        targets: {
          description: "Bounds on metrics; a cell outside them fails the check.",
          type: "array",
          items: {
            description: "A bound on one metric.",
            type: "object",
            additionalProperties: false,
            required: ["metric"],
            properties: {
              metric: {
                description: "wall-time, cost, speedup, efficiency, or a metric declared in results.metrics.",
                type: "string"
              },
              min: {
                description: "Lowest acceptable value.",
                type: "number"
              },
              max: {
                description: "Highest acceptable value.",
                type: "number"
              },
              cell: {
                $ref: "#/definitions/cell"
              }
            }
          }
        },
        "straggler-factor": {
          description: "A task is a straggler when it takes more than this many times the median task.",
          type: "number",
          exclusiveMinimum: 1,
          default: 1.5
        },
        confidence: {
          description: "Confidence level of the intervals, between 0.5 and 0.999.",
          type: "number",
          minimum: 0.5,
          maximum: 0.999,
          default: 0.95
        },
        "fail-on": {
          description: "What fails the run: the exit code of `batchbench run` and `report` and the pull request check both follow this one setting. By default failed or missing jobs and missed targets fail (exit 1, check failure); a target the samples cannot decide leaves the check neutral and exits 0; a regression against the base run fails only when `regression` is set. Example: `fail-on: { regression: 5%, target-missed: true, inconclusive: false }`.",
          type: "object",
          additionalProperties: false,
          properties: {
            regression: {
              description: "Fail when a cell's wall time is significantly slower than in the base run (on a pull request, the base branch's latest run) by more than this share: Welch's t at alpha = 1 - confidence, and a slowdown beyond the threshold, e.g. `5%` (at most 1000%). `true` means 5%; `false` (the default) only reports regressions.",
              type: ["string", "boolean"],
              pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"
            },
            "target-missed": {
              description: "Fail when a target is missed (default true).",
              type: "boolean",
              default: true
            },
            inconclusive: {
              description: "Fail when a target, or with `regression` a cell's comparison, cannot be decided from the samples (default false: the check is neutral and the exit code 0).",
              type: "boolean",
              default: false
            },
            "failed-jobs": {
              description: "Fail when a job failed or is missing (default true).",
              type: "boolean",
              default: true
            }
          }
        }
      }
    },
    budget: {
      description: "Limits checked before anything runs; a plan over them is refused.",
      type: "object",
      additionalProperties: false,
      properties: {
        "max-usd": {
          description: "Most the whole experiment may cost, in US dollars.",
          type: "number",
          exclusiveMinimum: 0
        },
        "max-vcpus": {
          description: "Most vCPUs in use at once.",
          type: "number",
          exclusiveMinimum: 0
        },
        "max-jobs": {
          description: "Most jobs the plan may hold.",
          type: "integer",
          minimum: 1
        }
      }
    },
    costs: {
      description: "Costs other than compute, priced from the same table.",
      type: "object",
      additionalProperties: false,
      properties: {
        storage: {
          description: "Storage held for the experiment.",
          type: "array",
          items: {
            description: "One storage item.",
            type: "object",
            additionalProperties: false,
            required: ["kind", "size"],
            properties: {
              kind: {
                description: "s3, fsx-lustre or ebs-gp3.",
                type: "string",
                enum: ["s3", "fsx-lustre", "ebs-gp3"]
              },
              size: {
                allOf: [
                  {
                    $ref: "#/definitions/size"
                  }
                ],
                description: "How much: 5GB, 1.2TB, or a number of MiB."
              },
              hours: {
                description: "How long it is held; a month (730 h) when absent.",
                type: "number",
                exclusiveMinimum: 0
              }
            }
          }
        },
        transfer: {
          description: "Data moved.",
          type: "object",
          additionalProperties: false,
          properties: {
            out: {
              allOf: [
                {
                  $ref: "#/definitions/size"
                }
              ],
              description: "Data transferred out to the internet: 5GB, or a number of MiB."
            }
          }
        },
        "instance-types": {
          description: "Instance types the shipped price table does not have (or priced otherwise), by name: their size and hourly price. A type named in compute.instance-type must be in the price table or here.",
          type: "object",
          propertyNames: {
            description: "An EC2 instance type name, e.g. c8i.large.",
            pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$"
          },
          additionalProperties: {
            description: "One instance type: what it has and what an hour of it costs.",
            type: "object",
            additionalProperties: false,
            required: ["vcpus", "memory", "on-demand-hourly"],
            properties: {
              vcpus: {
                description: "vCPUs of the instance.",
                type: "integer",
                minimum: 1,
                examples: [2]
              },
              memory: {
                allOf: [
                  {
                    $ref: "#/definitions/size"
                  }
                ],
                description: "Installed memory: 4GiB, 16GiB.",
                examples: ["4GiB"]
              },
              gpus: {
                description: "GPUs of the instance.",
                type: "integer",
                minimum: 0,
                default: 0,
                examples: [0]
              },
              "on-demand-hourly": {
                description: "On-demand price of one instance-hour, US dollars.",
                type: "number",
                minimum: 0,
                examples: [0.0893]
              },
              "spot-hourly": {
                description: "Typical Spot price of one instance-hour, US dollars; Spot capacity is unpriced without it.",
                type: "number",
                minimum: 0,
                examples: [0.035]
              }
            }
          },
          examples: [
            {
              "c8i.large": {
                vcpus: 2,
                memory: "4GiB",
                "on-demand-hourly": 0.0893
              }
            }
          ]
        }
      }
    },
    compare: {
      description: "Another configuration, priced side by side.",
      type: "object",
      additionalProperties: false,
      required: ["name", "override"],
      properties: {
        name: {
          description: "Name shown in the report.",
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
        },
        override: {
          description: "Dotted path into this file as written -> value, e.g. stages.train.compute.capacity: on-demand.",
          type: "object",
          minProperties: 1,
          additionalProperties: {
            $ref: "#/definitions/scalar"
          }
        }
      }
    },
    campaign: {
      description: "A scheduled benchmark campaign: which instance types run which benchmarks, when, and how results are judged against earlier weeks.",
      type: "object",
      additionalProperties: false,
      required: ["version", "kind", "name", "benchmarks", "schedule"],
      properties: {
        version: {
          description: "Version of the file format. Always 1.",
          const: 1
        },
        kind: {
          description: 'Always "campaign" for a campaign file.',
          const: "campaign"
        },
        name: {
          description: "Name of the campaign: letters, digits, '-' and '_', at most 64 characters.",
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
        },
        description: {
          description: "One line on what the campaign measures.",
          type: "string"
        },
        instances: {
          description: "Instance families and sizes; every family runs at every size, e.g. { families: [m7i, c7g], sizes: [large, xlarge] }.",
          type: "object",
          additionalProperties: false,
          required: ["families", "sizes"],
          properties: {
            families: {
              description: "EC2 instance families, e.g. [m7i, c7g, r7a].",
              type: "array",
              minItems: 1,
              uniqueItems: true,
              items: {
                type: "string",
                pattern: "^[a-z][a-z0-9-]*$"
              }
            },
            sizes: {
              description: "Instance sizes, e.g. [large, xlarge, 2xlarge, 4xlarge].",
              type: "array",
              minItems: 1,
              uniqueItems: true,
              items: {
                type: "string",
                pattern: "^[a-z0-9]+$"
              }
            }
          }
        },
        slurm: {
          description: "Node types of a Slurm cluster instead of instance types (campaign run --backend slurm): each names a partition and/or node features (constraint), e.g. { nodes: [{ constraint: icelake, cpu: intel }, { constraint: milan, cpu: amd }] }. A campaign names instances or slurm, not both.",
          type: "object",
          additionalProperties: false,
          required: ["nodes"],
          properties: {
            nodes: {
              description: "The node types, each standing in for an instance type: its jobs go to its partition (sbatch --partition) and ask for its features (--constraint).",
              type: "array",
              minItems: 1,
              items: {
                type: "object",
                additionalProperties: false,
                properties: {
                  name: {
                    description: "What the history and the report call the node type; default: its constraint, else its partition.",
                    type: "string",
                    pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
                  },
                  partition: {
                    description: "The partition its jobs go to (sbatch --partition); the cluster default when absent.",
                    type: "string",
                    pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
                  },
                  constraint: {
                    description: 'Node features its jobs need (sbatch --constraint), e.g. icelake or "icelake&ib".',
                    type: "string",
                    pattern: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$"
                  },
                  cpu: {
                    description: "The nodes' CPU maker, which picks each benchmark's variant (stream-avx512 on intel, ...); absent: the benchmarks run as themselves.",
                    type: "string",
                    enum: ["intel", "amd", "graviton"]
                  },
                  cpus: {
                    description: "CPUs each job asks (--cpus-per-task), e.g. the node's core count for a benchmark that needs the whole node; default 1.",
                    type: "integer",
                    minimum: 1,
                    maximum: 1e5
                  },
                  memory: {
                    description: "Memory each job asks (--mem), e.g. 64GiB; default 512MiB.",
                    $ref: "#/definitions/size"
                  },
                  price: {
                    description: 'What the node type costs, in USD: per-node-hour charges each job a whole node for its running time, per-core-hour the cores it asks. Without a price here or in the prices file (by partition), the campaign is "not priced", never $0.',
                    type: "object",
                    additionalProperties: false,
                    minProperties: 1,
                    maxProperties: 1,
                    properties: {
                      "per-node-hour": {
                        description: "USD per node-hour.",
                        type: "number",
                        minimum: 0
                      },
                      "per-core-hour": { description: "USD per core-hour.", type: "number", minimum: 0 }
                    }
                  }
                }
              }
            },
            account: {
              description: "The account charged (sbatch --account).",
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
            },
            qos: {
              description: "The quality of service (sbatch --qos).",
              type: "string",
              pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
            },
            time: {
              description: "Each job's wall-time limit in Slurm's format (sbatch --time); default: three times the benchmark's duration, at least a minute.",
              type: "string",
              pattern: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$"
            },
            price: {
              description: 'What every node type without its own price costs, in USD: per-node-hour charges each job a whole node for its running time, per-core-hour the cores it asks. Without a price here or in the prices file (by partition), the campaign is "not priced", never $0.',
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              maxProperties: 1,
              properties: {
                "per-node-hour": { description: "USD per node-hour.", type: "number", minimum: 0 },
                "per-core-hour": { description: "USD per core-hour.", type: "number", minimum: 0 }
              }
            }
          }
        },
        benchmarks: {
          description: "Base benchmarks, e.g. [stream, hpl, micro-latency]; each becomes its architecture variant where one exists.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            type: "string",
            pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"
          }
        },
        variants: {
          description: "architecture-aware: run each benchmark as its variant for the instance's CPU (stream-avx512 on Intel, stream-neon on Graviton, ...); none: run the base benchmark everywhere.",
          type: "string",
          enum: ["architecture-aware", "none"],
          default: "architecture-aware"
        },
        repeats: {
          description: "How many times each cell of the matrix runs; more repeats give tighter confidence intervals.",
          type: "integer",
          minimum: 1,
          maximum: 1e3,
          default: 1
        },
        programs: {
          description: "The command each base benchmark runs (argv, no shell); --variant <name> is appended. Default: node examples/benchmarks/<benchmark>.mjs.",
          type: "object",
          propertyNames: {
            pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          additionalProperties: {
            type: "array",
            minItems: 1,
            items: {
              type: ["string", "number"]
            }
          }
        },
        durations: {
          description: "Estimated duration of one job of each base benchmark, e.g. { stream: 10m, hpl: 20m }.",
          type: "object",
          propertyNames: {
            pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"
          },
          additionalProperties: {
            $ref: "#/definitions/duration"
          }
        },
        schedule: {
          description: "When the week's jobs run: days, daily windows, quotas, waves and Spot.",
          type: "object",
          additionalProperties: false,
          required: ["windows", "max-daily-jobs", "max-concurrent"],
          properties: {
            days: {
              description: "Days of the week the campaign runs on, from Monday.",
              type: "integer",
              minimum: 1,
              maximum: 7,
              default: 7
            },
            windows: {
              description: 'Daily windows, e.g. { name: morning, start: "08:00", end: "12:00", focus: [stream] }.',
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/definitions/campaignWindow"
              }
            },
            "max-daily-jobs": {
              description: "At most this many jobs a day (the quota the campaign respects).",
              type: "integer",
              minimum: 1
            },
            "max-concurrent": {
              description: "At most this many jobs at once within a window.",
              type: "integer",
              minimum: 1
            },
            waves: {
              description: "by-size: within a window, run the smallest instances first and each size after the previous one finished; none: no ordering.",
              type: "string",
              enum: ["by-size", "none"],
              default: "by-size"
            },
            spot: {
              description: "Use Spot from a size on, e.g. { from-size: xlarge, fallback: on-demand }.",
              type: "object",
              additionalProperties: false,
              required: ["from-size"],
              properties: {
                "from-size": {
                  description: "The smallest size that runs on Spot, e.g. xlarge.",
                  type: "string",
                  pattern: "^[a-z0-9]+$"
                },
                fallback: {
                  description: "What to do when Spot has no capacity: on-demand (the default) or none.",
                  type: "string",
                  enum: ["on-demand", "none"],
                  default: "on-demand"
                }
              }
            },
            retries: {
              description: "Extra attempts for a failed job, with exponential backoff between them.",
              type: "integer",
              minimum: 0,
              maximum: 10,
              default: 2
            }
          }
        },
        quality: {
          description: "Results noisier than this are flagged, not trusted.",
          type: "object",
          additionalProperties: false,
          properties: {
            "max-cv": {
              description: "Largest coefficient of variation (sd / mean) of a benchmark's repeats that is trusted, e.g. 0.05.",
              type: "number",
              exclusiveMinimum: 0,
              default: 0.05
            }
          }
        },
        regression: {
          description: "How each week is compared with earlier weeks.",
          type: "object",
          additionalProperties: false,
          properties: {
            against: {
              description: "previous: the latest earlier week; weeks:N: the N latest earlier weeks pooled.",
              type: "string",
              pattern: "^(previous|weeks:[1-9][0-9]*)$",
              default: "previous"
            },
            test: {
              description: "mann-whitney (rank test, the default) or welch (Welch's t-test).",
              type: "string",
              enum: ["mann-whitney", "welch"],
              default: "mann-whitney"
            },
            threshold: {
              description: "How far the median must move the bad way to be a regression, e.g. 5% (at most 1000%).",
              type: ["string", "number"],
              pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",
              minimum: 0,
              default: "5%"
            },
            alpha: {
              description: "Significance level of the test.",
              type: "number",
              exclusiveMinimum: 0,
              exclusiveMaximum: 1,
              default: 0.05
            }
          }
        },
        region: {
          description: "AWS region the campaign runs in and is priced for.",
          type: "string",
          pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$",
          default: "us-east-1"
        },
        results: {
          $ref: "#/definitions/results"
        }
      }
    },
    campaignWindow: {
      description: "A daily window: name, start and end as HH:MM (24:00 for midnight), and the benchmarks it focuses on.",
      type: "object",
      additionalProperties: false,
      required: ["name", "start", "end"],
      properties: {
        name: {
          description: "Window name, e.g. morning.",
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
        },
        start: {
          description: "Start time, HH:MM.",
          type: "string",
          pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"
        },
        end: {
          description: "End time, HH:MM; 24:00 is midnight.",
          type: "string",
          pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
        },
        focus: {
          description: "Benchmarks (base or variant names) this window runs; empty or absent: any.",
          type: "array",
          items: {
            type: "string",
            pattern: "^[a-z0-9][a-z0-9_-]{0,63}$"
          }
        }
      }
    },
    decide: {
      description: "The question the report answers from the measured cells: the fastest configuration within a budget, or the cheapest within a deadline (per run of the configuration), and what the chosen one takes at full size. --budget and --deadline override these.",
      type: "object",
      additionalProperties: false,
      properties: {
        "budget-usd": {
          description: "Most one run of a configuration may cost, US dollars: the report names the fastest cell within it.",
          type: "number",
          exclusiveMinimum: 0,
          examples: [0.5]
        },
        deadline: {
          allOf: [
            {
              $ref: "#/definitions/duration"
            }
          ],
          description: "Longest one run of a configuration may take: the report names the cheapest cell within it. 90s, 15m, 2h.",
          examples: ["10m"]
        },
        scale: {
          description: "The full run is this many times the measured work: the recommended cell's time and cost are projected to it, per stage.",
          type: "number",
          exclusiveMinimum: 0,
          examples: [25]
        }
      },
      examples: [
        {
          "budget-usd": 0.5,
          deadline: "10m",
          scale: 25
        }
      ]
    }
  }
};

// src/domain/experiment/edit-distance.ts
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
    }
    prev = row;
  }
  return prev[b.length];
}
var MAX_WORD = 128;
var MAX_CANDIDATES = 500;
function closest(word, candidates) {
  const folded = fold(word);
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  let scanned = 0;
  for (const c of candidates) {
    if (fold(c) === folded) return c;
    if (++scanned > MAX_CANDIDATES) break;
    if (word.length > MAX_WORD || c.length > MAX_WORD || Math.abs(word.length - c.length) > limit) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function fold(s) {
  return s.toLowerCase().replace(/[-_]/g, "");
}
function didYouMean(word, candidates) {
  const c = closest(word, candidates);
  return c === void 0 ? void 0 : `did you mean "${c}"?`;
}

// src/domain/experiment/experiment-validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/batchbench/batchbench/v0.1.0/schema/experiment.schema.json", "title": "batchbench experiment", "description": "A committed experiment (what to run, over which matrix, on which compute, and how to analyse and price it) or, with kind: campaign, a scheduled benchmark campaign across instance types.", "type": "object", "required": ["version", "name"], "properties": { "version": { "description": "Version of the file format. Always 1.", "const": 1 }, "kind": { "description": 'What this file describes: "experiment" (the default) or "campaign" (a scheduled benchmark campaign, see docs/weekly-campaign.md).', "type": "string", "enum": ["experiment", "campaign"], "default": "experiment" }, "name": { "description": "Name of the experiment: letters, digits, '-' and '_', at most 64 characters. Used in job names and result paths.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "description": { "description": "One line on what the experiment measures; shown at the top of the report.", "type": "string" }, "image": { "$ref": "#/definitions/image" }, "run": { "$ref": "#/definitions/run" }, "matrix": { "$ref": "#/definitions/matrix" }, "repeats": { "description": "How many times each cell of the matrix runs; more repeats give tighter confidence intervals.", "type": "integer", "minimum": 1, "maximum": 1e3, "default": 1 }, "resources": { "$ref": "#/definitions/resources" }, "compute": { "$ref": "#/definitions/compute" }, "fan-out": { "$ref": "#/definitions/fanOut" }, "stages": { "description": "A pipeline of named stages, each with its own run, resources and compute. Use instead of a top-level run. Top-level resources and compute are defaults for every stage.", "type": "object", "minProperties": 1, "propertyNames": { "description": "Stage name: letters, digits, '-' and '_', at most 64 characters.", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "additionalProperties": { "$ref": "#/definitions/stage" } }, "results": { "$ref": "#/definitions/results" }, "analysis": { "$ref": "#/definitions/analysis" }, "budget": { "$ref": "#/definitions/budget" }, "costs": { "$ref": "#/definitions/costs" }, "compare": { "description": "Other configurations to price side by side with this one, each as overrides of this file.", "type": "array", "items": { "$ref": "#/definitions/compare" } }, "decide": { "$ref": "#/definitions/decide" } }, "if": { "properties": { "kind": { "const": "campaign" } }, "required": ["kind"] }, "then": { "$ref": "#/definitions/campaign" }, "else": { "additionalProperties": false, "properties": { "version": true, "kind": true, "name": true, "description": true, "image": true, "run": true, "matrix": true, "repeats": true, "resources": true, "compute": true, "fan-out": true, "stages": true, "results": true, "analysis": true, "budget": true, "costs": true, "compare": true, "decide": true }, "if": { "properties": { "stages": true }, "required": ["stages"] }, "then": { "properties": { "run": false, "fan-out": false } }, "else": { "properties": { "run": true }, "required": ["run"] } }, "definitions": { "scalar": { "description": "A string, number or boolean.", "type": ["string", "number", "boolean"] }, "cell": { "description": "Matrix values that pick cells, e.g. { angle: 0, n_jobs: 1 }.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/scalar" } }, "duration": { "description": "A duration: 90s, 15m, 24h, 1d, 1h30m, or a number of seconds.", "type": ["string", "number"], "pattern": "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$", "exclusiveMinimum": 0 }, "size": { "description": "A size: 512MiB, 32GiB, 1.2TB, 500MB, or a number of MiB.", "type": ["string", "number"], "pattern": "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", "exclusiveMinimum": 0 }, "image": { "description": "The container image the jobs run in: built from a Dockerfile, or an existing image URI. Needs exactly one of build or uri. Without it, the local backend runs the command on the host.", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "build": { "description": "Build the image from a Dockerfile (pushed to ECR for aws-batch).", "type": "object", "additionalProperties": false, "required": ["context"], "properties": { "context": { "description": "Build context folder, relative to the repository root.", "type": "string", "minLength": 1 }, "dockerfile": { "description": "Dockerfile path inside the context.", "type": "string", "minLength": 1, "default": "Dockerfile" } } }, "uri": { "description": "An existing image, e.g. 123456789012.dkr.ecr.us-west-2.amazonaws.com/beam:2f9c1e.", "type": "string", "minLength": 1 } } }, "run": { "description": "What each job runs: an argv list, never through a shell.", "type": "object", "additionalProperties": false, "required": ["command"], "properties": { "command": { "description": "The program and its arguments. Items may contain ${{ matrix.<axis> }}, ${{ shard.index }}, ${{ shard.count }} and ${{ repeat }}.", "type": "array", "minItems": 1, "items": { "description": "One argument; numbers become strings.", "type": ["string", "number"] } }, "env": { "description": "Environment variables for the job. Values may contain ${{ matrix.<axis> }} and the other expressions of command.", "type": "object", "propertyNames": { "description": "Environment variable name.", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "description": "Variable value; numbers and booleans become strings.", "type": ["string", "number", "boolean"] } }, "workdir": { "description": "Working directory of the command; may contain ${{ matrix.<axis> }} and the other expressions of command (local backend: relative to the directory batchbench is started in, like the command's own paths; containers: inside the image).", "type": "string", "minLength": 1 } } }, "matrix": { "description": "Axes whose cartesian product gives the cells, with GitHub Actions semantics for include and exclude.", "type": "object", "propertyNames": { "description": "Axis name: letters, digits, '-' and '_'.", "pattern": "^[A-Za-z_][A-Za-z0-9_-]{0,63}$" }, "properties": { "include": { "description": "Extra values merged into matching cells, or extra cells when they match none.", "type": "array", "items": { "$ref": "#/definitions/cell" } }, "exclude": { "description": "Cells to drop: every combination matching all the pairs of an entry.", "type": "array", "items": { "$ref": "#/definitions/cell" } } }, "additionalProperties": { "description": "An axis: the values it takes, in order.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/scalar" } } }, "resources": { "description": "What each job asks for (AWS Batch container overrides).", "type": "object", "additionalProperties": false, "properties": { "vcpus": { "description": "vCPUs per job (fractions such as 0.25 only on Fargate), or ${{ matrix.<axis> }} to compare.", "type": ["number", "string"], "exclusiveMinimum": 0, "maximum": 4096, "default": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [2, "${{ matrix.vcpus }}"] }, "memory": { "anyOf": [{ "$ref": "#/definitions/size" }, { "type": "string", "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "description": "Memory per job: 512MiB, 32GiB, or a number of MiB; or ${{ matrix.<axis> }} to compare.", "default": "2GiB", "examples": ["4GiB", "${{ matrix.memory }}"] }, "gpus": { "description": "GPUs per job, or ${{ matrix.<axis> }} to compare.", "type": ["integer", "string"], "minimum": 0, "maximum": 64, "default": 0, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [1, "${{ matrix.gpus }}"] }, "timeout": { "allOf": [{ "$ref": "#/definitions/duration" }], "description": "A job running longer is stopped: 90s, 15m, 24h, 1d, or seconds. AWS Batch needs at least 60s.", "default": "1h" }, "retries": { "description": "Extra attempts after a failed first attempt.", "type": "integer", "minimum": 0, "maximum": 9, "default": 0 }, "retry-on": { "description": "Which failures to retry or not (AWS Batch evaluateOnExit); the first matching rule wins.", "type": "array", "maxItems": 5, "items": { "$ref": "#/definitions/retryRule" } } } }, "retryRule": { "description": "A rule on how a failed attempt ended. Patterns may end in '*'.", "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "description": "retry the job or exit (give up) when the rule matches.", "type": "string", "enum": ["retry", "exit"] }, "on-status-reason": { "description": `Pattern for the job's status reason, e.g. "Host EC2*" (spot reclaimed).`, "type": "string", "minLength": 1 }, "on-reason": { "description": `Pattern for the container's reason, e.g. "CannotPullContainerError*".`, "type": "string", "minLength": 1 }, "on-exit-code": { "description": 'Pattern for the exit code, e.g. "137" or "1*".', "type": ["string", "integer"] } } }, "compute": { "description": "Where jobs run.", "type": "object", "additionalProperties": false, "properties": { "backend": { "description": "local (child processes, the default), aws-batch, slurm (job arrays on a Slurm cluster, see compute.slurm), or ${{ matrix.<axis> }} to compare backends.", "type": "string", "anyOf": [{ "enum": ["local", "aws-batch", "slurm"] }, { "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "default": "local" }, "region": { "description": "AWS region, e.g. us-west-2.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$", "default": "us-east-1" }, "queue": { "description": "AWS Batch job queue name or ARN; may hold ${{ matrix.<axis> }} to give each cell its own. A queue name has no dots, so name each instance type's queue in matrix.include, e.g. include: [{instance-type: c7i.large, queue: bench-c7i}] with queue: ${{ matrix.queue }}.", "type": "string", "minLength": 1, "examples": ["bench-c7i-large", "${{ matrix.queue }}"] }, "fallback-queue": { "description": "On-demand job queue used when capacity is spot-then-on-demand and spot attempts fail.", "type": "string", "minLength": 1 }, "instance-type": { "description": "EC2 instance type the queue runs on, e.g. r5.4xlarge, or ${{ matrix.<axis> }} to compare instance types (give each type its queue in matrix.include, see compute.queue). Priced from the shipped price table, or from costs.instance-types.", "type": "string", "anyOf": [{ "pattern": "^[a-z0-9-]+\\.[a-z0-9-]+$" }, { "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "examples": ["c7i.large", "${{ matrix.instance-type }}"] }, "capacity": { "description": "on-demand, spot, or spot-then-on-demand (retry on fallback-queue when spot is reclaimed); or ${{ matrix.<axis> }} to compare them.", "type": "string", "default": "on-demand", "anyOf": [{ "enum": ["on-demand", "spot", "spot-then-on-demand"] }, { "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "examples": ["spot", "${{ matrix.capacity }}"] }, "platform": { "description": "ec2 or fargate.", "type": "string", "enum": ["ec2", "fargate"], "default": "ec2" }, "job-definition": { "description": "Use this existing AWS Batch job definition instead of registering one from the file.", "type": "string", "minLength": 1 }, "job-role-arn": { "description": "IAM role the job's container assumes.", "type": "string", "pattern": "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, "execution-role-arn": { "description": "IAM role AWS uses to pull the image and write logs of a Fargate job (the job role when absent); Fargate jobs need one of the two.", "type": "string", "pattern": "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, "tags": { "description": "Tags put on every submitted job.", "type": "object", "additionalProperties": { "description": "Tag value.", "type": "string" } }, "slurm": { "description": "Where and how a slurm backend submits: each cell and stage is one sbatch --array; resources map to --cpus-per-task, --mem and --gres=gpu:N. Settings left out use the cluster's defaults.", "type": "object", "additionalProperties": false, "properties": { "partition": { "description": "The partition (sbatch --partition); the cluster default when absent.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "account": { "description": "The account charged (sbatch --account).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "qos": { "description": "The quality of service (sbatch --qos).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "constraint": { "description": 'Node features the tasks need (sbatch --constraint), e.g. "skylake&ib": the analogue of an instance type.', "type": "string", "pattern": "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, "time": { "description": "The wall-time limit of each task in Slurm's format (sbatch --time): minutes, MM:SS, HH:MM:SS, D-HH or D-HH:MM:SS. Default: resources.timeout rounded up to a minute.", "type": "string", "pattern": "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, "throttle": { "description": "At most this many tasks of one array run at once (the %N of --array=0-99%N), the analogue of a queue's maximum vCPUs.", "type": "integer", "minimum": 1, "maximum": 1e5 }, "price": { "description": `What the partition costs, in USD, for the report's cost: per-node-hour charges each task a whole node for its running time (partitions that allocate whole nodes), per-core-hour the cores it asks (--cpus-per-task). Without it (or a "slurm" section in the prices file), the run is "not priced", never $0.`, "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "per-node-hour": { "description": "USD per node-hour.", "type": "number", "minimum": 0 }, "per-core-hour": { "description": "USD per core-hour.", "type": "number", "minimum": 0 } }, "examples": [{ "per-node-hour": 2.4 }, { "per-core-hour": 0.05 }] } }, "examples": [{ "partition": "compute", "account": "perf-team", "constraint": "icelake", "time": "00:30:00", "throttle": 16, "price": { "per-core-hour": 0.05 } }] } } }, "fanOut": { "description": "Split a list of work items into shards, one job (Batch array child) per shard.", "type": "object", "additionalProperties": false, "required": ["items", "workers"], "properties": { "items": { "description": "How many work items the list has, or ${{ matrix.<axis> }} to compare work sizes.", "type": ["integer", "string"], "minimum": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [1e3, "${{ matrix.items }}"] }, "workers": { "description": "How many shards (workers): a number or ${{ matrix.<axis> }}.", "type": ["integer", "string"], "minimum": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, "oversubscribe": { "description": "Between 1 and 2: 1.1 adds speculative copies of the slowest 10% of shards; the first finisher wins. Or ${{ matrix.<axis> }} to compare, e.g. [1, 1.2].", "type": ["number", "string"], "minimum": 1, "maximum": 2, "default": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [1.1, "${{ matrix.oversubscribe }}"] } } }, "stage": { "description": "One stage of a pipeline.", "type": "object", "additionalProperties": false, "required": ["run"], "properties": { "needs": { "description": "Stages that must succeed first (for the same cell and repeat).", "type": "array", "uniqueItems": true, "items": { "description": "A stage name.", "type": "string" } }, "run": { "$ref": "#/definitions/run" }, "resources": { "$ref": "#/definitions/resources" }, "compute": { "$ref": "#/definitions/compute" }, "fan-out": { "$ref": "#/definitions/fanOut" } } }, "results": { "description": "Where results go and what the workload measures.", "type": "object", "additionalProperties": false, "properties": { "store": { "description": "Where results are kept: s3://bucket/prefix/ or a local folder.", "type": "string", "minLength": 1 }, "metrics": { "description": "Metrics the workload reports (JSON lines to $BATCHBENCH_METRICS), and which way is better.", "type": "array", "items": { "description": "A workload metric.", "type": "object", "additionalProperties": false, "required": ["name", "better"], "properties": { "name": { "description": "Metric name as the workload reports it.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+$" }, "better": { "description": "higher or lower.", "type": "string", "enum": ["higher", "lower"] }, "unit": { "description": "Unit shown in the report, e.g. s, items/s.", "type": "string" } } } } } }, "analysis": { "description": "What to compute from the timings and which results fail the check.", "type": "object", "additionalProperties": false, "properties": { "speedup": { "description": "Speedup and efficiency along one axis against a baseline cell.", "type": "object", "additionalProperties": false, "required": ["over", "baseline"], "properties": { "over": { "description": "The matrix axis holding the degree of parallelism (workers, n_jobs, ...).", "type": "string" }, "baseline": { "description": "A value of the `over` axis, or a partial cell such as { backend: local, workers: 10 }.", "type": ["string", "number", "boolean", "object"], "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/scalar" } }, "target": { "description": "Lowest acceptable speedup of the largest setting; below it the check fails.", "type": "number", "exclusiveMinimum": 0 } } }, "extrapolate": { "description": "Scale the measured time to the full workload.", "type": "object", "additionalProperties": false, "required": ["factor"], "properties": { "factor": { "description": "Full workload / measured workload, e.g. 200 when 5 of 1000 iterations ran.", "type": "number", "exclusiveMinimum": 0 } } }, "targets": { "description": "Bounds on metrics; a cell outside them fails the check.", "type": "array", "items": { "description": "A bound on one metric.", "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "wall-time, cost, speedup, efficiency, or a metric declared in results.metrics.", "type": "string" }, "min": { "description": "Lowest acceptable value.", "type": "number" }, "max": { "description": "Highest acceptable value.", "type": "number" }, "cell": { "$ref": "#/definitions/cell" } } } }, "straggler-factor": { "description": "A task is a straggler when it takes more than this many times the median task.", "type": "number", "exclusiveMinimum": 1, "default": 1.5 }, "confidence": { "description": "Confidence level of the intervals, between 0.5 and 0.999.", "type": "number", "minimum": 0.5, "maximum": 0.999, "default": 0.95 }, "fail-on": { "description": "What fails the run: the exit code of `batchbench run` and `report` and the pull request check both follow this one setting. By default failed or missing jobs and missed targets fail (exit 1, check failure); a target the samples cannot decide leaves the check neutral and exits 0; a regression against the base run fails only when `regression` is set. Example: `fail-on: { regression: 5%, target-missed: true, inconclusive: false }`.", "type": "object", "additionalProperties": false, "properties": { "regression": { "description": "Fail when a cell's wall time is significantly slower than in the base run (on a pull request, the base branch's latest run) by more than this share: Welch's t at alpha = 1 - confidence, and a slowdown beyond the threshold, e.g. `5%` (at most 1000%). `true` means 5%; `false` (the default) only reports regressions.", "type": ["string", "boolean"], "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, "target-missed": { "description": "Fail when a target is missed (default true).", "type": "boolean", "default": true }, "inconclusive": { "description": "Fail when a target, or with `regression` a cell's comparison, cannot be decided from the samples (default false: the check is neutral and the exit code 0).", "type": "boolean", "default": false }, "failed-jobs": { "description": "Fail when a job failed or is missing (default true).", "type": "boolean", "default": true } } } } }, "budget": { "description": "Limits checked before anything runs; a plan over them is refused.", "type": "object", "additionalProperties": false, "properties": { "max-usd": { "description": "Most the whole experiment may cost, in US dollars.", "type": "number", "exclusiveMinimum": 0 }, "max-vcpus": { "description": "Most vCPUs in use at once.", "type": "number", "exclusiveMinimum": 0 }, "max-jobs": { "description": "Most jobs the plan may hold.", "type": "integer", "minimum": 1 } } }, "costs": { "description": "Costs other than compute, priced from the same table.", "type": "object", "additionalProperties": false, "properties": { "storage": { "description": "Storage held for the experiment.", "type": "array", "items": { "description": "One storage item.", "type": "object", "additionalProperties": false, "required": ["kind", "size"], "properties": { "kind": { "description": "s3, fsx-lustre or ebs-gp3.", "type": "string", "enum": ["s3", "fsx-lustre", "ebs-gp3"] }, "size": { "allOf": [{ "$ref": "#/definitions/size" }], "description": "How much: 5GB, 1.2TB, or a number of MiB." }, "hours": { "description": "How long it is held; a month (730 h) when absent.", "type": "number", "exclusiveMinimum": 0 } } } }, "transfer": { "description": "Data moved.", "type": "object", "additionalProperties": false, "properties": { "out": { "allOf": [{ "$ref": "#/definitions/size" }], "description": "Data transferred out to the internet: 5GB, or a number of MiB." } } }, "instance-types": { "description": "Instance types the shipped price table does not have (or priced otherwise), by name: their size and hourly price. A type named in compute.instance-type must be in the price table or here.", "type": "object", "propertyNames": { "description": "An EC2 instance type name, e.g. c8i.large.", "pattern": "^[a-z0-9-]+\\.[a-z0-9-]+$" }, "additionalProperties": { "description": "One instance type: what it has and what an hour of it costs.", "type": "object", "additionalProperties": false, "required": ["vcpus", "memory", "on-demand-hourly"], "properties": { "vcpus": { "description": "vCPUs of the instance.", "type": "integer", "minimum": 1, "examples": [2] }, "memory": { "allOf": [{ "$ref": "#/definitions/size" }], "description": "Installed memory: 4GiB, 16GiB.", "examples": ["4GiB"] }, "gpus": { "description": "GPUs of the instance.", "type": "integer", "minimum": 0, "default": 0, "examples": [0] }, "on-demand-hourly": { "description": "On-demand price of one instance-hour, US dollars.", "type": "number", "minimum": 0, "examples": [0.0893] }, "spot-hourly": { "description": "Typical Spot price of one instance-hour, US dollars; Spot capacity is unpriced without it.", "type": "number", "minimum": 0, "examples": [0.035] } } }, "examples": [{ "c8i.large": { "vcpus": 2, "memory": "4GiB", "on-demand-hourly": 0.0893 } }] } } }, "compare": { "description": "Another configuration, priced side by side.", "type": "object", "additionalProperties": false, "required": ["name", "override"], "properties": { "name": { "description": "Name shown in the report.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "override": { "description": "Dotted path into this file as written -> value, e.g. stages.train.compute.capacity: on-demand.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/scalar" } } } }, "campaign": { "description": "A scheduled benchmark campaign: which instance types run which benchmarks, when, and how results are judged against earlier weeks.", "type": "object", "additionalProperties": false, "required": ["version", "kind", "name", "benchmarks", "schedule"], "properties": { "version": { "description": "Version of the file format. Always 1.", "const": 1 }, "kind": { "description": 'Always "campaign" for a campaign file.', "const": "campaign" }, "name": { "description": "Name of the campaign: letters, digits, '-' and '_', at most 64 characters.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "description": { "description": "One line on what the campaign measures.", "type": "string" }, "instances": { "description": "Instance families and sizes; every family runs at every size, e.g. { families: [m7i, c7g], sizes: [large, xlarge] }.", "type": "object", "additionalProperties": false, "required": ["families", "sizes"], "properties": { "families": { "description": "EC2 instance families, e.g. [m7i, c7g, r7a].", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9-]*$" } }, "sizes": { "description": "Instance sizes, e.g. [large, xlarge, 2xlarge, 4xlarge].", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9]+$" } } } }, "slurm": { "description": "Node types of a Slurm cluster instead of instance types (campaign run --backend slurm): each names a partition and/or node features (constraint), e.g. { nodes: [{ constraint: icelake, cpu: intel }, { constraint: milan, cpu: amd }] }. A campaign names instances or slurm, not both.", "type": "object", "additionalProperties": false, "required": ["nodes"], "properties": { "nodes": { "description": "The node types, each standing in for an instance type: its jobs go to its partition (sbatch --partition) and ask for its features (--constraint).", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "description": "What the history and the report call the node type; default: its constraint, else its partition.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, "partition": { "description": "The partition its jobs go to (sbatch --partition); the cluster default when absent.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "constraint": { "description": 'Node features its jobs need (sbatch --constraint), e.g. icelake or "icelake&ib".', "type": "string", "pattern": "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, "cpu": { "description": "The nodes' CPU maker, which picks each benchmark's variant (stream-avx512 on intel, ...); absent: the benchmarks run as themselves.", "type": "string", "enum": ["intel", "amd", "graviton"] }, "cpus": { "description": "CPUs each job asks (--cpus-per-task), e.g. the node's core count for a benchmark that needs the whole node; default 1.", "type": "integer", "minimum": 1, "maximum": 1e5 }, "memory": { "description": "Memory each job asks (--mem), e.g. 64GiB; default 512MiB.", "$ref": "#/definitions/size" }, "price": { "description": 'What the node type costs, in USD: per-node-hour charges each job a whole node for its running time, per-core-hour the cores it asks. Without a price here or in the prices file (by partition), the campaign is "not priced", never $0.', "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "per-node-hour": { "description": "USD per node-hour.", "type": "number", "minimum": 0 }, "per-core-hour": { "description": "USD per core-hour.", "type": "number", "minimum": 0 } } } } } }, "account": { "description": "The account charged (sbatch --account).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "qos": { "description": "The quality of service (sbatch --qos).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "time": { "description": "Each job's wall-time limit in Slurm's format (sbatch --time); default: three times the benchmark's duration, at least a minute.", "type": "string", "pattern": "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, "price": { "description": 'What every node type without its own price costs, in USD: per-node-hour charges each job a whole node for its running time, per-core-hour the cores it asks. Without a price here or in the prices file (by partition), the campaign is "not priced", never $0.', "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "per-node-hour": { "description": "USD per node-hour.", "type": "number", "minimum": 0 }, "per-core-hour": { "description": "USD per core-hour.", "type": "number", "minimum": 0 } } } } }, "benchmarks": { "description": "Base benchmarks, e.g. [stream, hpl, micro-latency]; each becomes its architecture variant where one exists.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" } }, "variants": { "description": "architecture-aware: run each benchmark as its variant for the instance's CPU (stream-avx512 on Intel, stream-neon on Graviton, ...); none: run the base benchmark everywhere.", "type": "string", "enum": ["architecture-aware", "none"], "default": "architecture-aware" }, "repeats": { "description": "How many times each cell of the matrix runs; more repeats give tighter confidence intervals.", "type": "integer", "minimum": 1, "maximum": 1e3, "default": 1 }, "programs": { "description": "The command each base benchmark runs (argv, no shell); --variant <name> is appended. Default: node examples/benchmarks/<benchmark>.mjs.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": ["string", "number"] } } }, "durations": { "description": "Estimated duration of one job of each base benchmark, e.g. { stream: 10m, hpl: 20m }.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "additionalProperties": { "$ref": "#/definitions/duration" } }, "schedule": { "description": "When the week's jobs run: days, daily windows, quotas, waves and Spot.", "type": "object", "additionalProperties": false, "required": ["windows", "max-daily-jobs", "max-concurrent"], "properties": { "days": { "description": "Days of the week the campaign runs on, from Monday.", "type": "integer", "minimum": 1, "maximum": 7, "default": 7 }, "windows": { "description": 'Daily windows, e.g. { name: morning, start: "08:00", end: "12:00", focus: [stream] }.', "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/campaignWindow" } }, "max-daily-jobs": { "description": "At most this many jobs a day (the quota the campaign respects).", "type": "integer", "minimum": 1 }, "max-concurrent": { "description": "At most this many jobs at once within a window.", "type": "integer", "minimum": 1 }, "waves": { "description": "by-size: within a window, run the smallest instances first and each size after the previous one finished; none: no ordering.", "type": "string", "enum": ["by-size", "none"], "default": "by-size" }, "spot": { "description": "Use Spot from a size on, e.g. { from-size: xlarge, fallback: on-demand }.", "type": "object", "additionalProperties": false, "required": ["from-size"], "properties": { "from-size": { "description": "The smallest size that runs on Spot, e.g. xlarge.", "type": "string", "pattern": "^[a-z0-9]+$" }, "fallback": { "description": "What to do when Spot has no capacity: on-demand (the default) or none.", "type": "string", "enum": ["on-demand", "none"], "default": "on-demand" } } }, "retries": { "description": "Extra attempts for a failed job, with exponential backoff between them.", "type": "integer", "minimum": 0, "maximum": 10, "default": 2 } } }, "quality": { "description": "Results noisier than this are flagged, not trusted.", "type": "object", "additionalProperties": false, "properties": { "max-cv": { "description": "Largest coefficient of variation (sd / mean) of a benchmark's repeats that is trusted, e.g. 0.05.", "type": "number", "exclusiveMinimum": 0, "default": 0.05 } } }, "regression": { "description": "How each week is compared with earlier weeks.", "type": "object", "additionalProperties": false, "properties": { "against": { "description": "previous: the latest earlier week; weeks:N: the N latest earlier weeks pooled.", "type": "string", "pattern": "^(previous|weeks:[1-9][0-9]*)$", "default": "previous" }, "test": { "description": "mann-whitney (rank test, the default) or welch (Welch's t-test).", "type": "string", "enum": ["mann-whitney", "welch"], "default": "mann-whitney" }, "threshold": { "description": "How far the median must move the bad way to be a regression, e.g. 5% (at most 1000%).", "type": ["string", "number"], "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "minimum": 0, "default": "5%" }, "alpha": { "description": "Significance level of the test.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.05 } } }, "region": { "description": "AWS region the campaign runs in and is priced for.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$", "default": "us-east-1" }, "results": { "$ref": "#/definitions/results" } } }, "campaignWindow": { "description": "A daily window: name, start and end as HH:MM (24:00 for midnight), and the benchmarks it focuses on.", "type": "object", "additionalProperties": false, "required": ["name", "start", "end"], "properties": { "name": { "description": "Window name, e.g. morning.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "start": { "description": "Start time, HH:MM.", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "end": { "description": "End time, HH:MM; 24:00 is midnight.", "type": "string", "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" }, "focus": { "description": "Benchmarks (base or variant names) this window runs; empty or absent: any.", "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" } } } }, "decide": { "description": "The question the report answers from the measured cells: the fastest configuration within a budget, or the cheapest within a deadline (per run of the configuration), and what the chosen one takes at full size. --budget and --deadline override these.", "type": "object", "additionalProperties": false, "properties": { "budget-usd": { "description": "Most one run of a configuration may cost, US dollars: the report names the fastest cell within it.", "type": "number", "exclusiveMinimum": 0, "examples": [0.5] }, "deadline": { "allOf": [{ "$ref": "#/definitions/duration" }], "description": "Longest one run of a configuration may take: the report names the cheapest cell within it. 90s, 15m, 2h.", "examples": ["10m"] }, "scale": { "description": "The full run is this many times the measured work: the recommended cell's time and cost are projected to it, per stage.", "type": "number", "exclusiveMinimum": 0, "examples": [25] } }, "examples": [{ "budget-usd": 0.5, "deadline": "10m", "scale": 25 }] } } };
var schema17 = { "description": "The container image the jobs run in: built from a Dockerfile, or an existing image URI. Needs exactly one of build or uri. Without it, the local backend runs the command on the host.", "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "build": { "description": "Build the image from a Dockerfile (pushed to ECR for aws-batch).", "type": "object", "additionalProperties": false, "required": ["context"], "properties": { "context": { "description": "Build context folder, relative to the repository root.", "type": "string", "minLength": 1 }, "dockerfile": { "description": "Dockerfile path inside the context.", "type": "string", "minLength": 1, "default": "Dockerfile" } } }, "uri": { "description": "An existing image, e.g. 123456789012.dkr.ecr.us-west-2.amazonaws.com/beam:2f9c1e.", "type": "string", "minLength": 1 } } };
var schema18 = { "description": "What each job runs: an argv list, never through a shell.", "type": "object", "additionalProperties": false, "required": ["command"], "properties": { "command": { "description": "The program and its arguments. Items may contain ${{ matrix.<axis> }}, ${{ shard.index }}, ${{ shard.count }} and ${{ repeat }}.", "type": "array", "minItems": 1, "items": { "description": "One argument; numbers become strings.", "type": ["string", "number"] } }, "env": { "description": "Environment variables for the job. Values may contain ${{ matrix.<axis> }} and the other expressions of command.", "type": "object", "propertyNames": { "description": "Environment variable name.", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "description": "Variable value; numbers and booleans become strings.", "type": ["string", "number", "boolean"] } }, "workdir": { "description": "Working directory of the command; may contain ${{ matrix.<axis> }} and the other expressions of command (local backend: relative to the directory batchbench is started in, like the command's own paths; containers: inside the image).", "type": "string", "minLength": 1 } } };
var schema27 = { "description": "Where jobs run.", "type": "object", "additionalProperties": false, "properties": { "backend": { "description": "local (child processes, the default), aws-batch, slurm (job arrays on a Slurm cluster, see compute.slurm), or ${{ matrix.<axis> }} to compare backends.", "type": "string", "anyOf": [{ "enum": ["local", "aws-batch", "slurm"] }, { "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "default": "local" }, "region": { "description": "AWS region, e.g. us-west-2.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$", "default": "us-east-1" }, "queue": { "description": "AWS Batch job queue name or ARN; may hold ${{ matrix.<axis> }} to give each cell its own. A queue name has no dots, so name each instance type's queue in matrix.include, e.g. include: [{instance-type: c7i.large, queue: bench-c7i}] with queue: ${{ matrix.queue }}.", "type": "string", "minLength": 1, "examples": ["bench-c7i-large", "${{ matrix.queue }}"] }, "fallback-queue": { "description": "On-demand job queue used when capacity is spot-then-on-demand and spot attempts fail.", "type": "string", "minLength": 1 }, "instance-type": { "description": "EC2 instance type the queue runs on, e.g. r5.4xlarge, or ${{ matrix.<axis> }} to compare instance types (give each type its queue in matrix.include, see compute.queue). Priced from the shipped price table, or from costs.instance-types.", "type": "string", "anyOf": [{ "pattern": "^[a-z0-9-]+\\.[a-z0-9-]+$" }, { "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "examples": ["c7i.large", "${{ matrix.instance-type }}"] }, "capacity": { "description": "on-demand, spot, or spot-then-on-demand (retry on fallback-queue when spot is reclaimed); or ${{ matrix.<axis> }} to compare them.", "type": "string", "default": "on-demand", "anyOf": [{ "enum": ["on-demand", "spot", "spot-then-on-demand"] }, { "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "examples": ["spot", "${{ matrix.capacity }}"] }, "platform": { "description": "ec2 or fargate.", "type": "string", "enum": ["ec2", "fargate"], "default": "ec2" }, "job-definition": { "description": "Use this existing AWS Batch job definition instead of registering one from the file.", "type": "string", "minLength": 1 }, "job-role-arn": { "description": "IAM role the job's container assumes.", "type": "string", "pattern": "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, "execution-role-arn": { "description": "IAM role AWS uses to pull the image and write logs of a Fargate job (the job role when absent); Fargate jobs need one of the two.", "type": "string", "pattern": "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, "tags": { "description": "Tags put on every submitted job.", "type": "object", "additionalProperties": { "description": "Tag value.", "type": "string" } }, "slurm": { "description": "Where and how a slurm backend submits: each cell and stage is one sbatch --array; resources map to --cpus-per-task, --mem and --gres=gpu:N. Settings left out use the cluster's defaults.", "type": "object", "additionalProperties": false, "properties": { "partition": { "description": "The partition (sbatch --partition); the cluster default when absent.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "account": { "description": "The account charged (sbatch --account).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "qos": { "description": "The quality of service (sbatch --qos).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "constraint": { "description": 'Node features the tasks need (sbatch --constraint), e.g. "skylake&ib": the analogue of an instance type.', "type": "string", "pattern": "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, "time": { "description": "The wall-time limit of each task in Slurm's format (sbatch --time): minutes, MM:SS, HH:MM:SS, D-HH or D-HH:MM:SS. Default: resources.timeout rounded up to a minute.", "type": "string", "pattern": "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, "throttle": { "description": "At most this many tasks of one array run at once (the %N of --array=0-99%N), the analogue of a queue's maximum vCPUs.", "type": "integer", "minimum": 1, "maximum": 1e5 }, "price": { "description": `What the partition costs, in USD, for the report's cost: per-node-hour charges each task a whole node for its running time (partitions that allocate whole nodes), per-core-hour the cores it asks (--cpus-per-task). Without it (or a "slurm" section in the prices file), the run is "not priced", never $0.`, "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "per-node-hour": { "description": "USD per node-hour.", "type": "number", "minimum": 0 }, "per-core-hour": { "description": "USD per core-hour.", "type": "number", "minimum": 0 } }, "examples": [{ "per-node-hour": 2.4 }, { "per-core-hour": 0.05 }] } }, "examples": [{ "partition": "compute", "account": "perf-team", "constraint": "icelake", "time": "00:30:00", "throttle": 16, "price": { "per-core-hour": 0.05 } }] } } };
var schema28 = { "description": "Split a list of work items into shards, one job (Batch array child) per shard.", "type": "object", "additionalProperties": false, "required": ["items", "workers"], "properties": { "items": { "description": "How many work items the list has, or ${{ matrix.<axis> }} to compare work sizes.", "type": ["integer", "string"], "minimum": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [1e3, "${{ matrix.items }}"] }, "workers": { "description": "How many shards (workers): a number or ${{ matrix.<axis> }}.", "type": ["integer", "string"], "minimum": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, "oversubscribe": { "description": "Between 1 and 2: 1.1 adds speculative copies of the slowest 10% of shards; the first finisher wins. Or ${{ matrix.<axis> }} to compare, e.g. [1, 1.2].", "type": ["number", "string"], "minimum": 1, "maximum": 2, "default": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [1.1, "${{ matrix.oversubscribe }}"] } } };
var schema16 = { "description": "Where results go and what the workload measures.", "type": "object", "additionalProperties": false, "properties": { "store": { "description": "Where results are kept: s3://bucket/prefix/ or a local folder.", "type": "string", "minLength": 1 }, "metrics": { "description": "Metrics the workload reports (JSON lines to $BATCHBENCH_METRICS), and which way is better.", "type": "array", "items": { "description": "A workload metric.", "type": "object", "additionalProperties": false, "required": ["name", "better"], "properties": { "name": { "description": "Metric name as the workload reports it.", "type": "string", "pattern": "^[A-Za-z0-9_.-]+$" }, "better": { "description": "higher or lower.", "type": "string", "enum": ["higher", "lower"] }, "unit": { "description": "Unit shown in the report, e.g. s, items/s.", "type": "string" } } } } } };
var schema36 = { "description": "Limits checked before anything runs; a plan over them is refused.", "type": "object", "additionalProperties": false, "properties": { "max-usd": { "description": "Most the whole experiment may cost, in US dollars.", "type": "number", "exclusiveMinimum": 0 }, "max-vcpus": { "description": "Most vCPUs in use at once.", "type": "number", "exclusiveMinimum": 0 }, "max-jobs": { "description": "Most jobs the plan may hold.", "type": "integer", "minimum": 1 } } };
var schema12 = { "description": "A scheduled benchmark campaign: which instance types run which benchmarks, when, and how results are judged against earlier weeks.", "type": "object", "additionalProperties": false, "required": ["version", "kind", "name", "benchmarks", "schedule"], "properties": { "version": { "description": "Version of the file format. Always 1.", "const": 1 }, "kind": { "description": 'Always "campaign" for a campaign file.', "const": "campaign" }, "name": { "description": "Name of the campaign: letters, digits, '-' and '_', at most 64 characters.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "description": { "description": "One line on what the campaign measures.", "type": "string" }, "instances": { "description": "Instance families and sizes; every family runs at every size, e.g. { families: [m7i, c7g], sizes: [large, xlarge] }.", "type": "object", "additionalProperties": false, "required": ["families", "sizes"], "properties": { "families": { "description": "EC2 instance families, e.g. [m7i, c7g, r7a].", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z][a-z0-9-]*$" } }, "sizes": { "description": "Instance sizes, e.g. [large, xlarge, 2xlarge, 4xlarge].", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9]+$" } } } }, "slurm": { "description": "Node types of a Slurm cluster instead of instance types (campaign run --backend slurm): each names a partition and/or node features (constraint), e.g. { nodes: [{ constraint: icelake, cpu: intel }, { constraint: milan, cpu: amd }] }. A campaign names instances or slurm, not both.", "type": "object", "additionalProperties": false, "required": ["nodes"], "properties": { "nodes": { "description": "The node types, each standing in for an instance type: its jobs go to its partition (sbatch --partition) and ask for its features (--constraint).", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "description": "What the history and the report call the node type; default: its constraint, else its partition.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, "partition": { "description": "The partition its jobs go to (sbatch --partition); the cluster default when absent.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "constraint": { "description": 'Node features its jobs need (sbatch --constraint), e.g. icelake or "icelake&ib".', "type": "string", "pattern": "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, "cpu": { "description": "The nodes' CPU maker, which picks each benchmark's variant (stream-avx512 on intel, ...); absent: the benchmarks run as themselves.", "type": "string", "enum": ["intel", "amd", "graviton"] }, "cpus": { "description": "CPUs each job asks (--cpus-per-task), e.g. the node's core count for a benchmark that needs the whole node; default 1.", "type": "integer", "minimum": 1, "maximum": 1e5 }, "memory": { "description": "Memory each job asks (--mem), e.g. 64GiB; default 512MiB.", "$ref": "#/definitions/size" }, "price": { "description": 'What the node type costs, in USD: per-node-hour charges each job a whole node for its running time, per-core-hour the cores it asks. Without a price here or in the prices file (by partition), the campaign is "not priced", never $0.', "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "per-node-hour": { "description": "USD per node-hour.", "type": "number", "minimum": 0 }, "per-core-hour": { "description": "USD per core-hour.", "type": "number", "minimum": 0 } } } } } }, "account": { "description": "The account charged (sbatch --account).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "qos": { "description": "The quality of service (sbatch --qos).", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, "time": { "description": "Each job's wall-time limit in Slurm's format (sbatch --time); default: three times the benchmark's duration, at least a minute.", "type": "string", "pattern": "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, "price": { "description": 'What every node type without its own price costs, in USD: per-node-hour charges each job a whole node for its running time, per-core-hour the cores it asks. Without a price here or in the prices file (by partition), the campaign is "not priced", never $0.', "type": "object", "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "properties": { "per-node-hour": { "description": "USD per node-hour.", "type": "number", "minimum": 0 }, "per-core-hour": { "description": "USD per core-hour.", "type": "number", "minimum": 0 } } } } }, "benchmarks": { "description": "Base benchmarks, e.g. [stream, hpl, micro-latency]; each becomes its architecture variant where one exists.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" } }, "variants": { "description": "architecture-aware: run each benchmark as its variant for the instance's CPU (stream-avx512 on Intel, stream-neon on Graviton, ...); none: run the base benchmark everywhere.", "type": "string", "enum": ["architecture-aware", "none"], "default": "architecture-aware" }, "repeats": { "description": "How many times each cell of the matrix runs; more repeats give tighter confidence intervals.", "type": "integer", "minimum": 1, "maximum": 1e3, "default": 1 }, "programs": { "description": "The command each base benchmark runs (argv, no shell); --variant <name> is appended. Default: node examples/benchmarks/<benchmark>.mjs.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "additionalProperties": { "type": "array", "minItems": 1, "items": { "type": ["string", "number"] } } }, "durations": { "description": "Estimated duration of one job of each base benchmark, e.g. { stream: 10m, hpl: 20m }.", "type": "object", "propertyNames": { "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" }, "additionalProperties": { "$ref": "#/definitions/duration" } }, "schedule": { "description": "When the week's jobs run: days, daily windows, quotas, waves and Spot.", "type": "object", "additionalProperties": false, "required": ["windows", "max-daily-jobs", "max-concurrent"], "properties": { "days": { "description": "Days of the week the campaign runs on, from Monday.", "type": "integer", "minimum": 1, "maximum": 7, "default": 7 }, "windows": { "description": 'Daily windows, e.g. { name: morning, start: "08:00", end: "12:00", focus: [stream] }.', "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/campaignWindow" } }, "max-daily-jobs": { "description": "At most this many jobs a day (the quota the campaign respects).", "type": "integer", "minimum": 1 }, "max-concurrent": { "description": "At most this many jobs at once within a window.", "type": "integer", "minimum": 1 }, "waves": { "description": "by-size: within a window, run the smallest instances first and each size after the previous one finished; none: no ordering.", "type": "string", "enum": ["by-size", "none"], "default": "by-size" }, "spot": { "description": "Use Spot from a size on, e.g. { from-size: xlarge, fallback: on-demand }.", "type": "object", "additionalProperties": false, "required": ["from-size"], "properties": { "from-size": { "description": "The smallest size that runs on Spot, e.g. xlarge.", "type": "string", "pattern": "^[a-z0-9]+$" }, "fallback": { "description": "What to do when Spot has no capacity: on-demand (the default) or none.", "type": "string", "enum": ["on-demand", "none"], "default": "on-demand" } } }, "retries": { "description": "Extra attempts for a failed job, with exponential backoff between them.", "type": "integer", "minimum": 0, "maximum": 10, "default": 2 } } }, "quality": { "description": "Results noisier than this are flagged, not trusted.", "type": "object", "additionalProperties": false, "properties": { "max-cv": { "description": "Largest coefficient of variation (sd / mean) of a benchmark's repeats that is trusted, e.g. 0.05.", "type": "number", "exclusiveMinimum": 0, "default": 0.05 } } }, "regression": { "description": "How each week is compared with earlier weeks.", "type": "object", "additionalProperties": false, "properties": { "against": { "description": "previous: the latest earlier week; weeks:N: the N latest earlier weeks pooled.", "type": "string", "pattern": "^(previous|weeks:[1-9][0-9]*)$", "default": "previous" }, "test": { "description": "mann-whitney (rank test, the default) or welch (Welch's t-test).", "type": "string", "enum": ["mann-whitney", "welch"], "default": "mann-whitney" }, "threshold": { "description": "How far the median must move the bad way to be a regression, e.g. 5% (at most 1000%).", "type": ["string", "number"], "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "minimum": 0, "default": "5%" }, "alpha": { "description": "Significance level of the test.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.05 } } }, "region": { "description": "AWS region the campaign runs in and is priced for.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$", "default": "us-east-1" }, "results": { "$ref": "#/definitions/results" } } };
var schema13 = { "description": "A size: 512MiB, 32GiB, 1.2TB, 500MB, or a number of MiB.", "type": ["string", "number"], "pattern": "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", "exclusiveMinimum": 0 };
var schema14 = { "description": "A duration: 90s, 15m, 24h, 1d, 1h30m, or a number of seconds.", "type": ["string", "number"], "pattern": "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$", "exclusiveMinimum": 0 };
var schema15 = { "description": "A daily window: name, start and end as HH:MM (24:00 for midnight), and the benchmarks it focuses on.", "type": "object", "additionalProperties": false, "required": ["name", "start", "end"], "properties": { "name": { "description": "Window name, e.g. morning.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "start": { "description": "Start time, HH:MM.", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "end": { "description": "End time, HH:MM; 24:00 is midnight.", "type": "string", "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" }, "focus": { "description": "Benchmarks (base or variant names) this window runs; empty or absent: any.", "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$" } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", "u");
var pattern1 = new RegExp("^[a-z][a-z0-9-]*$", "u");
var pattern2 = new RegExp("^[a-z0-9]+$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u");
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$", "u");
var pattern6 = new RegExp("^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", "u");
var pattern9 = new RegExp("^(\\d+-)?\\d+(:\\d{1,2}){0,2}$", "u");
var pattern10 = new RegExp("^[a-z0-9][a-z0-9_-]{0,63}$", "u");
var pattern13 = new RegExp("^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$", "u");
var pattern15 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
var pattern16 = new RegExp("^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", "u");
var pattern19 = new RegExp("^(previous|weeks:[1-9][0-9]*)$", "u");
var pattern20 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "u");
var pattern21 = new RegExp("^[a-z]{2}(-[a-z]+)+-\\d+$", "u");
var pattern22 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.benchmarks === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "benchmarks" }, message: "must have required property 'benchmarks'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.schedule === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schedule" }, message: "must have required property 'schedule'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema12.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("campaign" !== data1) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "campaign" }, message: "must be equal to constant", schema: "campaign", parentSchema: schema12.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", parentSchema: schema12.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 !== "string") {
        const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.instances !== void 0) {
      let data4 = data.instances;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.families === void 0) {
          const err11 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/required", keyword: "required", params: { missingProperty: "families" }, message: "must have required property 'families'", schema: schema12.properties.instances.required, parentSchema: schema12.properties.instances, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data4.sizes === void 0) {
          const err12 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/required", keyword: "required", params: { missingProperty: "sizes" }, message: "must have required property 'sizes'", schema: schema12.properties.instances.required, parentSchema: schema12.properties.instances, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "families" || key1 === "sizes")) {
            const err13 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.instances, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.families !== void 0) {
          let data5 = data4.families;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err14 = { instancePath: instancePath + "/instances/families", schemaPath: "#/properties/instances/properties/families/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.instances.properties.families, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (typeof data6 === "string") {
                if (!pattern1.test(data6)) {
                  const err15 = { instancePath: instancePath + "/instances/families/" + i0, schemaPath: "#/properties/instances/properties/families/items/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*$" }, message: 'must match pattern "^[a-z][a-z0-9-]*$"', schema: "^[a-z][a-z0-9-]*$", parentSchema: schema12.properties.instances.properties.families.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/instances/families/" + i0, schemaPath: "#/properties/instances/properties/families/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.instances.properties.families.items.type, parentSchema: schema12.properties.instances.properties.families.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            let i1 = data5.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data5[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err17 = { instancePath: instancePath + "/instances/families", schemaPath: "#/properties/instances/properties/families/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema12.properties.instances.properties.families, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/instances/families", schemaPath: "#/properties/instances/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.instances.properties.families.type, parentSchema: schema12.properties.instances.properties.families, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.sizes !== void 0) {
          let data7 = data4.sizes;
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err19 = { instancePath: instancePath + "/instances/sizes", schemaPath: "#/properties/instances/properties/sizes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.instances.properties.sizes, data: data7 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            const len1 = data7.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data8 = data7[i2];
              if (typeof data8 === "string") {
                if (!pattern2.test(data8)) {
                  const err20 = { instancePath: instancePath + "/instances/sizes/" + i2, schemaPath: "#/properties/instances/properties/sizes/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"', schema: "^[a-z0-9]+$", parentSchema: schema12.properties.instances.properties.sizes.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/instances/sizes/" + i2, schemaPath: "#/properties/instances/properties/sizes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.instances.properties.sizes.items.type, parentSchema: schema12.properties.instances.properties.sizes.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            let i3 = data7.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data7[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err22 = { instancePath: instancePath + "/instances/sizes", schemaPath: "#/properties/instances/properties/sizes/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema12.properties.instances.properties.sizes, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/instances/sizes", schemaPath: "#/properties/instances/properties/sizes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.instances.properties.sizes.type, parentSchema: schema12.properties.instances.properties.sizes, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.instances.type, parentSchema: schema12.properties.instances, data: data4 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.slurm !== void 0) {
      let data9 = data.slurm;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.nodes === void 0) {
          const err25 = { instancePath: instancePath + "/slurm", schemaPath: "#/properties/slurm/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'", schema: schema12.properties.slurm.required, parentSchema: schema12.properties.slurm, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!(key2 === "nodes" || key2 === "account" || key2 === "qos" || key2 === "time" || key2 === "price")) {
            const err26 = { instancePath: instancePath + "/slurm", schemaPath: "#/properties/slurm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.slurm, data: data9 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.nodes !== void 0) {
          let data10 = data9.nodes;
          if (Array.isArray(data10)) {
            if (data10.length < 1) {
              const err27 = { instancePath: instancePath + "/slurm/nodes", schemaPath: "#/properties/slurm/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.slurm.properties.nodes, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            const len2 = data10.length;
            for (let i4 = 0; i4 < len2; i4++) {
              let data11 = data10[i4];
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key3 in data11) {
                  if (!(key3 === "name" || key3 === "partition" || key3 === "constraint" || key3 === "cpu" || key3 === "cpus" || key3 === "memory" || key3 === "price")) {
                    const err28 = { instancePath: instancePath + "/slurm/nodes/" + i4, schemaPath: "#/properties/slurm/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.slurm.properties.nodes.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  let data12 = data11.name;
                  if (typeof data12 === "string") {
                    if (!pattern3.test(data12)) {
                      const err29 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/name", schemaPath: "#/properties/slurm/properties/nodes/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema12.properties.slurm.properties.nodes.items.properties.name, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/name", schemaPath: "#/properties/slurm/properties/nodes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.nodes.items.properties.name.type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.name, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data11.partition !== void 0) {
                  let data13 = data11.partition;
                  if (typeof data13 === "string") {
                    if (!pattern4.test(data13)) {
                      const err31 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/partition", schemaPath: "#/properties/slurm/properties/nodes/items/properties/partition/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema12.properties.slurm.properties.nodes.items.properties.partition, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/partition", schemaPath: "#/properties/slurm/properties/nodes/items/properties/partition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.nodes.items.properties.partition.type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.partition, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data11.constraint !== void 0) {
                  let data14 = data11.constraint;
                  if (typeof data14 === "string") {
                    if (!pattern5.test(data14)) {
                      const err33 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/constraint", schemaPath: "#/properties/slurm/properties/nodes/items/properties/constraint/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, message: 'must match pattern "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$"', schema: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$", parentSchema: schema12.properties.slurm.properties.nodes.items.properties.constraint, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/constraint", schemaPath: "#/properties/slurm/properties/nodes/items/properties/constraint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.nodes.items.properties.constraint.type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.constraint, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data11.cpu !== void 0) {
                  let data15 = data11.cpu;
                  if (typeof data15 !== "string") {
                    const err35 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/cpu", schemaPath: "#/properties/slurm/properties/nodes/items/properties/cpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.nodes.items.properties.cpu.type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.cpu, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                  if (!(data15 === "intel" || data15 === "amd" || data15 === "graviton")) {
                    const err36 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/cpu", schemaPath: "#/properties/slurm/properties/nodes/items/properties/cpu/enum", keyword: "enum", params: { allowedValues: schema12.properties.slurm.properties.nodes.items.properties.cpu.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.slurm.properties.nodes.items.properties.cpu.enum, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.cpu, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data11.cpus !== void 0) {
                  let data16 = data11.cpus;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                    const err37 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/cpus", schemaPath: "#/properties/slurm/properties/nodes/items/properties/cpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.slurm.properties.nodes.items.properties.cpus.type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.cpus, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 > 1e5 || isNaN(data16)) {
                      const err38 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/cpus", schemaPath: "#/properties/slurm/properties/nodes/items/properties/cpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.cpus, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                    if (data16 < 1 || isNaN(data16)) {
                      const err39 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/cpus", schemaPath: "#/properties/slurm/properties/nodes/items/properties/cpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.cpus, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.memory !== void 0) {
                  let data17 = data11.memory;
                  if (typeof data17 !== "string" && !(typeof data17 == "number" && isFinite(data17))) {
                    const err40 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/memory", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number", schema: schema13.type, parentSchema: schema13, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 <= 0 || isNaN(data17)) {
                      const err41 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/memory", schemaPath: "#/definitions/size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema13, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                  if (typeof data17 === "string") {
                    if (!pattern6.test(data17)) {
                      const err42 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/memory", schemaPath: "#/definitions/size/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$" }, message: 'must match pattern "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$"', schema: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", parentSchema: schema13, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                }
                if (data11.price !== void 0) {
                  let data18 = data11.price;
                  if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                    if (Object.keys(data18).length > 1) {
                      const err43 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (Object.keys(data18).length < 1) {
                      const err44 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    for (const key4 in data18) {
                      if (!(key4 === "per-node-hour" || key4 === "per-core-hour")) {
                        const err45 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data18["per-node-hour"] !== void 0) {
                      let data19 = data18["per-node-hour"];
                      if (typeof data19 == "number" && isFinite(data19)) {
                        if (data19 < 0 || isNaN(data19)) {
                          const err46 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price/per-node-hour", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/properties/per-node-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price.properties["per-node-hour"], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      } else {
                        const err47 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price/per-node-hour", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/properties/per-node-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.slurm.properties.nodes.items.properties.price.properties["per-node-hour"].type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price.properties["per-node-hour"], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                    if (data18["per-core-hour"] !== void 0) {
                      let data20 = data18["per-core-hour"];
                      if (typeof data20 == "number" && isFinite(data20)) {
                        if (data20 < 0 || isNaN(data20)) {
                          const err48 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price/per-core-hour", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/properties/per-core-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price.properties["per-core-hour"], data: data20 };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                      } else {
                        const err49 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price/per-core-hour", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/properties/per-core-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.slurm.properties.nodes.items.properties.price.properties["per-core-hour"].type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price.properties["per-core-hour"], data: data20 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/slurm/nodes/" + i4 + "/price", schemaPath: "#/properties/slurm/properties/nodes/items/properties/price/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.slurm.properties.nodes.items.properties.price.type, parentSchema: schema12.properties.slurm.properties.nodes.items.properties.price, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = { instancePath: instancePath + "/slurm/nodes/" + i4, schemaPath: "#/properties/slurm/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.slurm.properties.nodes.items.type, parentSchema: schema12.properties.slurm.properties.nodes.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/slurm/nodes", schemaPath: "#/properties/slurm/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.slurm.properties.nodes.type, parentSchema: schema12.properties.slurm.properties.nodes, data: data10 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data9.account !== void 0) {
          let data21 = data9.account;
          if (typeof data21 === "string") {
            if (!pattern4.test(data21)) {
              const err53 = { instancePath: instancePath + "/slurm/account", schemaPath: "#/properties/slurm/properties/account/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema12.properties.slurm.properties.account, data: data21 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/slurm/account", schemaPath: "#/properties/slurm/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.account.type, parentSchema: schema12.properties.slurm.properties.account, data: data21 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data9.qos !== void 0) {
          let data22 = data9.qos;
          if (typeof data22 === "string") {
            if (!pattern4.test(data22)) {
              const err55 = { instancePath: instancePath + "/slurm/qos", schemaPath: "#/properties/slurm/properties/qos/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema12.properties.slurm.properties.qos, data: data22 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = { instancePath: instancePath + "/slurm/qos", schemaPath: "#/properties/slurm/properties/qos/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.qos.type, parentSchema: schema12.properties.slurm.properties.qos, data: data22 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data9.time !== void 0) {
          let data23 = data9.time;
          if (typeof data23 === "string") {
            if (!pattern9.test(data23)) {
              const err57 = { instancePath: instancePath + "/slurm/time", schemaPath: "#/properties/slurm/properties/time/pattern", keyword: "pattern", params: { pattern: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, message: 'must match pattern "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$"', schema: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$", parentSchema: schema12.properties.slurm.properties.time, data: data23 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/slurm/time", schemaPath: "#/properties/slurm/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.slurm.properties.time.type, parentSchema: schema12.properties.slurm.properties.time, data: data23 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data9.price !== void 0) {
          let data24 = data9.price;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (Object.keys(data24).length > 1) {
              const err59 = { instancePath: instancePath + "/slurm/price", schemaPath: "#/properties/slurm/properties/price/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema12.properties.slurm.properties.price, data: data24 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (Object.keys(data24).length < 1) {
              const err60 = { instancePath: instancePath + "/slurm/price", schemaPath: "#/properties/slurm/properties/price/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.slurm.properties.price, data: data24 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key5 in data24) {
              if (!(key5 === "per-node-hour" || key5 === "per-core-hour")) {
                const err61 = { instancePath: instancePath + "/slurm/price", schemaPath: "#/properties/slurm/properties/price/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.slurm.properties.price, data: data24 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data24["per-node-hour"] !== void 0) {
              let data25 = data24["per-node-hour"];
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err62 = { instancePath: instancePath + "/slurm/price/per-node-hour", schemaPath: "#/properties/slurm/properties/price/properties/per-node-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.slurm.properties.price.properties["per-node-hour"], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/slurm/price/per-node-hour", schemaPath: "#/properties/slurm/properties/price/properties/per-node-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.slurm.properties.price.properties["per-node-hour"].type, parentSchema: schema12.properties.slurm.properties.price.properties["per-node-hour"], data: data25 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data24["per-core-hour"] !== void 0) {
              let data26 = data24["per-core-hour"];
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err64 = { instancePath: instancePath + "/slurm/price/per-core-hour", schemaPath: "#/properties/slurm/properties/price/properties/per-core-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.slurm.properties.price.properties["per-core-hour"], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/slurm/price/per-core-hour", schemaPath: "#/properties/slurm/properties/price/properties/per-core-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.slurm.properties.price.properties["per-core-hour"].type, parentSchema: schema12.properties.slurm.properties.price.properties["per-core-hour"], data: data26 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/slurm/price", schemaPath: "#/properties/slurm/properties/price/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.slurm.properties.price.type, parentSchema: schema12.properties.slurm.properties.price, data: data24 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/slurm", schemaPath: "#/properties/slurm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.slurm.type, parentSchema: schema12.properties.slurm, data: data9 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.benchmarks !== void 0) {
      let data27 = data.benchmarks;
      if (Array.isArray(data27)) {
        if (data27.length < 1) {
          const err68 = { instancePath: instancePath + "/benchmarks", schemaPath: "#/properties/benchmarks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.benchmarks, data: data27 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        const len3 = data27.length;
        for (let i5 = 0; i5 < len3; i5++) {
          let data28 = data27[i5];
          if (typeof data28 === "string") {
            if (!pattern10.test(data28)) {
              const err69 = { instancePath: instancePath + "/benchmarks/" + i5, schemaPath: "#/properties/benchmarks/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,63}$"', schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema12.properties.benchmarks.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/benchmarks/" + i5, schemaPath: "#/properties/benchmarks/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.benchmarks.items.type, parentSchema: schema12.properties.benchmarks.items, data: data28 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        let i6 = data27.length;
        let j2;
        if (i6 > 1) {
          const indices2 = {};
          for (; i6--; ) {
            let item2 = data27[i6];
            if (typeof item2 !== "string") {
              continue;
            }
            if (typeof indices2[item2] == "number") {
              j2 = indices2[item2];
              const err71 = { instancePath: instancePath + "/benchmarks", schemaPath: "#/properties/benchmarks/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema12.properties.benchmarks, data: data27 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
              break;
            }
            indices2[item2] = i6;
          }
        }
      } else {
        const err72 = { instancePath: instancePath + "/benchmarks", schemaPath: "#/properties/benchmarks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.benchmarks.type, parentSchema: schema12.properties.benchmarks, data: data27 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.variants !== void 0) {
      let data29 = data.variants;
      if (typeof data29 !== "string") {
        const err73 = { instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.variants.type, parentSchema: schema12.properties.variants, data: data29 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      if (!(data29 === "architecture-aware" || data29 === "none")) {
        const err74 = { instancePath: instancePath + "/variants", schemaPath: "#/properties/variants/enum", keyword: "enum", params: { allowedValues: schema12.properties.variants.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.variants.enum, parentSchema: schema12.properties.variants, data: data29 };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.repeats !== void 0) {
      let data30 = data.repeats;
      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
        const err75 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.repeats.type, parentSchema: schema12.properties.repeats, data: data30 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      if (typeof data30 == "number" && isFinite(data30)) {
        if (data30 > 1e3 || isNaN(data30)) {
          const err76 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema12.properties.repeats, data: data30 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data30 < 1 || isNaN(data30)) {
          const err77 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.repeats, data: data30 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
    }
    if (data.programs !== void 0) {
      let data31 = data.programs;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key6 in data31) {
          const _errs70 = errors;
          if (typeof key6 === "string") {
            if (!pattern10.test(key6)) {
              const err78 = { instancePath: instancePath + "/programs", schemaPath: "#/properties/programs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,63}$"', schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema12.properties.programs.propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
          var valid18 = _errs70 === errors;
          if (!valid18) {
            const err79 = { instancePath: instancePath + "/programs", schemaPath: "#/properties/programs/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema12.properties.programs.propertyNames, parentSchema: schema12.properties.programs, data: data31 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        for (const key7 in data31) {
          let data32 = data31[key7];
          if (Array.isArray(data32)) {
            if (data32.length < 1) {
              const err80 = { instancePath: instancePath + "/programs/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/programs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.programs.additionalProperties, data: data32 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            const len4 = data32.length;
            for (let i7 = 0; i7 < len4; i7++) {
              let data33 = data32[i7];
              if (typeof data33 !== "string" && !(typeof data33 == "number" && isFinite(data33))) {
                const err81 = { instancePath: instancePath + "/programs/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i7, schemaPath: "#/properties/programs/additionalProperties/items/type", keyword: "type", params: { type: schema12.properties.programs.additionalProperties.items.type }, message: "must be string,number", schema: schema12.properties.programs.additionalProperties.items.type, parentSchema: schema12.properties.programs.additionalProperties.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
          } else {
            const err82 = { instancePath: instancePath + "/programs/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/programs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.programs.additionalProperties.type, parentSchema: schema12.properties.programs.additionalProperties, data: data32 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/programs", schemaPath: "#/properties/programs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.programs.type, parentSchema: schema12.properties.programs, data: data31 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.durations !== void 0) {
      let data34 = data.durations;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (const key8 in data34) {
          const _errs78 = errors;
          if (typeof key8 === "string") {
            if (!pattern10.test(key8)) {
              const err84 = { instancePath: instancePath + "/durations", schemaPath: "#/properties/durations/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,63}$"', schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema12.properties.durations.propertyNames, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          var valid22 = _errs78 === errors;
          if (!valid22) {
            const err85 = { instancePath: instancePath + "/durations", schemaPath: "#/properties/durations/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema12.properties.durations.propertyNames, parentSchema: schema12.properties.durations, data: data34 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        for (const key9 in data34) {
          let data35 = data34[key9];
          if (typeof data35 !== "string" && !(typeof data35 == "number" && isFinite(data35))) {
            const err86 = { instancePath: instancePath + "/durations/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema14.type }, message: "must be string,number", schema: schema14.type, parentSchema: schema14, data: data35 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 <= 0 || isNaN(data35)) {
              const err87 = { instancePath: instancePath + "/durations/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema14, data: data35 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
          if (typeof data35 === "string") {
            if (!pattern13.test(data35)) {
              const err88 = { instancePath: instancePath + "/durations/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$" }, message: 'must match pattern "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$"', schema: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$", parentSchema: schema14, data: data35 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/durations", schemaPath: "#/properties/durations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.durations.type, parentSchema: schema12.properties.durations, data: data34 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data36 = data.schedule;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.windows === void 0) {
          const err90 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: "windows" }, message: "must have required property 'windows'", schema: schema12.properties.schedule.required, parentSchema: schema12.properties.schedule, data: data36 };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        if (data36["max-daily-jobs"] === void 0) {
          const err91 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: "max-daily-jobs" }, message: "must have required property 'max-daily-jobs'", schema: schema12.properties.schedule.required, parentSchema: schema12.properties.schedule, data: data36 };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
        if (data36["max-concurrent"] === void 0) {
          const err92 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: "max-concurrent" }, message: "must have required property 'max-concurrent'", schema: schema12.properties.schedule.required, parentSchema: schema12.properties.schedule, data: data36 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
        for (const key10 in data36) {
          if (!(key10 === "days" || key10 === "windows" || key10 === "max-daily-jobs" || key10 === "max-concurrent" || key10 === "waves" || key10 === "spot" || key10 === "retries")) {
            const err93 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.schedule, data: data36 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data36.days !== void 0) {
          let data37 = data36.days;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err94 = { instancePath: instancePath + "/schedule/days", schemaPath: "#/properties/schedule/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.schedule.properties.days.type, parentSchema: schema12.properties.schedule.properties.days, data: data37 };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 > 7 || isNaN(data37)) {
              const err95 = { instancePath: instancePath + "/schedule/days", schemaPath: "#/properties/schedule/properties/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema12.properties.schedule.properties.days, data: data37 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data37 < 1 || isNaN(data37)) {
              const err96 = { instancePath: instancePath + "/schedule/days", schemaPath: "#/properties/schedule/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.schedule.properties.days, data: data37 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          }
        }
        if (data36.windows !== void 0) {
          let data38 = data36.windows;
          if (Array.isArray(data38)) {
            if (data38.length < 1) {
              const err97 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12.properties.schedule.properties.windows, data: data38 };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            const len5 = data38.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data39 = data38[i8];
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (data39.name === void 0) {
                  const err98 = { instancePath: instancePath + "/schedule/windows/" + i8, schemaPath: "#/definitions/campaignWindow/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.required, parentSchema: schema15, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data39.start === void 0) {
                  const err99 = { instancePath: instancePath + "/schedule/windows/" + i8, schemaPath: "#/definitions/campaignWindow/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema15.required, parentSchema: schema15, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (data39.end === void 0) {
                  const err100 = { instancePath: instancePath + "/schedule/windows/" + i8, schemaPath: "#/definitions/campaignWindow/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema15.required, parentSchema: schema15, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                for (const key11 in data39) {
                  if (!(key11 === "name" || key11 === "start" || key11 === "end" || key11 === "focus")) {
                    const err101 = { instancePath: instancePath + "/schedule/windows/" + i8, schemaPath: "#/definitions/campaignWindow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data39.name !== void 0) {
                  let data40 = data39.name;
                  if (typeof data40 === "string") {
                    if (!pattern0.test(data40)) {
                      const err102 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/name", schemaPath: "#/definitions/campaignWindow/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", parentSchema: schema15.properties.name, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                  } else {
                    const err103 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/name", schemaPath: "#/definitions/campaignWindow/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.name.type, parentSchema: schema15.properties.name, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data39.start !== void 0) {
                  let data41 = data39.start;
                  if (typeof data41 === "string") {
                    if (!pattern15.test(data41)) {
                      const err104 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/start", schemaPath: "#/definitions/campaignWindow/properties/start/pattern", keyword: "pattern", params: { pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01][0-9]|2[0-3]):[0-5][0-9]$"', schema: "^([01][0-9]|2[0-3]):[0-5][0-9]$", parentSchema: schema15.properties.start, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                  } else {
                    const err105 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/start", schemaPath: "#/definitions/campaignWindow/properties/start/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.start.type, parentSchema: schema15.properties.start, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data39.end !== void 0) {
                  let data42 = data39.end;
                  if (typeof data42 === "string") {
                    if (!pattern16.test(data42)) {
                      const err106 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/end", schemaPath: "#/definitions/campaignWindow/properties/end/pattern", keyword: "pattern", params: { pattern: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$" }, message: 'must match pattern "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"', schema: "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$", parentSchema: schema15.properties.end, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/end", schemaPath: "#/definitions/campaignWindow/properties/end/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.end.type, parentSchema: schema15.properties.end, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data39.focus !== void 0) {
                  let data43 = data39.focus;
                  if (Array.isArray(data43)) {
                    const len6 = data43.length;
                    for (let i9 = 0; i9 < len6; i9++) {
                      let data44 = data43[i9];
                      if (typeof data44 === "string") {
                        if (!pattern10.test(data44)) {
                          const err108 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/focus/" + i9, schemaPath: "#/definitions/campaignWindow/properties/focus/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,63}$"', schema: "^[a-z0-9][a-z0-9_-]{0,63}$", parentSchema: schema15.properties.focus.items, data: data44 };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      } else {
                        const err109 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/focus/" + i9, schemaPath: "#/definitions/campaignWindow/properties/focus/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.focus.items.type, parentSchema: schema15.properties.focus.items, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err110 = { instancePath: instancePath + "/schedule/windows/" + i8 + "/focus", schemaPath: "#/definitions/campaignWindow/properties/focus/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.focus.type, parentSchema: schema15.properties.focus, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/schedule/windows/" + i8, schemaPath: "#/definitions/campaignWindow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data39 };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/schedule/windows", schemaPath: "#/properties/schedule/properties/windows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.schedule.properties.windows.type, parentSchema: schema12.properties.schedule.properties.windows, data: data38 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data36["max-daily-jobs"] !== void 0) {
          let data45 = data36["max-daily-jobs"];
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
            const err113 = { instancePath: instancePath + "/schedule/max-daily-jobs", schemaPath: "#/properties/schedule/properties/max-daily-jobs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.schedule.properties["max-daily-jobs"].type, parentSchema: schema12.properties.schedule.properties["max-daily-jobs"], data: data45 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 1 || isNaN(data45)) {
              const err114 = { instancePath: instancePath + "/schedule/max-daily-jobs", schemaPath: "#/properties/schedule/properties/max-daily-jobs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.schedule.properties["max-daily-jobs"], data: data45 };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
          }
        }
        if (data36["max-concurrent"] !== void 0) {
          let data46 = data36["max-concurrent"];
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
            const err115 = { instancePath: instancePath + "/schedule/max-concurrent", schemaPath: "#/properties/schedule/properties/max-concurrent/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.schedule.properties["max-concurrent"].type, parentSchema: schema12.properties.schedule.properties["max-concurrent"], data: data46 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 < 1 || isNaN(data46)) {
              const err116 = { instancePath: instancePath + "/schedule/max-concurrent", schemaPath: "#/properties/schedule/properties/max-concurrent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.schedule.properties["max-concurrent"], data: data46 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          }
        }
        if (data36.waves !== void 0) {
          let data47 = data36.waves;
          if (typeof data47 !== "string") {
            const err117 = { instancePath: instancePath + "/schedule/waves", schemaPath: "#/properties/schedule/properties/waves/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.schedule.properties.waves.type, parentSchema: schema12.properties.schedule.properties.waves, data: data47 };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
          if (!(data47 === "by-size" || data47 === "none")) {
            const err118 = { instancePath: instancePath + "/schedule/waves", schemaPath: "#/properties/schedule/properties/waves/enum", keyword: "enum", params: { allowedValues: schema12.properties.schedule.properties.waves.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.schedule.properties.waves.enum, parentSchema: schema12.properties.schedule.properties.waves, data: data47 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data36.spot !== void 0) {
          let data48 = data36.spot;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48["from-size"] === void 0) {
              const err119 = { instancePath: instancePath + "/schedule/spot", schemaPath: "#/properties/schedule/properties/spot/required", keyword: "required", params: { missingProperty: "from-size" }, message: "must have required property 'from-size'", schema: schema12.properties.schedule.properties.spot.required, parentSchema: schema12.properties.schedule.properties.spot, data: data48 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            for (const key12 in data48) {
              if (!(key12 === "from-size" || key12 === "fallback")) {
                const err120 = { instancePath: instancePath + "/schedule/spot", schemaPath: "#/properties/schedule/properties/spot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.schedule.properties.spot, data: data48 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data48["from-size"] !== void 0) {
              let data49 = data48["from-size"];
              if (typeof data49 === "string") {
                if (!pattern2.test(data49)) {
                  const err121 = { instancePath: instancePath + "/schedule/spot/from-size", schemaPath: "#/properties/schedule/properties/spot/properties/from-size/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+$" }, message: 'must match pattern "^[a-z0-9]+$"', schema: "^[a-z0-9]+$", parentSchema: schema12.properties.schedule.properties.spot.properties["from-size"], data: data49 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              } else {
                const err122 = { instancePath: instancePath + "/schedule/spot/from-size", schemaPath: "#/properties/schedule/properties/spot/properties/from-size/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.schedule.properties.spot.properties["from-size"].type, parentSchema: schema12.properties.schedule.properties.spot.properties["from-size"], data: data49 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data48.fallback !== void 0) {
              let data50 = data48.fallback;
              if (typeof data50 !== "string") {
                const err123 = { instancePath: instancePath + "/schedule/spot/fallback", schemaPath: "#/properties/schedule/properties/spot/properties/fallback/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.schedule.properties.spot.properties.fallback.type, parentSchema: schema12.properties.schedule.properties.spot.properties.fallback, data: data50 };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
              if (!(data50 === "on-demand" || data50 === "none")) {
                const err124 = { instancePath: instancePath + "/schedule/spot/fallback", schemaPath: "#/properties/schedule/properties/spot/properties/fallback/enum", keyword: "enum", params: { allowedValues: schema12.properties.schedule.properties.spot.properties.fallback.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.schedule.properties.spot.properties.fallback.enum, parentSchema: schema12.properties.schedule.properties.spot.properties.fallback, data: data50 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/schedule/spot", schemaPath: "#/properties/schedule/properties/spot/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.schedule.properties.spot.type, parentSchema: schema12.properties.schedule.properties.spot, data: data48 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data36.retries !== void 0) {
          let data51 = data36.retries;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
            const err126 = { instancePath: instancePath + "/schedule/retries", schemaPath: "#/properties/schedule/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.schedule.properties.retries.type, parentSchema: schema12.properties.schedule.properties.retries, data: data51 };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
          if (typeof data51 == "number" && isFinite(data51)) {
            if (data51 > 10 || isNaN(data51)) {
              const err127 = { instancePath: instancePath + "/schedule/retries", schemaPath: "#/properties/schedule/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema12.properties.schedule.properties.retries, data: data51 };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data51 < 0 || isNaN(data51)) {
              const err128 = { instancePath: instancePath + "/schedule/retries", schemaPath: "#/properties/schedule/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.schedule.properties.retries, data: data51 };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
          }
        }
      } else {
        const err129 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.schedule.type, parentSchema: schema12.properties.schedule, data: data36 };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
    if (data.quality !== void 0) {
      let data52 = data.quality;
      if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
        for (const key13 in data52) {
          if (!(key13 === "max-cv")) {
            const err130 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.quality, data: data52 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data52["max-cv"] !== void 0) {
          let data53 = data52["max-cv"];
          if (typeof data53 == "number" && isFinite(data53)) {
            if (data53 <= 0 || isNaN(data53)) {
              const err131 = { instancePath: instancePath + "/quality/max-cv", schemaPath: "#/properties/quality/properties/max-cv/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.quality.properties["max-cv"], data: data53 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          } else {
            const err132 = { instancePath: instancePath + "/quality/max-cv", schemaPath: "#/properties/quality/properties/max-cv/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.quality.properties["max-cv"].type, parentSchema: schema12.properties.quality.properties["max-cv"], data: data53 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
      } else {
        const err133 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.quality.type, parentSchema: schema12.properties.quality, data: data52 };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
    if (data.regression !== void 0) {
      let data54 = data.regression;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (const key14 in data54) {
          if (!(key14 === "against" || key14 === "test" || key14 === "threshold" || key14 === "alpha")) {
            const err134 = { instancePath: instancePath + "/regression", schemaPath: "#/properties/regression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.regression, data: data54 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data54.against !== void 0) {
          let data55 = data54.against;
          if (typeof data55 === "string") {
            if (!pattern19.test(data55)) {
              const err135 = { instancePath: instancePath + "/regression/against", schemaPath: "#/properties/regression/properties/against/pattern", keyword: "pattern", params: { pattern: "^(previous|weeks:[1-9][0-9]*)$" }, message: 'must match pattern "^(previous|weeks:[1-9][0-9]*)$"', schema: "^(previous|weeks:[1-9][0-9]*)$", parentSchema: schema12.properties.regression.properties.against, data: data55 };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
          } else {
            const err136 = { instancePath: instancePath + "/regression/against", schemaPath: "#/properties/regression/properties/against/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.regression.properties.against.type, parentSchema: schema12.properties.regression.properties.against, data: data55 };
            if (vErrors === null) {
              vErrors = [err136];
            } else {
              vErrors.push(err136);
            }
            errors++;
          }
        }
        if (data54.test !== void 0) {
          let data56 = data54.test;
          if (typeof data56 !== "string") {
            const err137 = { instancePath: instancePath + "/regression/test", schemaPath: "#/properties/regression/properties/test/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.regression.properties.test.type, parentSchema: schema12.properties.regression.properties.test, data: data56 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
          if (!(data56 === "mann-whitney" || data56 === "welch")) {
            const err138 = { instancePath: instancePath + "/regression/test", schemaPath: "#/properties/regression/properties/test/enum", keyword: "enum", params: { allowedValues: schema12.properties.regression.properties.test.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.regression.properties.test.enum, parentSchema: schema12.properties.regression.properties.test, data: data56 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data54.threshold !== void 0) {
          let data57 = data54.threshold;
          if (typeof data57 !== "string" && !(typeof data57 == "number" && isFinite(data57))) {
            const err139 = { instancePath: instancePath + "/regression/threshold", schemaPath: "#/properties/regression/properties/threshold/type", keyword: "type", params: { type: schema12.properties.regression.properties.threshold.type }, message: "must be string,number", schema: schema12.properties.regression.properties.threshold.type, parentSchema: schema12.properties.regression.properties.threshold, data: data57 };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
          if (typeof data57 == "number" && isFinite(data57)) {
            if (data57 < 0 || isNaN(data57)) {
              const err140 = { instancePath: instancePath + "/regression/threshold", schemaPath: "#/properties/regression/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.regression.properties.threshold, data: data57 };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          }
          if (typeof data57 === "string") {
            if (!pattern20.test(data57)) {
              const err141 = { instancePath: instancePath + "/regression/threshold", schemaPath: "#/properties/regression/properties/threshold/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", parentSchema: schema12.properties.regression.properties.threshold, data: data57 };
              if (vErrors === null) {
                vErrors = [err141];
              } else {
                vErrors.push(err141);
              }
              errors++;
            }
          }
        }
        if (data54.alpha !== void 0) {
          let data58 = data54.alpha;
          if (typeof data58 == "number" && isFinite(data58)) {
            if (data58 >= 1 || isNaN(data58)) {
              const err142 = { instancePath: instancePath + "/regression/alpha", schemaPath: "#/properties/regression/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema12.properties.regression.properties.alpha, data: data58 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
            if (data58 <= 0 || isNaN(data58)) {
              const err143 = { instancePath: instancePath + "/regression/alpha", schemaPath: "#/properties/regression/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.regression.properties.alpha, data: data58 };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
          } else {
            const err144 = { instancePath: instancePath + "/regression/alpha", schemaPath: "#/properties/regression/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.regression.properties.alpha.type, parentSchema: schema12.properties.regression.properties.alpha, data: data58 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
      } else {
        const err145 = { instancePath: instancePath + "/regression", schemaPath: "#/properties/regression/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.regression.type, parentSchema: schema12.properties.regression, data: data54 };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data59 = data.region;
      if (typeof data59 === "string") {
        if (!pattern21.test(data59)) {
          const err146 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2}(-[a-z]+)+-\\d+$", parentSchema: schema12.properties.region, data: data59 };
          if (vErrors === null) {
            vErrors = [err146];
          } else {
            vErrors.push(err146);
          }
          errors++;
        }
      } else {
        const err147 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.region.type, parentSchema: schema12.properties.region, data: data59 };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data60 = data.results;
      if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
        for (const key15 in data60) {
          if (!(key15 === "store" || key15 === "metrics")) {
            const err148 = { instancePath: instancePath + "/results", schemaPath: "#/definitions/results/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data60 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data60.store !== void 0) {
          let data61 = data60.store;
          if (typeof data61 === "string") {
            if (func3(data61) < 1) {
              const err149 = { instancePath: instancePath + "/results/store", schemaPath: "#/definitions/results/properties/store/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.store, data: data61 };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
          } else {
            const err150 = { instancePath: instancePath + "/results/store", schemaPath: "#/definitions/results/properties/store/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.store.type, parentSchema: schema16.properties.store, data: data61 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data60.metrics !== void 0) {
          let data62 = data60.metrics;
          if (Array.isArray(data62)) {
            const len7 = data62.length;
            for (let i10 = 0; i10 < len7; i10++) {
              let data63 = data62[i10];
              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                if (data63.name === void 0) {
                  const err151 = { instancePath: instancePath + "/results/metrics/" + i10, schemaPath: "#/definitions/results/properties/metrics/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.metrics.items.required, parentSchema: schema16.properties.metrics.items, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
                if (data63.better === void 0) {
                  const err152 = { instancePath: instancePath + "/results/metrics/" + i10, schemaPath: "#/definitions/results/properties/metrics/items/required", keyword: "required", params: { missingProperty: "better" }, message: "must have required property 'better'", schema: schema16.properties.metrics.items.required, parentSchema: schema16.properties.metrics.items, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                for (const key16 in data63) {
                  if (!(key16 === "name" || key16 === "better" || key16 === "unit")) {
                    const err153 = { instancePath: instancePath + "/results/metrics/" + i10, schemaPath: "#/definitions/results/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.metrics.items, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data63.name !== void 0) {
                  let data64 = data63.name;
                  if (typeof data64 === "string") {
                    if (!pattern22.test(data64)) {
                      const err154 = { instancePath: instancePath + "/results/metrics/" + i10 + "/name", schemaPath: "#/definitions/results/properties/metrics/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+$", parentSchema: schema16.properties.metrics.items.properties.name, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                  } else {
                    const err155 = { instancePath: instancePath + "/results/metrics/" + i10 + "/name", schemaPath: "#/definitions/results/properties/metrics/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metrics.items.properties.name.type, parentSchema: schema16.properties.metrics.items.properties.name, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err155];
                    } else {
                      vErrors.push(err155);
                    }
                    errors++;
                  }
                }
                if (data63.better !== void 0) {
                  let data65 = data63.better;
                  if (typeof data65 !== "string") {
                    const err156 = { instancePath: instancePath + "/results/metrics/" + i10 + "/better", schemaPath: "#/definitions/results/properties/metrics/items/properties/better/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metrics.items.properties.better.type, parentSchema: schema16.properties.metrics.items.properties.better, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                  if (!(data65 === "higher" || data65 === "lower")) {
                    const err157 = { instancePath: instancePath + "/results/metrics/" + i10 + "/better", schemaPath: "#/definitions/results/properties/metrics/items/properties/better/enum", keyword: "enum", params: { allowedValues: schema16.properties.metrics.items.properties.better.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.metrics.items.properties.better.enum, parentSchema: schema16.properties.metrics.items.properties.better, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                if (data63.unit !== void 0) {
                  let data66 = data63.unit;
                  if (typeof data66 !== "string") {
                    const err158 = { instancePath: instancePath + "/results/metrics/" + i10 + "/unit", schemaPath: "#/definitions/results/properties/metrics/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metrics.items.properties.unit.type, parentSchema: schema16.properties.metrics.items.properties.unit, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                }
              } else {
                const err159 = { instancePath: instancePath + "/results/metrics/" + i10, schemaPath: "#/definitions/results/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metrics.items.type, parentSchema: schema16.properties.metrics.items, data: data63 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
          } else {
            const err160 = { instancePath: instancePath + "/results/metrics", schemaPath: "#/definitions/results/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.metrics.type, parentSchema: schema16.properties.metrics, data: data62 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
      } else {
        const err161 = { instancePath: instancePath + "/results", schemaPath: "#/definitions/results/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data60 };
        if (vErrors === null) {
          vErrors = [err161];
        } else {
          vErrors.push(err161);
        }
        errors++;
      }
    }
  } else {
    const err162 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err162];
    } else {
      vErrors.push(err162);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema19 = { "description": "Axes whose cartesian product gives the cells, with GitHub Actions semantics for include and exclude.", "type": "object", "propertyNames": { "description": "Axis name: letters, digits, '-' and '_'.", "pattern": "^[A-Za-z_][A-Za-z0-9_-]{0,63}$" }, "properties": { "include": { "description": "Extra values merged into matching cells, or extra cells when they match none.", "type": "array", "items": { "$ref": "#/definitions/cell" } }, "exclude": { "description": "Cells to drop: every combination matching all the pairs of an entry.", "type": "array", "items": { "$ref": "#/definitions/cell" } } }, "additionalProperties": { "description": "An axis: the values it takes, in order.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/scalar" } } };
var schema20 = { "description": "A string, number or boolean.", "type": ["string", "number", "boolean"] };
var pattern25 = new RegExp("^[A-Za-z_][A-Za-z0-9_-]{0,63}$", "u");
var schema21 = { "description": "Matrix values that pick cells, e.g. { angle: 0, n_jobs: 1 }.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/scalar" } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      let data0 = data[key0];
      if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0)) && typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema20.type }, message: "must be string,number,boolean", schema: schema20.type, parentSchema: schema20, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern25.test(key0)) {
          const err0 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_-]{0,63}$"', schema: "^[A-Za-z_][A-Za-z0-9_-]{0,63}$", parentSchema: schema19.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema19.propertyNames, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!(key1 === "include" || key1 === "exclude")) {
        let data0 = data[key1];
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            const err2 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.additionalProperties, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1)) && typeof data1 !== "boolean") {
              const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema20.type }, message: "must be string,number,boolean", schema: schema20.type, parentSchema: schema20, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        } else {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.additionalProperties.type, parentSchema: schema19.additionalProperties, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate14(data2[i1], { instancePath: instancePath + "/include/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.include.type, parentSchema: schema19.properties.include, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data4 = data.exclude;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate14(data4[i2], { instancePath: instancePath + "/exclude/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.exclude.type, parentSchema: schema19.properties.exclude, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema23 = { "description": "What each job asks for (AWS Batch container overrides).", "type": "object", "additionalProperties": false, "properties": { "vcpus": { "description": "vCPUs per job (fractions such as 0.25 only on Fargate), or ${{ matrix.<axis> }} to compare.", "type": ["number", "string"], "exclusiveMinimum": 0, "maximum": 4096, "default": 1, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [2, "${{ matrix.vcpus }}"] }, "memory": { "anyOf": [{ "$ref": "#/definitions/size" }, { "type": "string", "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }], "description": "Memory per job: 512MiB, 32GiB, or a number of MiB; or ${{ matrix.<axis> }} to compare.", "default": "2GiB", "examples": ["4GiB", "${{ matrix.memory }}"] }, "gpus": { "description": "GPUs per job, or ${{ matrix.<axis> }} to compare.", "type": ["integer", "string"], "minimum": 0, "maximum": 64, "default": 0, "pattern": "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "examples": [1, "${{ matrix.gpus }}"] }, "timeout": { "allOf": [{ "$ref": "#/definitions/duration" }], "description": "A job running longer is stopped: 90s, 15m, 24h, 1d, or seconds. AWS Batch needs at least 60s.", "default": "1h" }, "retries": { "description": "Extra attempts after a failed first attempt.", "type": "integer", "minimum": 0, "maximum": 9, "default": 0 }, "retry-on": { "description": "Which failures to retry or not (AWS Batch evaluateOnExit); the first matching rule wins.", "type": "array", "maxItems": 5, "items": { "$ref": "#/definitions/retryRule" } } } };
var schema26 = { "description": "A rule on how a failed attempt ended. Patterns may end in '*'.", "type": "object", "additionalProperties": false, "required": ["action"], "properties": { "action": { "description": "retry the job or exit (give up) when the rule matches.", "type": "string", "enum": ["retry", "exit"] }, "on-status-reason": { "description": `Pattern for the job's status reason, e.g. "Host EC2*" (spot reclaimed).`, "type": "string", "minLength": 1 }, "on-reason": { "description": `Pattern for the container's reason, e.g. "CannotPullContainerError*".`, "type": "string", "minLength": 1 }, "on-exit-code": { "description": 'Pattern for the exit code, e.g. "137" or "1*".', "type": ["string", "integer"] } } };
var pattern26 = new RegExp("^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "vcpus" || key0 === "memory" || key0 === "gpus" || key0 === "timeout" || key0 === "retries" || key0 === "retry-on")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.vcpus !== void 0) {
      let data0 = data.vcpus;
      if (!(typeof data0 == "number" && isFinite(data0)) && typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/vcpus", schemaPath: "#/properties/vcpus/type", keyword: "type", params: { type: schema23.properties.vcpus.type }, message: "must be number,string", schema: schema23.properties.vcpus.type, parentSchema: schema23.properties.vcpus, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 4096 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/vcpus", schemaPath: "#/properties/vcpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema23.properties.vcpus, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 <= 0 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/vcpus", schemaPath: "#/properties/vcpus/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23.properties.vcpus, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (typeof data0 === "string") {
        if (!pattern26.test(data0)) {
          const err4 = { instancePath: instancePath + "/vcpus", schemaPath: "#/properties/vcpus/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema23.properties.vcpus, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.memory !== void 0) {
      let data1 = data.memory;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 <= 0 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern6.test(data1)) {
          const err7 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/size/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$" }, message: 'must match pattern "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$"', schema: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs9 = errors;
        if (typeof data1 === "string") {
          if (!pattern26.test(data1)) {
            const err8 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema23.properties.memory.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.memory.anyOf[1].type, parentSchema: schema23.properties.memory.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err10 = { instancePath: instancePath + "/memory", schemaPath: "#/properties/memory/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema23.properties.memory.anyOf, parentSchema: schema23.properties.memory, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.gpus !== void 0) {
      let data2 = data.gpus;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/type", keyword: "type", params: { type: schema23.properties.gpus.type }, message: "must be integer,string", schema: schema23.properties.gpus.type, parentSchema: schema23.properties.gpus, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 64 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema23.properties.gpus, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err13 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.gpus, data: data2 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern26.test(data2)) {
          const err14 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema23.properties.gpus, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.timeout !== void 0) {
      let data3 = data.timeout;
      if (typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3))) {
        const err15 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema14.type }, message: "must be string,number", schema: schema14.type, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 <= 0 || isNaN(data3)) {
          const err16 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern13.test(data3)) {
          const err17 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$" }, message: 'must match pattern "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$"', schema: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$", parentSchema: schema14, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data4 = data.retries;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err18 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.retries.type, parentSchema: schema23.properties.retries, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 9 || isNaN(data4)) {
          const err19 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9 }, message: "must be <= 9", schema: 9, parentSchema: schema23.properties.retries, data: data4 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema23.properties.retries, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data["retry-on"] !== void 0) {
      let data5 = data["retry-on"];
      if (Array.isArray(data5)) {
        if (data5.length > 5) {
          const err21 = { instancePath: instancePath + "/retry-on", schemaPath: "#/properties/retry-on/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items", schema: 5, parentSchema: schema23.properties["retry-on"], data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.action === void 0) {
              const err22 = { instancePath: instancePath + "/retry-on/" + i0, schemaPath: "#/definitions/retryRule/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema26.required, parentSchema: schema26, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "action" || key1 === "on-status-reason" || key1 === "on-reason" || key1 === "on-exit-code")) {
                const err23 = { instancePath: instancePath + "/retry-on/" + i0, schemaPath: "#/definitions/retryRule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data: data6 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data6.action !== void 0) {
              let data7 = data6.action;
              if (typeof data7 !== "string") {
                const err24 = { instancePath: instancePath + "/retry-on/" + i0 + "/action", schemaPath: "#/definitions/retryRule/properties/action/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.action.type, parentSchema: schema26.properties.action, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (!(data7 === "retry" || data7 === "exit")) {
                const err25 = { instancePath: instancePath + "/retry-on/" + i0 + "/action", schemaPath: "#/definitions/retryRule/properties/action/enum", keyword: "enum", params: { allowedValues: schema26.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.action.enum, parentSchema: schema26.properties.action, data: data7 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data6["on-status-reason"] !== void 0) {
              let data8 = data6["on-status-reason"];
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err26 = { instancePath: instancePath + "/retry-on/" + i0 + "/on-status-reason", schemaPath: "#/definitions/retryRule/properties/on-status-reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties["on-status-reason"], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/retry-on/" + i0 + "/on-status-reason", schemaPath: "#/definitions/retryRule/properties/on-status-reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties["on-status-reason"].type, parentSchema: schema26.properties["on-status-reason"], data: data8 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data6["on-reason"] !== void 0) {
              let data9 = data6["on-reason"];
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err28 = { instancePath: instancePath + "/retry-on/" + i0 + "/on-reason", schemaPath: "#/definitions/retryRule/properties/on-reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties["on-reason"], data: data9 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/retry-on/" + i0 + "/on-reason", schemaPath: "#/definitions/retryRule/properties/on-reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties["on-reason"].type, parentSchema: schema26.properties["on-reason"], data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data6["on-exit-code"] !== void 0) {
              let data10 = data6["on-exit-code"];
              if (typeof data10 !== "string" && !(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err30 = { instancePath: instancePath + "/retry-on/" + i0 + "/on-exit-code", schemaPath: "#/definitions/retryRule/properties/on-exit-code/type", keyword: "type", params: { type: schema26.properties["on-exit-code"].type }, message: "must be string,integer", schema: schema26.properties["on-exit-code"].type, parentSchema: schema26.properties["on-exit-code"], data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/retry-on/" + i0, schemaPath: "#/definitions/retryRule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data6 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/retry-on", schemaPath: "#/properties/retry-on/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties["retry-on"].type, parentSchema: schema23.properties["retry-on"], data: data5 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema29 = { "description": "One stage of a pipeline.", "type": "object", "additionalProperties": false, "required": ["run"], "properties": { "needs": { "description": "Stages that must succeed first (for the same cell and repeat).", "type": "array", "uniqueItems": true, "items": { "description": "A stage name.", "type": "string" } }, "run": { "$ref": "#/definitions/run" }, "resources": { "$ref": "#/definitions/resources" }, "compute": { "$ref": "#/definitions/compute" }, "fan-out": { "$ref": "#/definitions/fanOut" } } };
var pattern24 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern33 = new RegExp("^[a-z0-9-]+\\.[a-z0-9-]+$", "u");
var pattern36 = new RegExp("^arn:aws[a-z-]*:iam::\\d{12}:role/.+$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.run === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "needs" || key0 === "run" || key0 === "resources" || key0 === "compute" || key0 === "fan-out")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.needs !== void 0) {
      let data0 = data.needs;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/needs/" + i0, schemaPath: "#/properties/needs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.needs.items.type, parentSchema: schema29.properties.needs.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data0[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err3 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema29.properties.needs, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.properties.needs.type, parentSchema: schema29.properties.needs, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.command === void 0) {
          const err5 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema18.required, parentSchema: schema18, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "command" || key1 === "env" || key1 === "workdir")) {
            const err6 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.command !== void 0) {
          let data3 = data2.command;
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err7 = { instancePath: instancePath + "/run/command", schemaPath: "#/definitions/run/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.command, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len1 = data3.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data4 = data3[i2];
              if (typeof data4 !== "string" && !(typeof data4 == "number" && isFinite(data4))) {
                const err8 = { instancePath: instancePath + "/run/command/" + i2, schemaPath: "#/definitions/run/properties/command/items/type", keyword: "type", params: { type: schema18.properties.command.items.type }, message: "must be string,number", schema: schema18.properties.command.items.type, parentSchema: schema18.properties.command.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/run/command", schemaPath: "#/definitions/run/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.command.type, parentSchema: schema18.properties.command, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.env !== void 0) {
          let data5 = data2.env;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              const _errs16 = errors;
              if (typeof key2 === "string") {
                if (!pattern24.test(key2)) {
                  const err10 = { instancePath: instancePath + "/run/env", schemaPath: "#/definitions/run/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema18.properties.env.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              var valid8 = _errs16 === errors;
              if (!valid8) {
                const err11 = { instancePath: instancePath + "/run/env", schemaPath: "#/definitions/run/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema18.properties.env.propertyNames, parentSchema: schema18.properties.env, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            for (const key3 in data5) {
              let data6 = data5[key3];
              if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6)) && typeof data6 !== "boolean") {
                const err12 = { instancePath: instancePath + "/run/env/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/run/properties/env/additionalProperties/type", keyword: "type", params: { type: schema18.properties.env.additionalProperties.type }, message: "must be string,number,boolean", schema: schema18.properties.env.additionalProperties.type, parentSchema: schema18.properties.env.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/run/env", schemaPath: "#/definitions/run/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.env.type, parentSchema: schema18.properties.env, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.workdir !== void 0) {
          let data7 = data2.workdir;
          if (typeof data7 === "string") {
            if (func3(data7) < 1) {
              const err14 = { instancePath: instancePath + "/run/workdir", schemaPath: "#/definitions/run/properties/workdir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.workdir, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/run/workdir", schemaPath: "#/definitions/run/properties/workdir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.workdir.type, parentSchema: schema18.properties.workdir, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data2 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!validate18(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.compute !== void 0) {
      let data9 = data.compute;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key4 in data9) {
          if (!func2.call(schema27.properties, key4)) {
            const err17 = { instancePath: instancePath + "/compute", schemaPath: "#/definitions/compute/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.backend !== void 0) {
          let data10 = data9.backend;
          if (typeof data10 !== "string") {
            const err18 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.backend.type, parentSchema: schema27.properties.backend, data: data10 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          const _errs29 = errors;
          let valid12 = false;
          const _errs30 = errors;
          if (!(data10 === "local" || data10 === "aws-batch" || data10 === "slurm")) {
            const err19 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema27.properties.backend.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.backend.anyOf[0].enum, parentSchema: schema27.properties.backend.anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid0 = _errs30 === errors;
          valid12 = valid12 || _valid0;
          if (!valid12) {
            const _errs31 = errors;
            if (typeof data10 === "string") {
              if (!pattern26.test(data10)) {
                const err20 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema27.properties.backend.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            var _valid0 = _errs31 === errors;
            valid12 = valid12 || _valid0;
          }
          if (!valid12) {
            const err21 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.backend.anyOf, parentSchema: schema27.properties.backend, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          } else {
            errors = _errs29;
            if (vErrors !== null) {
              if (_errs29) {
                vErrors.length = _errs29;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.region !== void 0) {
          let data11 = data9.region;
          if (typeof data11 === "string") {
            if (!pattern21.test(data11)) {
              const err22 = { instancePath: instancePath + "/compute/region", schemaPath: "#/definitions/compute/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2}(-[a-z]+)+-\\d+$", parentSchema: schema27.properties.region, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/compute/region", schemaPath: "#/definitions/compute/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.region.type, parentSchema: schema27.properties.region, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.queue !== void 0) {
          let data12 = data9.queue;
          if (typeof data12 === "string") {
            if (func3(data12) < 1) {
              const err24 = { instancePath: instancePath + "/compute/queue", schemaPath: "#/definitions/compute/properties/queue/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.queue, data: data12 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/compute/queue", schemaPath: "#/definitions/compute/properties/queue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.queue.type, parentSchema: schema27.properties.queue, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9["fallback-queue"] !== void 0) {
          let data13 = data9["fallback-queue"];
          if (typeof data13 === "string") {
            if (func3(data13) < 1) {
              const err26 = { instancePath: instancePath + "/compute/fallback-queue", schemaPath: "#/definitions/compute/properties/fallback-queue/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties["fallback-queue"], data: data13 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/compute/fallback-queue", schemaPath: "#/definitions/compute/properties/fallback-queue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["fallback-queue"].type, parentSchema: schema27.properties["fallback-queue"], data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9["instance-type"] !== void 0) {
          let data14 = data9["instance-type"];
          if (typeof data14 !== "string") {
            const err28 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["instance-type"].type, parentSchema: schema27.properties["instance-type"], data: data14 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          const _errs40 = errors;
          let valid13 = false;
          const _errs41 = errors;
          if (typeof data14 === "string") {
            if (!pattern33.test(data14)) {
              const err29 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+\\.[a-z0-9-]+$"', schema: "^[a-z0-9-]+\\.[a-z0-9-]+$", parentSchema: schema27.properties["instance-type"].anyOf[0], data: data14 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          var _valid1 = _errs41 === errors;
          valid13 = valid13 || _valid1;
          if (!valid13) {
            const _errs42 = errors;
            if (typeof data14 === "string") {
              if (!pattern26.test(data14)) {
                const err30 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema27.properties["instance-type"].anyOf[1], data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            var _valid1 = _errs42 === errors;
            valid13 = valid13 || _valid1;
          }
          if (!valid13) {
            const err31 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties["instance-type"].anyOf, parentSchema: schema27.properties["instance-type"], data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          } else {
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.capacity !== void 0) {
          let data15 = data9.capacity;
          if (typeof data15 !== "string") {
            const err32 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.capacity.type, parentSchema: schema27.properties.capacity, data: data15 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          const _errs45 = errors;
          let valid14 = false;
          const _errs46 = errors;
          if (!(data15 === "on-demand" || data15 === "spot" || data15 === "spot-then-on-demand")) {
            const err33 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema27.properties.capacity.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.capacity.anyOf[0].enum, parentSchema: schema27.properties.capacity.anyOf[0], data: data15 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          var _valid2 = _errs46 === errors;
          valid14 = valid14 || _valid2;
          if (!valid14) {
            const _errs47 = errors;
            if (typeof data15 === "string") {
              if (!pattern26.test(data15)) {
                const err34 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema27.properties.capacity.anyOf[1], data: data15 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            var _valid2 = _errs47 === errors;
            valid14 = valid14 || _valid2;
          }
          if (!valid14) {
            const err35 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.capacity.anyOf, parentSchema: schema27.properties.capacity, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs45;
            if (vErrors !== null) {
              if (_errs45) {
                vErrors.length = _errs45;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.platform !== void 0) {
          let data16 = data9.platform;
          if (typeof data16 !== "string") {
            const err36 = { instancePath: instancePath + "/compute/platform", schemaPath: "#/definitions/compute/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.platform.type, parentSchema: schema27.properties.platform, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (!(data16 === "ec2" || data16 === "fargate")) {
            const err37 = { instancePath: instancePath + "/compute/platform", schemaPath: "#/definitions/compute/properties/platform/enum", keyword: "enum", params: { allowedValues: schema27.properties.platform.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.platform.enum, parentSchema: schema27.properties.platform, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data9["job-definition"] !== void 0) {
          let data17 = data9["job-definition"];
          if (typeof data17 === "string") {
            if (func3(data17) < 1) {
              const err38 = { instancePath: instancePath + "/compute/job-definition", schemaPath: "#/definitions/compute/properties/job-definition/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties["job-definition"], data: data17 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/compute/job-definition", schemaPath: "#/definitions/compute/properties/job-definition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["job-definition"].type, parentSchema: schema27.properties["job-definition"], data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data9["job-role-arn"] !== void 0) {
          let data18 = data9["job-role-arn"];
          if (typeof data18 === "string") {
            if (!pattern36.test(data18)) {
              const err40 = { instancePath: instancePath + "/compute/job-role-arn", schemaPath: "#/definitions/compute/properties/job-role-arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"', schema: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$", parentSchema: schema27.properties["job-role-arn"], data: data18 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          } else {
            const err41 = { instancePath: instancePath + "/compute/job-role-arn", schemaPath: "#/definitions/compute/properties/job-role-arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["job-role-arn"].type, parentSchema: schema27.properties["job-role-arn"], data: data18 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data9["execution-role-arn"] !== void 0) {
          let data19 = data9["execution-role-arn"];
          if (typeof data19 === "string") {
            if (!pattern36.test(data19)) {
              const err42 = { instancePath: instancePath + "/compute/execution-role-arn", schemaPath: "#/definitions/compute/properties/execution-role-arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"', schema: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$", parentSchema: schema27.properties["execution-role-arn"], data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/compute/execution-role-arn", schemaPath: "#/definitions/compute/properties/execution-role-arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["execution-role-arn"].type, parentSchema: schema27.properties["execution-role-arn"], data: data19 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data9.tags !== void 0) {
          let data20 = data9.tags;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key5 in data20) {
              let data21 = data20[key5];
              if (typeof data21 !== "string") {
                const err44 = { instancePath: instancePath + "/compute/tags/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/compute/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.tags.additionalProperties.type, parentSchema: schema27.properties.tags.additionalProperties, data: data21 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/compute/tags", schemaPath: "#/definitions/compute/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.tags.type, parentSchema: schema27.properties.tags, data: data20 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data9.slurm !== void 0) {
          let data22 = data9.slurm;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key6 in data22) {
              if (!(key6 === "partition" || key6 === "account" || key6 === "qos" || key6 === "constraint" || key6 === "time" || key6 === "throttle" || key6 === "price")) {
                const err46 = { instancePath: instancePath + "/compute/slurm", schemaPath: "#/definitions/compute/properties/slurm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.slurm, data: data22 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data22.partition !== void 0) {
              let data23 = data22.partition;
              if (typeof data23 === "string") {
                if (!pattern4.test(data23)) {
                  const err47 = { instancePath: instancePath + "/compute/slurm/partition", schemaPath: "#/definitions/compute/properties/slurm/properties/partition/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema27.properties.slurm.properties.partition, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              } else {
                const err48 = { instancePath: instancePath + "/compute/slurm/partition", schemaPath: "#/definitions/compute/properties/slurm/properties/partition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.partition.type, parentSchema: schema27.properties.slurm.properties.partition, data: data23 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data22.account !== void 0) {
              let data24 = data22.account;
              if (typeof data24 === "string") {
                if (!pattern4.test(data24)) {
                  const err49 = { instancePath: instancePath + "/compute/slurm/account", schemaPath: "#/definitions/compute/properties/slurm/properties/account/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema27.properties.slurm.properties.account, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              } else {
                const err50 = { instancePath: instancePath + "/compute/slurm/account", schemaPath: "#/definitions/compute/properties/slurm/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.account.type, parentSchema: schema27.properties.slurm.properties.account, data: data24 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data22.qos !== void 0) {
              let data25 = data22.qos;
              if (typeof data25 === "string") {
                if (!pattern4.test(data25)) {
                  const err51 = { instancePath: instancePath + "/compute/slurm/qos", schemaPath: "#/definitions/compute/properties/slurm/properties/qos/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema27.properties.slurm.properties.qos, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/compute/slurm/qos", schemaPath: "#/definitions/compute/properties/slurm/properties/qos/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.qos.type, parentSchema: schema27.properties.slurm.properties.qos, data: data25 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data22.constraint !== void 0) {
              let data26 = data22.constraint;
              if (typeof data26 === "string") {
                if (!pattern5.test(data26)) {
                  const err53 = { instancePath: instancePath + "/compute/slurm/constraint", schemaPath: "#/definitions/compute/properties/slurm/properties/constraint/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, message: 'must match pattern "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$"', schema: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$", parentSchema: schema27.properties.slurm.properties.constraint, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/compute/slurm/constraint", schemaPath: "#/definitions/compute/properties/slurm/properties/constraint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.constraint.type, parentSchema: schema27.properties.slurm.properties.constraint, data: data26 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data22.time !== void 0) {
              let data27 = data22.time;
              if (typeof data27 === "string") {
                if (!pattern9.test(data27)) {
                  const err55 = { instancePath: instancePath + "/compute/slurm/time", schemaPath: "#/definitions/compute/properties/slurm/properties/time/pattern", keyword: "pattern", params: { pattern: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, message: 'must match pattern "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$"', schema: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$", parentSchema: schema27.properties.slurm.properties.time, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/compute/slurm/time", schemaPath: "#/definitions/compute/properties/slurm/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.time.type, parentSchema: schema27.properties.slurm.properties.time, data: data27 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data22.throttle !== void 0) {
              let data28 = data22.throttle;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err57 = { instancePath: instancePath + "/compute/slurm/throttle", schemaPath: "#/definitions/compute/properties/slurm/properties/throttle/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.slurm.properties.throttle.type, parentSchema: schema27.properties.slurm.properties.throttle, data: data28 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 > 1e5 || isNaN(data28)) {
                  const err58 = { instancePath: instancePath + "/compute/slurm/throttle", schemaPath: "#/definitions/compute/properties/slurm/properties/throttle/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema27.properties.slurm.properties.throttle, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data28 < 1 || isNaN(data28)) {
                  const err59 = { instancePath: instancePath + "/compute/slurm/throttle", schemaPath: "#/definitions/compute/properties/slurm/properties/throttle/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.slurm.properties.throttle, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            }
            if (data22.price !== void 0) {
              let data29 = data22.price;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (Object.keys(data29).length > 1) {
                  const err60 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema27.properties.slurm.properties.price, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (Object.keys(data29).length < 1) {
                  const err61 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27.properties.slurm.properties.price, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                for (const key7 in data29) {
                  if (!(key7 === "per-node-hour" || key7 === "per-core-hour")) {
                    const err62 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.slurm.properties.price, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data29["per-node-hour"] !== void 0) {
                  let data30 = data29["per-node-hour"];
                  if (typeof data30 == "number" && isFinite(data30)) {
                    if (data30 < 0 || isNaN(data30)) {
                      const err63 = { instancePath: instancePath + "/compute/slurm/price/per-node-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-node-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.slurm.properties.price.properties["per-node-hour"], data: data30 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/compute/slurm/price/per-node-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-node-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.slurm.properties.price.properties["per-node-hour"].type, parentSchema: schema27.properties.slurm.properties.price.properties["per-node-hour"], data: data30 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data29["per-core-hour"] !== void 0) {
                  let data31 = data29["per-core-hour"];
                  if (typeof data31 == "number" && isFinite(data31)) {
                    if (data31 < 0 || isNaN(data31)) {
                      const err65 = { instancePath: instancePath + "/compute/slurm/price/per-core-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-core-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.slurm.properties.price.properties["per-core-hour"], data: data31 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/compute/slurm/price/per-core-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-core-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.slurm.properties.price.properties["per-core-hour"].type, parentSchema: schema27.properties.slurm.properties.price.properties["per-core-hour"], data: data31 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.slurm.properties.price.type, parentSchema: schema27.properties.slurm.properties.price, data: data29 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/compute/slurm", schemaPath: "#/definitions/compute/properties/slurm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.slurm.type, parentSchema: schema27.properties.slurm, data: data22 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/compute", schemaPath: "#/definitions/compute/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data9 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data["fan-out"] !== void 0) {
      let data32 = data["fan-out"];
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        if (data32.items === void 0) {
          const err70 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'", schema: schema28.required, parentSchema: schema28, data: data32 };
          if (vErrors === null) {
            vErrors = [err70];
          } else {
            vErrors.push(err70);
          }
          errors++;
        }
        if (data32.workers === void 0) {
          const err71 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/required", keyword: "required", params: { missingProperty: "workers" }, message: "must have required property 'workers'", schema: schema28.required, parentSchema: schema28, data: data32 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
        for (const key8 in data32) {
          if (!(key8 === "items" || key8 === "workers" || key8 === "oversubscribe")) {
            const err72 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data32 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data32.items !== void 0) {
          let data33 = data32.items;
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33)) && typeof data33 !== "string") {
            const err73 = { instancePath: instancePath + "/fan-out/items", schemaPath: "#/definitions/fanOut/properties/items/type", keyword: "type", params: { type: schema28.properties.items.type }, message: "must be integer,string", schema: schema28.properties.items.type, parentSchema: schema28.properties.items, data: data33 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 < 1 || isNaN(data33)) {
              const err74 = { instancePath: instancePath + "/fan-out/items", schemaPath: "#/definitions/fanOut/properties/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
          if (typeof data33 === "string") {
            if (!pattern26.test(data33)) {
              const err75 = { instancePath: instancePath + "/fan-out/items", schemaPath: "#/definitions/fanOut/properties/items/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema28.properties.items, data: data33 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        }
        if (data32.workers !== void 0) {
          let data34 = data32.workers;
          if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34)) && typeof data34 !== "string") {
            const err76 = { instancePath: instancePath + "/fan-out/workers", schemaPath: "#/definitions/fanOut/properties/workers/type", keyword: "type", params: { type: schema28.properties.workers.type }, message: "must be integer,string", schema: schema28.properties.workers.type, parentSchema: schema28.properties.workers, data: data34 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (typeof data34 == "number" && isFinite(data34)) {
            if (data34 < 1 || isNaN(data34)) {
              const err77 = { instancePath: instancePath + "/fan-out/workers", schemaPath: "#/definitions/fanOut/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.workers, data: data34 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (typeof data34 === "string") {
            if (!pattern26.test(data34)) {
              const err78 = { instancePath: instancePath + "/fan-out/workers", schemaPath: "#/definitions/fanOut/properties/workers/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema28.properties.workers, data: data34 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        }
        if (data32.oversubscribe !== void 0) {
          let data35 = data32.oversubscribe;
          if (!(typeof data35 == "number" && isFinite(data35)) && typeof data35 !== "string") {
            const err79 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/type", keyword: "type", params: { type: schema28.properties.oversubscribe.type }, message: "must be number,string", schema: schema28.properties.oversubscribe.type, parentSchema: schema28.properties.oversubscribe, data: data35 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
          if (typeof data35 == "number" && isFinite(data35)) {
            if (data35 > 2 || isNaN(data35)) {
              const err80 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema28.properties.oversubscribe, data: data35 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data35 < 1 || isNaN(data35)) {
              const err81 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.oversubscribe, data: data35 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          }
          if (typeof data35 === "string") {
            if (!pattern26.test(data35)) {
              const err82 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema28.properties.oversubscribe, data: data35 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data32 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
  } else {
    const err84 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err84];
    } else {
      vErrors.push(err84);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema34 = { "description": "What to compute from the timings and which results fail the check.", "type": "object", "additionalProperties": false, "properties": { "speedup": { "description": "Speedup and efficiency along one axis against a baseline cell.", "type": "object", "additionalProperties": false, "required": ["over", "baseline"], "properties": { "over": { "description": "The matrix axis holding the degree of parallelism (workers, n_jobs, ...).", "type": "string" }, "baseline": { "description": "A value of the `over` axis, or a partial cell such as { backend: local, workers: 10 }.", "type": ["string", "number", "boolean", "object"], "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/scalar" } }, "target": { "description": "Lowest acceptable speedup of the largest setting; below it the check fails.", "type": "number", "exclusiveMinimum": 0 } } }, "extrapolate": { "description": "Scale the measured time to the full workload.", "type": "object", "additionalProperties": false, "required": ["factor"], "properties": { "factor": { "description": "Full workload / measured workload, e.g. 200 when 5 of 1000 iterations ran.", "type": "number", "exclusiveMinimum": 0 } } }, "targets": { "description": "Bounds on metrics; a cell outside them fails the check.", "type": "array", "items": { "description": "A bound on one metric.", "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "description": "wall-time, cost, speedup, efficiency, or a metric declared in results.metrics.", "type": "string" }, "min": { "description": "Lowest acceptable value.", "type": "number" }, "max": { "description": "Highest acceptable value.", "type": "number" }, "cell": { "$ref": "#/definitions/cell" } } } }, "straggler-factor": { "description": "A task is a straggler when it takes more than this many times the median task.", "type": "number", "exclusiveMinimum": 1, "default": 1.5 }, "confidence": { "description": "Confidence level of the intervals, between 0.5 and 0.999.", "type": "number", "minimum": 0.5, "maximum": 0.999, "default": 0.95 }, "fail-on": { "description": "What fails the run: the exit code of `batchbench run` and `report` and the pull request check both follow this one setting. By default failed or missing jobs and missed targets fail (exit 1, check failure); a target the samples cannot decide leaves the check neutral and exits 0; a regression against the base run fails only when `regression` is set. Example: `fail-on: { regression: 5%, target-missed: true, inconclusive: false }`.", "type": "object", "additionalProperties": false, "properties": { "regression": { "description": "Fail when a cell's wall time is significantly slower than in the base run (on a pull request, the base branch's latest run) by more than this share: Welch's t at alpha = 1 - confidence, and a slowdown beyond the threshold, e.g. `5%` (at most 1000%). `true` means 5%; `false` (the default) only reports regressions.", "type": ["string", "boolean"], "pattern": "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, "target-missed": { "description": "Fail when a target is missed (default true).", "type": "boolean", "default": true }, "inconclusive": { "description": "Fail when a target, or with `regression` a cell's comparison, cannot be decided from the samples (default false: the check is neutral and the exit code 0).", "type": "boolean", "default": false }, "failed-jobs": { "description": "Fail when a job failed or is missing (default true).", "type": "boolean", "default": true } } } } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "speedup" || key0 === "extrapolate" || key0 === "targets" || key0 === "straggler-factor" || key0 === "confidence" || key0 === "fail-on")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.speedup !== void 0) {
      let data0 = data.speedup;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.over === void 0) {
          const err1 = { instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/required", keyword: "required", params: { missingProperty: "over" }, message: "must have required property 'over'", schema: schema34.properties.speedup.required, parentSchema: schema34.properties.speedup, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.baseline === void 0) {
          const err2 = { instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'", schema: schema34.properties.speedup.required, parentSchema: schema34.properties.speedup, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "over" || key1 === "baseline" || key1 === "target")) {
            const err3 = { instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.speedup, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.over !== void 0) {
          let data1 = data0.over;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/speedup/over", schemaPath: "#/properties/speedup/properties/over/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.speedup.properties.over.type, parentSchema: schema34.properties.speedup.properties.over, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.baseline !== void 0) {
          let data2 = data0.baseline;
          if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2)) && typeof data2 !== "boolean" && !(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
            const err5 = { instancePath: instancePath + "/speedup/baseline", schemaPath: "#/properties/speedup/properties/baseline/type", keyword: "type", params: { type: schema34.properties.speedup.properties.baseline.type }, message: "must be string,number,boolean,object", schema: schema34.properties.speedup.properties.baseline.type, parentSchema: schema34.properties.speedup.properties.baseline, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (Object.keys(data2).length < 1) {
              const err6 = { instancePath: instancePath + "/speedup/baseline", schemaPath: "#/properties/speedup/properties/baseline/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema34.properties.speedup.properties.baseline, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            for (const key2 in data2) {
              let data3 = data2[key2];
              if (typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3)) && typeof data3 !== "boolean") {
                const err7 = { instancePath: instancePath + "/speedup/baseline/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema20.type }, message: "must be string,number,boolean", schema: schema20.type, parentSchema: schema20, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          }
        }
        if (data0.target !== void 0) {
          let data4 = data0.target;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 <= 0 || isNaN(data4)) {
              const err8 = { instancePath: instancePath + "/speedup/target", schemaPath: "#/properties/speedup/properties/target/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.speedup.properties.target, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/speedup/target", schemaPath: "#/properties/speedup/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.speedup.properties.target.type, parentSchema: schema34.properties.speedup.properties.target, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.speedup.type, parentSchema: schema34.properties.speedup, data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.extrapolate !== void 0) {
      let data5 = data.extrapolate;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.factor === void 0) {
          const err11 = { instancePath: instancePath + "/extrapolate", schemaPath: "#/properties/extrapolate/required", keyword: "required", params: { missingProperty: "factor" }, message: "must have required property 'factor'", schema: schema34.properties.extrapolate.required, parentSchema: schema34.properties.extrapolate, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key3 in data5) {
          if (!(key3 === "factor")) {
            const err12 = { instancePath: instancePath + "/extrapolate", schemaPath: "#/properties/extrapolate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.extrapolate, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.factor !== void 0) {
          let data6 = data5.factor;
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 <= 0 || isNaN(data6)) {
              const err13 = { instancePath: instancePath + "/extrapolate/factor", schemaPath: "#/properties/extrapolate/properties/factor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.extrapolate.properties.factor, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/extrapolate/factor", schemaPath: "#/properties/extrapolate/properties/factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.extrapolate.properties.factor.type, parentSchema: schema34.properties.extrapolate.properties.factor, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/extrapolate", schemaPath: "#/properties/extrapolate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.extrapolate.type, parentSchema: schema34.properties.extrapolate, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data7 = data.targets;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.metric === void 0) {
              const err16 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema34.properties.targets.items.required, parentSchema: schema34.properties.targets.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            for (const key4 in data8) {
              if (!(key4 === "metric" || key4 === "min" || key4 === "max" || key4 === "cell")) {
                const err17 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.targets.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data8.metric !== void 0) {
              let data9 = data8.metric;
              if (typeof data9 !== "string") {
                const err18 = { instancePath: instancePath + "/targets/" + i0 + "/metric", schemaPath: "#/properties/targets/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.targets.items.properties.metric.type, parentSchema: schema34.properties.targets.items.properties.metric, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data8.min !== void 0) {
              let data10 = data8.min;
              if (!(typeof data10 == "number" && isFinite(data10))) {
                const err19 = { instancePath: instancePath + "/targets/" + i0 + "/min", schemaPath: "#/properties/targets/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.targets.items.properties.min.type, parentSchema: schema34.properties.targets.items.properties.min, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data8.max !== void 0) {
              let data11 = data8.max;
              if (!(typeof data11 == "number" && isFinite(data11))) {
                const err20 = { instancePath: instancePath + "/targets/" + i0 + "/max", schemaPath: "#/properties/targets/items/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.targets.items.properties.max.type, parentSchema: schema34.properties.targets.items.properties.max, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.cell !== void 0) {
              if (!validate14(data8.cell, { instancePath: instancePath + "/targets/" + i0 + "/cell", parentData: data8, parentDataProperty: "cell", rootData })) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.targets.items.type, parentSchema: schema34.properties.targets.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.targets.type, parentSchema: schema34.properties.targets, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data["straggler-factor"] !== void 0) {
      let data13 = data["straggler-factor"];
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 <= 1 || isNaN(data13)) {
          const err23 = { instancePath: instancePath + "/straggler-factor", schemaPath: "#/properties/straggler-factor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema34.properties["straggler-factor"], data: data13 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/straggler-factor", schemaPath: "#/properties/straggler-factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties["straggler-factor"].type, parentSchema: schema34.properties["straggler-factor"], data: data13 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.confidence !== void 0) {
      let data14 = data.confidence;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 > 0.999 || isNaN(data14)) {
          const err25 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.999 }, message: "must be <= 0.999", schema: 0.999, parentSchema: schema34.properties.confidence, data: data14 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data14 < 0.5 || isNaN(data14)) {
          const err26 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0.5 }, message: "must be >= 0.5", schema: 0.5, parentSchema: schema34.properties.confidence, data: data14 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/confidence", schemaPath: "#/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.confidence.type, parentSchema: schema34.properties.confidence, data: data14 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data15 = data["fail-on"];
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key5 in data15) {
          if (!(key5 === "regression" || key5 === "target-missed" || key5 === "inconclusive" || key5 === "failed-jobs")) {
            const err28 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties["fail-on"], data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data15.regression !== void 0) {
          let data16 = data15.regression;
          if (typeof data16 !== "string" && typeof data16 !== "boolean") {
            const err29 = { instancePath: instancePath + "/fail-on/regression", schemaPath: "#/properties/fail-on/properties/regression/type", keyword: "type", params: { type: schema34.properties["fail-on"].properties.regression.type }, message: "must be string,boolean", schema: schema34.properties["fail-on"].properties.regression.type, parentSchema: schema34.properties["fail-on"].properties.regression, data: data16 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data16 === "string") {
            if (!pattern20.test(data16)) {
              const err30 = { instancePath: instancePath + "/fail-on/regression", schemaPath: "#/properties/fail-on/properties/regression/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$" }, message: 'must match pattern "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"', schema: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", parentSchema: schema34.properties["fail-on"].properties.regression, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data15["target-missed"] !== void 0) {
          let data17 = data15["target-missed"];
          if (typeof data17 !== "boolean") {
            const err31 = { instancePath: instancePath + "/fail-on/target-missed", schemaPath: "#/properties/fail-on/properties/target-missed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties["fail-on"].properties["target-missed"].type, parentSchema: schema34.properties["fail-on"].properties["target-missed"], data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data15.inconclusive !== void 0) {
          let data18 = data15.inconclusive;
          if (typeof data18 !== "boolean") {
            const err32 = { instancePath: instancePath + "/fail-on/inconclusive", schemaPath: "#/properties/fail-on/properties/inconclusive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties["fail-on"].properties.inconclusive.type, parentSchema: schema34.properties["fail-on"].properties.inconclusive, data: data18 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data15["failed-jobs"] !== void 0) {
          let data19 = data15["failed-jobs"];
          if (typeof data19 !== "boolean") {
            const err33 = { instancePath: instancePath + "/fail-on/failed-jobs", schemaPath: "#/properties/fail-on/properties/failed-jobs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties["fail-on"].properties["failed-jobs"].type, parentSchema: schema34.properties["fail-on"].properties["failed-jobs"], data: data19 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties["fail-on"].type, parentSchema: schema34.properties["fail-on"], data: data15 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema37 = { "description": "Costs other than compute, priced from the same table.", "type": "object", "additionalProperties": false, "properties": { "storage": { "description": "Storage held for the experiment.", "type": "array", "items": { "description": "One storage item.", "type": "object", "additionalProperties": false, "required": ["kind", "size"], "properties": { "kind": { "description": "s3, fsx-lustre or ebs-gp3.", "type": "string", "enum": ["s3", "fsx-lustre", "ebs-gp3"] }, "size": { "allOf": [{ "$ref": "#/definitions/size" }], "description": "How much: 5GB, 1.2TB, or a number of MiB." }, "hours": { "description": "How long it is held; a month (730 h) when absent.", "type": "number", "exclusiveMinimum": 0 } } } }, "transfer": { "description": "Data moved.", "type": "object", "additionalProperties": false, "properties": { "out": { "allOf": [{ "$ref": "#/definitions/size" }], "description": "Data transferred out to the internet: 5GB, or a number of MiB." } } }, "instance-types": { "description": "Instance types the shipped price table does not have (or priced otherwise), by name: their size and hourly price. A type named in compute.instance-type must be in the price table or here.", "type": "object", "propertyNames": { "description": "An EC2 instance type name, e.g. c8i.large.", "pattern": "^[a-z0-9-]+\\.[a-z0-9-]+$" }, "additionalProperties": { "description": "One instance type: what it has and what an hour of it costs.", "type": "object", "additionalProperties": false, "required": ["vcpus", "memory", "on-demand-hourly"], "properties": { "vcpus": { "description": "vCPUs of the instance.", "type": "integer", "minimum": 1, "examples": [2] }, "memory": { "allOf": [{ "$ref": "#/definitions/size" }], "description": "Installed memory: 4GiB, 16GiB.", "examples": ["4GiB"] }, "gpus": { "description": "GPUs of the instance.", "type": "integer", "minimum": 0, "default": 0, "examples": [0] }, "on-demand-hourly": { "description": "On-demand price of one instance-hour, US dollars.", "type": "number", "minimum": 0, "examples": [0.0893] }, "spot-hourly": { "description": "Typical Spot price of one instance-hour, US dollars; Spot capacity is unpriced without it.", "type": "number", "minimum": 0, "examples": [0.035] } } }, "examples": [{ "c8i.large": { "vcpus": 2, "memory": "4GiB", "on-demand-hourly": 0.0893 } }] } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "storage" || key0 === "transfer" || key0 === "instance-types")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.storage !== void 0) {
      let data0 = data.storage;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.kind === void 0) {
              const err1 = { instancePath: instancePath + "/storage/" + i0, schemaPath: "#/properties/storage/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema37.properties.storage.items.required, parentSchema: schema37.properties.storage.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.size === void 0) {
              const err2 = { instancePath: instancePath + "/storage/" + i0, schemaPath: "#/properties/storage/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'", schema: schema37.properties.storage.items.required, parentSchema: schema37.properties.storage.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "kind" || key1 === "size" || key1 === "hours")) {
                const err3 = { instancePath: instancePath + "/storage/" + i0, schemaPath: "#/properties/storage/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.storage.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.kind !== void 0) {
              let data2 = data1.kind;
              if (typeof data2 !== "string") {
                const err4 = { instancePath: instancePath + "/storage/" + i0 + "/kind", schemaPath: "#/properties/storage/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.storage.items.properties.kind.type, parentSchema: schema37.properties.storage.items.properties.kind, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (!(data2 === "s3" || data2 === "fsx-lustre" || data2 === "ebs-gp3")) {
                const err5 = { instancePath: instancePath + "/storage/" + i0 + "/kind", schemaPath: "#/properties/storage/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema37.properties.storage.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.storage.items.properties.kind.enum, parentSchema: schema37.properties.storage.items.properties.kind, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.size !== void 0) {
              let data3 = data1.size;
              if (typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3))) {
                const err6 = { instancePath: instancePath + "/storage/" + i0 + "/size", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number", schema: schema13.type, parentSchema: schema13, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              if (typeof data3 == "number" && isFinite(data3)) {
                if (data3 <= 0 || isNaN(data3)) {
                  const err7 = { instancePath: instancePath + "/storage/" + i0 + "/size", schemaPath: "#/definitions/size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema13, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (typeof data3 === "string") {
                if (!pattern6.test(data3)) {
                  const err8 = { instancePath: instancePath + "/storage/" + i0 + "/size", schemaPath: "#/definitions/size/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$" }, message: 'must match pattern "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$"', schema: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", parentSchema: schema13, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
            }
            if (data1.hours !== void 0) {
              let data4 = data1.hours;
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 <= 0 || isNaN(data4)) {
                  const err9 = { instancePath: instancePath + "/storage/" + i0 + "/hours", schemaPath: "#/properties/storage/items/properties/hours/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema37.properties.storage.items.properties.hours, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/storage/" + i0 + "/hours", schemaPath: "#/properties/storage/items/properties/hours/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.storage.items.properties.hours.type, parentSchema: schema37.properties.storage.items.properties.hours, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/storage/" + i0, schemaPath: "#/properties/storage/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.storage.items.type, parentSchema: schema37.properties.storage.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.properties.storage.type, parentSchema: schema37.properties.storage, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.transfer !== void 0) {
      let data5 = data.transfer;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "out")) {
            const err13 = { instancePath: instancePath + "/transfer", schemaPath: "#/properties/transfer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.transfer, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.out !== void 0) {
          let data6 = data5.out;
          if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6))) {
            const err14 = { instancePath: instancePath + "/transfer/out", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number", schema: schema13.type, parentSchema: schema13, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 <= 0 || isNaN(data6)) {
              const err15 = { instancePath: instancePath + "/transfer/out", schemaPath: "#/definitions/size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema13, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (typeof data6 === "string") {
            if (!pattern6.test(data6)) {
              const err16 = { instancePath: instancePath + "/transfer/out", schemaPath: "#/definitions/size/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$" }, message: 'must match pattern "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$"', schema: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", parentSchema: schema13, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/transfer", schemaPath: "#/properties/transfer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.transfer.type, parentSchema: schema37.properties.transfer, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["instance-types"] !== void 0) {
      let data7 = data["instance-types"];
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key3 in data7) {
          const _errs24 = errors;
          if (typeof key3 === "string") {
            if (!pattern33.test(key3)) {
              const err18 = { instancePath: instancePath + "/instance-types", schemaPath: "#/properties/instance-types/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+\\.[a-z0-9-]+$"', schema: "^[a-z0-9-]+\\.[a-z0-9-]+$", parentSchema: schema37.properties["instance-types"].propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid9 = _errs24 === errors;
          if (!valid9) {
            const err19 = { instancePath: instancePath + "/instance-types", schemaPath: "#/properties/instance-types/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema37.properties["instance-types"].propertyNames, parentSchema: schema37.properties["instance-types"], data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key4 in data7) {
          let data8 = data7[key4];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.vcpus === void 0) {
              const err20 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance-types/additionalProperties/required", keyword: "required", params: { missingProperty: "vcpus" }, message: "must have required property 'vcpus'", schema: schema37.properties["instance-types"].additionalProperties.required, parentSchema: schema37.properties["instance-types"].additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data8.memory === void 0) {
              const err21 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance-types/additionalProperties/required", keyword: "required", params: { missingProperty: "memory" }, message: "must have required property 'memory'", schema: schema37.properties["instance-types"].additionalProperties.required, parentSchema: schema37.properties["instance-types"].additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data8["on-demand-hourly"] === void 0) {
              const err22 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance-types/additionalProperties/required", keyword: "required", params: { missingProperty: "on-demand-hourly" }, message: "must have required property 'on-demand-hourly'", schema: schema37.properties["instance-types"].additionalProperties.required, parentSchema: schema37.properties["instance-types"].additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key5 in data8) {
              if (!(key5 === "vcpus" || key5 === "memory" || key5 === "gpus" || key5 === "on-demand-hourly" || key5 === "spot-hourly")) {
                const err23 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance-types/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties["instance-types"].additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.vcpus !== void 0) {
              let data9 = data8.vcpus;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                const err24 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/vcpus", schemaPath: "#/properties/instance-types/additionalProperties/properties/vcpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties["instance-types"].additionalProperties.properties.vcpus.type, parentSchema: schema37.properties["instance-types"].additionalProperties.properties.vcpus, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 < 1 || isNaN(data9)) {
                  const err25 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/vcpus", schemaPath: "#/properties/instance-types/additionalProperties/properties/vcpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.properties["instance-types"].additionalProperties.properties.vcpus, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data8.memory !== void 0) {
              let data10 = data8.memory;
              if (typeof data10 !== "string" && !(typeof data10 == "number" && isFinite(data10))) {
                const err26 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/size/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number", schema: schema13.type, parentSchema: schema13, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 <= 0 || isNaN(data10)) {
                  const err27 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/size/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema13, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (typeof data10 === "string") {
                if (!pattern6.test(data10)) {
                  const err28 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/memory", schemaPath: "#/definitions/size/pattern", keyword: "pattern", params: { pattern: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$" }, message: 'must match pattern "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$"', schema: "^\\s*\\d{1,12}(?:\\.\\d+)?\\s*(?:[bB]|[kKmMgGtTpP][iI]?[bB])\\s*$", parentSchema: schema13, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            }
            if (data8.gpus !== void 0) {
              let data11 = data8.gpus;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
                const err29 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/gpus", schemaPath: "#/properties/instance-types/additionalProperties/properties/gpus/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties["instance-types"].additionalProperties.properties.gpus.type, parentSchema: schema37.properties["instance-types"].additionalProperties.properties.gpus, data: data11 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err30 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/gpus", schemaPath: "#/properties/instance-types/additionalProperties/properties/gpus/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties["instance-types"].additionalProperties.properties.gpus, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            }
            if (data8["on-demand-hourly"] !== void 0) {
              let data12 = data8["on-demand-hourly"];
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 < 0 || isNaN(data12)) {
                  const err31 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/on-demand-hourly", schemaPath: "#/properties/instance-types/additionalProperties/properties/on-demand-hourly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties["instance-types"].additionalProperties.properties["on-demand-hourly"], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/on-demand-hourly", schemaPath: "#/properties/instance-types/additionalProperties/properties/on-demand-hourly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties["instance-types"].additionalProperties.properties["on-demand-hourly"].type, parentSchema: schema37.properties["instance-types"].additionalProperties.properties["on-demand-hourly"], data: data12 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data8["spot-hourly"] !== void 0) {
              let data13 = data8["spot-hourly"];
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err33 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/spot-hourly", schemaPath: "#/properties/instance-types/additionalProperties/properties/spot-hourly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema37.properties["instance-types"].additionalProperties.properties["spot-hourly"], data: data13 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/spot-hourly", schemaPath: "#/properties/instance-types/additionalProperties/properties/spot-hourly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties["instance-types"].additionalProperties.properties["spot-hourly"].type, parentSchema: schema37.properties["instance-types"].additionalProperties.properties["spot-hourly"], data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/instance-types/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instance-types/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties["instance-types"].additionalProperties.type, parentSchema: schema37.properties["instance-types"].additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/instance-types", schemaPath: "#/properties/instance-types/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties["instance-types"].type, parentSchema: schema37.properties["instance-types"], data: data7 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema41 = { "description": "Another configuration, priced side by side.", "type": "object", "additionalProperties": false, "required": ["name", "override"], "properties": { "name": { "description": "Name shown in the report.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, "override": { "description": "Dotted path into this file as written -> value, e.g. stages.train.compute.capacity: on-demand.", "type": "object", "minProperties": 1, "additionalProperties": { "$ref": "#/definitions/scalar" } } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.override === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "override" }, message: "must have required property 'override'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "override")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", parentSchema: schema41.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.name.type, parentSchema: schema41.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.override !== void 0) {
      let data1 = data.override;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err5 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41.properties.override, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          let data2 = data1[key1];
          if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2)) && typeof data2 !== "boolean") {
            const err6 = { instancePath: instancePath + "/override/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema20.type }, message: "must be string,number,boolean", schema: schema20.type, parentSchema: schema20, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.override.type, parentSchema: schema41.properties.override, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema43 = { "description": "The question the report answers from the measured cells: the fastest configuration within a budget, or the cheapest within a deadline (per run of the configuration), and what the chosen one takes at full size. --budget and --deadline override these.", "type": "object", "additionalProperties": false, "properties": { "budget-usd": { "description": "Most one run of a configuration may cost, US dollars: the report names the fastest cell within it.", "type": "number", "exclusiveMinimum": 0, "examples": [0.5] }, "deadline": { "allOf": [{ "$ref": "#/definitions/duration" }], "description": "Longest one run of a configuration may take: the report names the cheapest cell within it. 90s, 15m, 2h.", "examples": ["10m"] }, "scale": { "description": "The full run is this many times the measured work: the recommended cell's time and cost are projected to it, per stage.", "type": "number", "exclusiveMinimum": 0, "examples": [25] } }, "examples": [{ "budget-usd": 0.5, "deadline": "10m", "scale": 25 }] };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "budget-usd" || key0 === "deadline" || key0 === "scale")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["budget-usd"] !== void 0) {
      let data0 = data["budget-usd"];
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 <= 0 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/budget-usd", schemaPath: "#/properties/budget-usd/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema43.properties["budget-usd"], data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/budget-usd", schemaPath: "#/properties/budget-usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties["budget-usd"].type, parentSchema: schema43.properties["budget-usd"], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.deadline !== void 0) {
      let data1 = data.deadline;
      if (typeof data1 !== "string" && !(typeof data1 == "number" && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/deadline", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: schema14.type }, message: "must be string,number", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 <= 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/deadline", schemaPath: "#/definitions/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern13.test(data1)) {
          const err5 = { instancePath: instancePath + "/deadline", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$" }, message: 'must match pattern "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$"', schema: "^\\s*(?:\\d{1,12}(?:\\.\\d+)?\\s*(?:ms|s|m|h|d)\\s*)+$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.scale !== void 0) {
      let data2 = data.scale;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 <= 0 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema43.properties.scale, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema43.properties.scale.type, parentSchema: schema43.properties.scale, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.kind === void 0 && (missing0 = "kind")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.kind !== void 0) {
        if ("campaign" !== data.kind) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs4 = errors;
    if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs5 = errors;
    const _errs6 = errors;
    let valid2 = true;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.stages === void 0 && (missing1 = "stages")) {
        const err2 = {};
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs8 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.run !== void 0) {
          const err3 = { instancePath: instancePath + "/run", schemaPath: "#/else/then/properties/run/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema11.else.then.properties.run, data: data.run };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data["fan-out"] !== void 0) {
          const err4 = { instancePath: instancePath + "/fan-out", schemaPath: "#/else/then/properties/fan-out/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema11.else.then.properties["fan-out"], data: data["fan-out"] };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid1 = _errs8 === errors;
      valid2 = _valid1;
      ifClause1 = "then";
    } else {
      const _errs9 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.run === void 0) {
          const err5 = { instancePath, schemaPath: "#/else/else/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema11.else.else.required, parentSchema: schema11.else.else, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid1 = _errs9 === errors;
      valid2 = _valid1;
      ifClause1 = "else";
    }
    if (!valid2) {
      const err6 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema11.else.if, parentSchema: schema11.else, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!func2.call(schema11.else.properties, key0)) {
          const err7 = { instancePath, schemaPath: "#/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.else, data };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.if, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.version !== void 0) {
      let data3 = data.version;
      if (1 !== data3) {
        const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data4 = data.kind;
      if (typeof data4 !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.kind.type, parentSchema: schema11.properties.kind, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data4 === "experiment" || data4 === "campaign")) {
        const err13 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.kind.enum, parentSchema: schema11.properties.kind, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data5 = data.name;
      if (typeof data5 === "string") {
        if (!pattern0.test(data5)) {
          const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", parentSchema: schema11.properties.name, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data6 = data.description;
      if (typeof data6 !== "string") {
        const err16 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data7 = data.image;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length > 1) {
          const err17 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema17, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (Object.keys(data7).length < 1) {
          const err18 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema17, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!(key1 === "build" || key1 === "uri")) {
            const err19 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.build !== void 0) {
          let data8 = data7.build;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.context === void 0) {
              const err20 = { instancePath: instancePath + "/image/build", schemaPath: "#/definitions/image/properties/build/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'", schema: schema17.properties.build.required, parentSchema: schema17.properties.build, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "context" || key2 === "dockerfile")) {
                const err21 = { instancePath: instancePath + "/image/build", schemaPath: "#/definitions/image/properties/build/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.build, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data8.context !== void 0) {
              let data9 = data8.context;
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err22 = { instancePath: instancePath + "/image/build/context", schemaPath: "#/definitions/image/properties/build/properties/context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.build.properties.context, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/image/build/context", schemaPath: "#/definitions/image/properties/build/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.build.properties.context.type, parentSchema: schema17.properties.build.properties.context, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.dockerfile !== void 0) {
              let data10 = data8.dockerfile;
              if (typeof data10 === "string") {
                if (func3(data10) < 1) {
                  const err24 = { instancePath: instancePath + "/image/build/dockerfile", schemaPath: "#/definitions/image/properties/build/properties/dockerfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.build.properties.dockerfile, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/image/build/dockerfile", schemaPath: "#/definitions/image/properties/build/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.build.properties.dockerfile.type, parentSchema: schema17.properties.build.properties.dockerfile, data: data10 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/image/build", schemaPath: "#/definitions/image/properties/build/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.build.type, parentSchema: schema17.properties.build, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data7.uri !== void 0) {
          let data11 = data7.uri;
          if (typeof data11 === "string") {
            if (func3(data11) < 1) {
              const err27 = { instancePath: instancePath + "/image/uri", schemaPath: "#/definitions/image/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.uri, data: data11 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/image/uri", schemaPath: "#/definitions/image/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.uri.type, parentSchema: schema17.properties.uri, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/image", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data12 = data.run;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.command === void 0) {
          const err30 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'", schema: schema18.required, parentSchema: schema18, data: data12 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        for (const key3 in data12) {
          if (!(key3 === "command" || key3 === "env" || key3 === "workdir")) {
            const err31 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data12 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.command !== void 0) {
          let data13 = data12.command;
          if (Array.isArray(data13)) {
            if (data13.length < 1) {
              const err32 = { instancePath: instancePath + "/run/command", schemaPath: "#/definitions/run/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.command, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            const len0 = data13.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data14 = data13[i0];
              if (typeof data14 !== "string" && !(typeof data14 == "number" && isFinite(data14))) {
                const err33 = { instancePath: instancePath + "/run/command/" + i0, schemaPath: "#/definitions/run/properties/command/items/type", keyword: "type", params: { type: schema18.properties.command.items.type }, message: "must be string,number", schema: schema18.properties.command.items.type, parentSchema: schema18.properties.command.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/run/command", schemaPath: "#/definitions/run/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.command.type, parentSchema: schema18.properties.command, data: data13 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data12.env !== void 0) {
          let data15 = data12.env;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key4 in data15) {
              const _errs41 = errors;
              if (typeof key4 === "string") {
                if (!pattern24.test(key4)) {
                  const err35 = { instancePath: instancePath + "/run/env", schemaPath: "#/definitions/run/properties/env/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema18.properties.env.propertyNames, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              var valid12 = _errs41 === errors;
              if (!valid12) {
                const err36 = { instancePath: instancePath + "/run/env", schemaPath: "#/definitions/run/properties/env/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema18.properties.env.propertyNames, parentSchema: schema18.properties.env, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            for (const key5 in data15) {
              let data16 = data15[key5];
              if (typeof data16 !== "string" && !(typeof data16 == "number" && isFinite(data16)) && typeof data16 !== "boolean") {
                const err37 = { instancePath: instancePath + "/run/env/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/run/properties/env/additionalProperties/type", keyword: "type", params: { type: schema18.properties.env.additionalProperties.type }, message: "must be string,number,boolean", schema: schema18.properties.env.additionalProperties.type, parentSchema: schema18.properties.env.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/run/env", schemaPath: "#/definitions/run/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.env.type, parentSchema: schema18.properties.env, data: data15 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data12.workdir !== void 0) {
          let data17 = data12.workdir;
          if (typeof data17 === "string") {
            if (func3(data17) < 1) {
              const err39 = { instancePath: instancePath + "/run/workdir", schemaPath: "#/definitions/run/properties/workdir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.workdir, data: data17 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/run/workdir", schemaPath: "#/definitions/run/properties/workdir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.workdir.type, parentSchema: schema18.properties.workdir, data: data17 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data12 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.matrix !== void 0) {
      if (!validate13(data.matrix, { instancePath: instancePath + "/matrix", parentData: data, parentDataProperty: "matrix", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.repeats !== void 0) {
      let data19 = data.repeats;
      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
        const err42 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.repeats.type, parentSchema: schema11.properties.repeats, data: data19 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data19 == "number" && isFinite(data19)) {
        if (data19 > 1e3 || isNaN(data19)) {
          const err43 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema11.properties.repeats, data: data19 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data19 < 1 || isNaN(data19)) {
          const err44 = { instancePath: instancePath + "/repeats", schemaPath: "#/properties/repeats/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.repeats, data: data19 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
    if (data.resources !== void 0) {
      if (!validate18(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
    }
    if (data.compute !== void 0) {
      let data21 = data.compute;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key6 in data21) {
          if (!func2.call(schema27.properties, key6)) {
            const err45 = { instancePath: instancePath + "/compute", schemaPath: "#/definitions/compute/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data21 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data21.backend !== void 0) {
          let data22 = data21.backend;
          if (typeof data22 !== "string") {
            const err46 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.backend.type, parentSchema: schema27.properties.backend, data: data22 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          const _errs57 = errors;
          let valid16 = false;
          const _errs58 = errors;
          if (!(data22 === "local" || data22 === "aws-batch" || data22 === "slurm")) {
            const err47 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema27.properties.backend.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.backend.anyOf[0].enum, parentSchema: schema27.properties.backend.anyOf[0], data: data22 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid2 = _errs58 === errors;
          valid16 = valid16 || _valid2;
          if (!valid16) {
            const _errs59 = errors;
            if (typeof data22 === "string") {
              if (!pattern26.test(data22)) {
                const err48 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema27.properties.backend.anyOf[1], data: data22 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            var _valid2 = _errs59 === errors;
            valid16 = valid16 || _valid2;
          }
          if (!valid16) {
            const err49 = { instancePath: instancePath + "/compute/backend", schemaPath: "#/definitions/compute/properties/backend/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.backend.anyOf, parentSchema: schema27.properties.backend, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          } else {
            errors = _errs57;
            if (vErrors !== null) {
              if (_errs57) {
                vErrors.length = _errs57;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21.region !== void 0) {
          let data23 = data21.region;
          if (typeof data23 === "string") {
            if (!pattern21.test(data23)) {
              const err50 = { instancePath: instancePath + "/compute/region", schemaPath: "#/definitions/compute/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2}(-[a-z]+)+-\\d+$", parentSchema: schema27.properties.region, data: data23 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/compute/region", schemaPath: "#/definitions/compute/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.region.type, parentSchema: schema27.properties.region, data: data23 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data21.queue !== void 0) {
          let data24 = data21.queue;
          if (typeof data24 === "string") {
            if (func3(data24) < 1) {
              const err52 = { instancePath: instancePath + "/compute/queue", schemaPath: "#/definitions/compute/properties/queue/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.queue, data: data24 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/compute/queue", schemaPath: "#/definitions/compute/properties/queue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.queue.type, parentSchema: schema27.properties.queue, data: data24 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data21["fallback-queue"] !== void 0) {
          let data25 = data21["fallback-queue"];
          if (typeof data25 === "string") {
            if (func3(data25) < 1) {
              const err54 = { instancePath: instancePath + "/compute/fallback-queue", schemaPath: "#/definitions/compute/properties/fallback-queue/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties["fallback-queue"], data: data25 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/compute/fallback-queue", schemaPath: "#/definitions/compute/properties/fallback-queue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["fallback-queue"].type, parentSchema: schema27.properties["fallback-queue"], data: data25 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data21["instance-type"] !== void 0) {
          let data26 = data21["instance-type"];
          if (typeof data26 !== "string") {
            const err56 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["instance-type"].type, parentSchema: schema27.properties["instance-type"], data: data26 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          const _errs68 = errors;
          let valid17 = false;
          const _errs69 = errors;
          if (typeof data26 === "string") {
            if (!pattern33.test(data26)) {
              const err57 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/anyOf/0/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+\\.[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+\\.[a-z0-9-]+$"', schema: "^[a-z0-9-]+\\.[a-z0-9-]+$", parentSchema: schema27.properties["instance-type"].anyOf[0], data: data26 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          var _valid3 = _errs69 === errors;
          valid17 = valid17 || _valid3;
          if (!valid17) {
            const _errs70 = errors;
            if (typeof data26 === "string") {
              if (!pattern26.test(data26)) {
                const err58 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema27.properties["instance-type"].anyOf[1], data: data26 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            var _valid3 = _errs70 === errors;
            valid17 = valid17 || _valid3;
          }
          if (!valid17) {
            const err59 = { instancePath: instancePath + "/compute/instance-type", schemaPath: "#/definitions/compute/properties/instance-type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties["instance-type"].anyOf, parentSchema: schema27.properties["instance-type"], data: data26 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21.capacity !== void 0) {
          let data27 = data21.capacity;
          if (typeof data27 !== "string") {
            const err60 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.capacity.type, parentSchema: schema27.properties.capacity, data: data27 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          const _errs73 = errors;
          let valid18 = false;
          const _errs74 = errors;
          if (!(data27 === "on-demand" || data27 === "spot" || data27 === "spot-then-on-demand")) {
            const err61 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema27.properties.capacity.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.capacity.anyOf[0].enum, parentSchema: schema27.properties.capacity.anyOf[0], data: data27 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          var _valid4 = _errs74 === errors;
          valid18 = valid18 || _valid4;
          if (!valid18) {
            const _errs75 = errors;
            if (typeof data27 === "string") {
              if (!pattern26.test(data27)) {
                const err62 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema27.properties.capacity.anyOf[1], data: data27 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            var _valid4 = _errs75 === errors;
            valid18 = valid18 || _valid4;
          }
          if (!valid18) {
            const err63 = { instancePath: instancePath + "/compute/capacity", schemaPath: "#/definitions/compute/properties/capacity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.capacity.anyOf, parentSchema: schema27.properties.capacity, data: data27 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          } else {
            errors = _errs73;
            if (vErrors !== null) {
              if (_errs73) {
                vErrors.length = _errs73;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data21.platform !== void 0) {
          let data28 = data21.platform;
          if (typeof data28 !== "string") {
            const err64 = { instancePath: instancePath + "/compute/platform", schemaPath: "#/definitions/compute/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.platform.type, parentSchema: schema27.properties.platform, data: data28 };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (!(data28 === "ec2" || data28 === "fargate")) {
            const err65 = { instancePath: instancePath + "/compute/platform", schemaPath: "#/definitions/compute/properties/platform/enum", keyword: "enum", params: { allowedValues: schema27.properties.platform.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.platform.enum, parentSchema: schema27.properties.platform, data: data28 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data21["job-definition"] !== void 0) {
          let data29 = data21["job-definition"];
          if (typeof data29 === "string") {
            if (func3(data29) < 1) {
              const err66 = { instancePath: instancePath + "/compute/job-definition", schemaPath: "#/definitions/compute/properties/job-definition/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties["job-definition"], data: data29 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          } else {
            const err67 = { instancePath: instancePath + "/compute/job-definition", schemaPath: "#/definitions/compute/properties/job-definition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["job-definition"].type, parentSchema: schema27.properties["job-definition"], data: data29 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data21["job-role-arn"] !== void 0) {
          let data30 = data21["job-role-arn"];
          if (typeof data30 === "string") {
            if (!pattern36.test(data30)) {
              const err68 = { instancePath: instancePath + "/compute/job-role-arn", schemaPath: "#/definitions/compute/properties/job-role-arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"', schema: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$", parentSchema: schema27.properties["job-role-arn"], data: data30 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/compute/job-role-arn", schemaPath: "#/definitions/compute/properties/job-role-arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["job-role-arn"].type, parentSchema: schema27.properties["job-role-arn"], data: data30 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data21["execution-role-arn"] !== void 0) {
          let data31 = data21["execution-role-arn"];
          if (typeof data31 === "string") {
            if (!pattern36.test(data31)) {
              const err70 = { instancePath: instancePath + "/compute/execution-role-arn", schemaPath: "#/definitions/compute/properties/execution-role-arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$"', schema: "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$", parentSchema: schema27.properties["execution-role-arn"], data: data31 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          } else {
            const err71 = { instancePath: instancePath + "/compute/execution-role-arn", schemaPath: "#/definitions/compute/properties/execution-role-arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties["execution-role-arn"].type, parentSchema: schema27.properties["execution-role-arn"], data: data31 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data21.tags !== void 0) {
          let data32 = data21.tags;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key7 in data32) {
              let data33 = data32[key7];
              if (typeof data33 !== "string") {
                const err72 = { instancePath: instancePath + "/compute/tags/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/compute/properties/tags/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.tags.additionalProperties.type, parentSchema: schema27.properties.tags.additionalProperties, data: data33 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/compute/tags", schemaPath: "#/definitions/compute/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.tags.type, parentSchema: schema27.properties.tags, data: data32 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data21.slurm !== void 0) {
          let data34 = data21.slurm;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            for (const key8 in data34) {
              if (!(key8 === "partition" || key8 === "account" || key8 === "qos" || key8 === "constraint" || key8 === "time" || key8 === "throttle" || key8 === "price")) {
                const err74 = { instancePath: instancePath + "/compute/slurm", schemaPath: "#/definitions/compute/properties/slurm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.slurm, data: data34 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data34.partition !== void 0) {
              let data35 = data34.partition;
              if (typeof data35 === "string") {
                if (!pattern4.test(data35)) {
                  const err75 = { instancePath: instancePath + "/compute/slurm/partition", schemaPath: "#/definitions/compute/properties/slurm/properties/partition/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema27.properties.slurm.properties.partition, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/compute/slurm/partition", schemaPath: "#/definitions/compute/properties/slurm/properties/partition/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.partition.type, parentSchema: schema27.properties.slurm.properties.partition, data: data35 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data34.account !== void 0) {
              let data36 = data34.account;
              if (typeof data36 === "string") {
                if (!pattern4.test(data36)) {
                  const err77 = { instancePath: instancePath + "/compute/slurm/account", schemaPath: "#/definitions/compute/properties/slurm/properties/account/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema27.properties.slurm.properties.account, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/compute/slurm/account", schemaPath: "#/definitions/compute/properties/slurm/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.account.type, parentSchema: schema27.properties.slurm.properties.account, data: data36 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data34.qos !== void 0) {
              let data37 = data34.qos;
              if (typeof data37 === "string") {
                if (!pattern4.test(data37)) {
                  const err79 = { instancePath: instancePath + "/compute/slurm/qos", schemaPath: "#/definitions/compute/properties/slurm/properties/qos/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", parentSchema: schema27.properties.slurm.properties.qos, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/compute/slurm/qos", schemaPath: "#/definitions/compute/properties/slurm/properties/qos/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.qos.type, parentSchema: schema27.properties.slurm.properties.qos, data: data37 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data34.constraint !== void 0) {
              let data38 = data34.constraint;
              if (typeof data38 === "string") {
                if (!pattern5.test(data38)) {
                  const err81 = { instancePath: instancePath + "/compute/slurm/constraint", schemaPath: "#/definitions/compute/properties/slurm/properties/constraint/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$" }, message: 'must match pattern "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$"', schema: "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$", parentSchema: schema27.properties.slurm.properties.constraint, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              } else {
                const err82 = { instancePath: instancePath + "/compute/slurm/constraint", schemaPath: "#/definitions/compute/properties/slurm/properties/constraint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.constraint.type, parentSchema: schema27.properties.slurm.properties.constraint, data: data38 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data34.time !== void 0) {
              let data39 = data34.time;
              if (typeof data39 === "string") {
                if (!pattern9.test(data39)) {
                  const err83 = { instancePath: instancePath + "/compute/slurm/time", schemaPath: "#/definitions/compute/properties/slurm/properties/time/pattern", keyword: "pattern", params: { pattern: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$" }, message: 'must match pattern "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$"', schema: "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$", parentSchema: schema27.properties.slurm.properties.time, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/compute/slurm/time", schemaPath: "#/definitions/compute/properties/slurm/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.slurm.properties.time.type, parentSchema: schema27.properties.slurm.properties.time, data: data39 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data34.throttle !== void 0) {
              let data40 = data34.throttle;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                const err85 = { instancePath: instancePath + "/compute/slurm/throttle", schemaPath: "#/definitions/compute/properties/slurm/properties/throttle/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.slurm.properties.throttle.type, parentSchema: schema27.properties.slurm.properties.throttle, data: data40 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 > 1e5 || isNaN(data40)) {
                  const err86 = { instancePath: instancePath + "/compute/slurm/throttle", schemaPath: "#/definitions/compute/properties/slurm/properties/throttle/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema27.properties.slurm.properties.throttle, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data40 < 1 || isNaN(data40)) {
                  const err87 = { instancePath: instancePath + "/compute/slurm/throttle", schemaPath: "#/definitions/compute/properties/slurm/properties/throttle/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.slurm.properties.throttle, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            }
            if (data34.price !== void 0) {
              let data41 = data34.price;
              if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (Object.keys(data41).length > 1) {
                  const err88 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema27.properties.slurm.properties.price, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (Object.keys(data41).length < 1) {
                  const err89 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27.properties.slurm.properties.price, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                for (const key9 in data41) {
                  if (!(key9 === "per-node-hour" || key9 === "per-core-hour")) {
                    const err90 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.slurm.properties.price, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data41["per-node-hour"] !== void 0) {
                  let data42 = data41["per-node-hour"];
                  if (typeof data42 == "number" && isFinite(data42)) {
                    if (data42 < 0 || isNaN(data42)) {
                      const err91 = { instancePath: instancePath + "/compute/slurm/price/per-node-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-node-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.slurm.properties.price.properties["per-node-hour"], data: data42 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/compute/slurm/price/per-node-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-node-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.slurm.properties.price.properties["per-node-hour"].type, parentSchema: schema27.properties.slurm.properties.price.properties["per-node-hour"], data: data42 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data41["per-core-hour"] !== void 0) {
                  let data43 = data41["per-core-hour"];
                  if (typeof data43 == "number" && isFinite(data43)) {
                    if (data43 < 0 || isNaN(data43)) {
                      const err93 = { instancePath: instancePath + "/compute/slurm/price/per-core-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-core-hour/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema27.properties.slurm.properties.price.properties["per-core-hour"], data: data43 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  } else {
                    const err94 = { instancePath: instancePath + "/compute/slurm/price/per-core-hour", schemaPath: "#/definitions/compute/properties/slurm/properties/price/properties/per-core-hour/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema27.properties.slurm.properties.price.properties["per-core-hour"].type, parentSchema: schema27.properties.slurm.properties.price.properties["per-core-hour"], data: data43 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
              } else {
                const err95 = { instancePath: instancePath + "/compute/slurm/price", schemaPath: "#/definitions/compute/properties/slurm/properties/price/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.slurm.properties.price.type, parentSchema: schema27.properties.slurm.properties.price, data: data41 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
          } else {
            const err96 = { instancePath: instancePath + "/compute/slurm", schemaPath: "#/definitions/compute/properties/slurm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.slurm.type, parentSchema: schema27.properties.slurm, data: data34 };
            if (vErrors === null) {
              vErrors = [err96];
            } else {
              vErrors.push(err96);
            }
            errors++;
          }
        }
      } else {
        const err97 = { instancePath: instancePath + "/compute", schemaPath: "#/definitions/compute/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data21 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data["fan-out"] !== void 0) {
      let data44 = data["fan-out"];
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        if (data44.items === void 0) {
          const err98 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'", schema: schema28.required, parentSchema: schema28, data: data44 };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        if (data44.workers === void 0) {
          const err99 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/required", keyword: "required", params: { missingProperty: "workers" }, message: "must have required property 'workers'", schema: schema28.required, parentSchema: schema28, data: data44 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        for (const key10 in data44) {
          if (!(key10 === "items" || key10 === "workers" || key10 === "oversubscribe")) {
            const err100 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data: data44 };
            if (vErrors === null) {
              vErrors = [err100];
            } else {
              vErrors.push(err100);
            }
            errors++;
          }
        }
        if (data44.items !== void 0) {
          let data45 = data44.items;
          if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45)) && typeof data45 !== "string") {
            const err101 = { instancePath: instancePath + "/fan-out/items", schemaPath: "#/definitions/fanOut/properties/items/type", keyword: "type", params: { type: schema28.properties.items.type }, message: "must be integer,string", schema: schema28.properties.items.type, parentSchema: schema28.properties.items, data: data45 };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
          if (typeof data45 == "number" && isFinite(data45)) {
            if (data45 < 1 || isNaN(data45)) {
              const err102 = { instancePath: instancePath + "/fan-out/items", schemaPath: "#/definitions/fanOut/properties/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.items, data: data45 };
              if (vErrors === null) {
                vErrors = [err102];
              } else {
                vErrors.push(err102);
              }
              errors++;
            }
          }
          if (typeof data45 === "string") {
            if (!pattern26.test(data45)) {
              const err103 = { instancePath: instancePath + "/fan-out/items", schemaPath: "#/definitions/fanOut/properties/items/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema28.properties.items, data: data45 };
              if (vErrors === null) {
                vErrors = [err103];
              } else {
                vErrors.push(err103);
              }
              errors++;
            }
          }
        }
        if (data44.workers !== void 0) {
          let data46 = data44.workers;
          if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46)) && typeof data46 !== "string") {
            const err104 = { instancePath: instancePath + "/fan-out/workers", schemaPath: "#/definitions/fanOut/properties/workers/type", keyword: "type", params: { type: schema28.properties.workers.type }, message: "must be integer,string", schema: schema28.properties.workers.type, parentSchema: schema28.properties.workers, data: data46 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
          if (typeof data46 == "number" && isFinite(data46)) {
            if (data46 < 1 || isNaN(data46)) {
              const err105 = { instancePath: instancePath + "/fan-out/workers", schemaPath: "#/definitions/fanOut/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.workers, data: data46 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
          }
          if (typeof data46 === "string") {
            if (!pattern26.test(data46)) {
              const err106 = { instancePath: instancePath + "/fan-out/workers", schemaPath: "#/definitions/fanOut/properties/workers/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema28.properties.workers, data: data46 };
              if (vErrors === null) {
                vErrors = [err106];
              } else {
                vErrors.push(err106);
              }
              errors++;
            }
          }
        }
        if (data44.oversubscribe !== void 0) {
          let data47 = data44.oversubscribe;
          if (!(typeof data47 == "number" && isFinite(data47)) && typeof data47 !== "string") {
            const err107 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/type", keyword: "type", params: { type: schema28.properties.oversubscribe.type }, message: "must be number,string", schema: schema28.properties.oversubscribe.type, parentSchema: schema28.properties.oversubscribe, data: data47 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
          if (typeof data47 == "number" && isFinite(data47)) {
            if (data47 > 2 || isNaN(data47)) {
              const err108 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2 }, message: "must be <= 2", schema: 2, parentSchema: schema28.properties.oversubscribe, data: data47 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data47 < 1 || isNaN(data47)) {
              const err109 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.oversubscribe, data: data47 };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
          if (typeof data47 === "string") {
            if (!pattern26.test(data47)) {
              const err110 = { instancePath: instancePath + "/fan-out/oversubscribe", schemaPath: "#/definitions/fanOut/properties/oversubscribe/pattern", keyword: "pattern", params: { pattern: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$" }, message: 'must match pattern "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$"', schema: "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$", parentSchema: schema28.properties.oversubscribe, data: data47 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/fan-out", schemaPath: "#/definitions/fanOut/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data44 };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.stages !== void 0) {
      let data48 = data.stages;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        if (Object.keys(data48).length < 1) {
          const err112 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.stages, data: data48 };
          if (vErrors === null) {
            vErrors = [err112];
          } else {
            vErrors.push(err112);
          }
          errors++;
        }
        for (const key11 in data48) {
          const _errs123 = errors;
          if (typeof key11 === "string") {
            if (!pattern0.test(key11)) {
              const err113 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", parentSchema: schema11.properties.stages.propertyNames, data: key11, propertyName: key11 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
          var valid24 = _errs123 === errors;
          if (!valid24) {
            const err114 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/propertyNames", keyword: "propertyNames", params: { propertyName: key11 }, message: "property name must be valid", schema: schema11.properties.stages.propertyNames, parentSchema: schema11.properties.stages, data: data48 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        for (const key12 in data48) {
          if (!validate20(data48[key12], { instancePath: instancePath + "/stages/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data48, parentDataProperty: key12, rootData })) {
            vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err115 = { instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.stages.type, parentSchema: schema11.properties.stages, data: data48 };
        if (vErrors === null) {
          vErrors = [err115];
        } else {
          vErrors.push(err115);
        }
        errors++;
      }
    }
    if (data.results !== void 0) {
      let data50 = data.results;
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        for (const key13 in data50) {
          if (!(key13 === "store" || key13 === "metrics")) {
            const err116 = { instancePath: instancePath + "/results", schemaPath: "#/definitions/results/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data50 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data50.store !== void 0) {
          let data51 = data50.store;
          if (typeof data51 === "string") {
            if (func3(data51) < 1) {
              const err117 = { instancePath: instancePath + "/results/store", schemaPath: "#/definitions/results/properties/store/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.store, data: data51 };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
          } else {
            const err118 = { instancePath: instancePath + "/results/store", schemaPath: "#/definitions/results/properties/store/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.store.type, parentSchema: schema16.properties.store, data: data51 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data50.metrics !== void 0) {
          let data52 = data50.metrics;
          if (Array.isArray(data52)) {
            const len1 = data52.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data53 = data52[i1];
              if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                if (data53.name === void 0) {
                  const err119 = { instancePath: instancePath + "/results/metrics/" + i1, schemaPath: "#/definitions/results/properties/metrics/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.metrics.items.required, parentSchema: schema16.properties.metrics.items, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                if (data53.better === void 0) {
                  const err120 = { instancePath: instancePath + "/results/metrics/" + i1, schemaPath: "#/definitions/results/properties/metrics/items/required", keyword: "required", params: { missingProperty: "better" }, message: "must have required property 'better'", schema: schema16.properties.metrics.items.required, parentSchema: schema16.properties.metrics.items, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                for (const key14 in data53) {
                  if (!(key14 === "name" || key14 === "better" || key14 === "unit")) {
                    const err121 = { instancePath: instancePath + "/results/metrics/" + i1, schemaPath: "#/definitions/results/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.metrics.items, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data53.name !== void 0) {
                  let data54 = data53.name;
                  if (typeof data54 === "string") {
                    if (!pattern22.test(data54)) {
                      const err122 = { instancePath: instancePath + "/results/metrics/" + i1 + "/name", schemaPath: "#/definitions/results/properties/metrics/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+$", parentSchema: schema16.properties.metrics.items.properties.name, data: data54 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/results/metrics/" + i1 + "/name", schemaPath: "#/definitions/results/properties/metrics/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metrics.items.properties.name.type, parentSchema: schema16.properties.metrics.items.properties.name, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data53.better !== void 0) {
                  let data55 = data53.better;
                  if (typeof data55 !== "string") {
                    const err124 = { instancePath: instancePath + "/results/metrics/" + i1 + "/better", schemaPath: "#/definitions/results/properties/metrics/items/properties/better/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metrics.items.properties.better.type, parentSchema: schema16.properties.metrics.items.properties.better, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                  if (!(data55 === "higher" || data55 === "lower")) {
                    const err125 = { instancePath: instancePath + "/results/metrics/" + i1 + "/better", schemaPath: "#/definitions/results/properties/metrics/items/properties/better/enum", keyword: "enum", params: { allowedValues: schema16.properties.metrics.items.properties.better.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.metrics.items.properties.better.enum, parentSchema: schema16.properties.metrics.items.properties.better, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
                if (data53.unit !== void 0) {
                  let data56 = data53.unit;
                  if (typeof data56 !== "string") {
                    const err126 = { instancePath: instancePath + "/results/metrics/" + i1 + "/unit", schemaPath: "#/definitions/results/properties/metrics/items/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metrics.items.properties.unit.type, parentSchema: schema16.properties.metrics.items.properties.unit, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              } else {
                const err127 = { instancePath: instancePath + "/results/metrics/" + i1, schemaPath: "#/definitions/results/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metrics.items.type, parentSchema: schema16.properties.metrics.items, data: data53 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
          } else {
            const err128 = { instancePath: instancePath + "/results/metrics", schemaPath: "#/definitions/results/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.metrics.type, parentSchema: schema16.properties.metrics, data: data52 };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
            errors++;
          }
        }
      } else {
        const err129 = { instancePath: instancePath + "/results", schemaPath: "#/definitions/results/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data50 };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
    if (data.analysis !== void 0) {
      if (!validate23(data.analysis, { instancePath: instancePath + "/analysis", parentData: data, parentDataProperty: "analysis", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.budget !== void 0) {
      let data58 = data.budget;
      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
        for (const key15 in data58) {
          if (!(key15 === "max-usd" || key15 === "max-vcpus" || key15 === "max-jobs")) {
            const err130 = { instancePath: instancePath + "/budget", schemaPath: "#/definitions/budget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data: data58 };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data58["max-usd"] !== void 0) {
          let data59 = data58["max-usd"];
          if (typeof data59 == "number" && isFinite(data59)) {
            if (data59 <= 0 || isNaN(data59)) {
              const err131 = { instancePath: instancePath + "/budget/max-usd", schemaPath: "#/definitions/budget/properties/max-usd/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema36.properties["max-usd"], data: data59 };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
          } else {
            const err132 = { instancePath: instancePath + "/budget/max-usd", schemaPath: "#/definitions/budget/properties/max-usd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties["max-usd"].type, parentSchema: schema36.properties["max-usd"], data: data59 };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
        if (data58["max-vcpus"] !== void 0) {
          let data60 = data58["max-vcpus"];
          if (typeof data60 == "number" && isFinite(data60)) {
            if (data60 <= 0 || isNaN(data60)) {
              const err133 = { instancePath: instancePath + "/budget/max-vcpus", schemaPath: "#/definitions/budget/properties/max-vcpus/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema36.properties["max-vcpus"], data: data60 };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
          } else {
            const err134 = { instancePath: instancePath + "/budget/max-vcpus", schemaPath: "#/definitions/budget/properties/max-vcpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema36.properties["max-vcpus"].type, parentSchema: schema36.properties["max-vcpus"], data: data60 };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data58["max-jobs"] !== void 0) {
          let data61 = data58["max-jobs"];
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
            const err135 = { instancePath: instancePath + "/budget/max-jobs", schemaPath: "#/definitions/budget/properties/max-jobs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.properties["max-jobs"].type, parentSchema: schema36.properties["max-jobs"], data: data61 };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
          if (typeof data61 == "number" && isFinite(data61)) {
            if (data61 < 1 || isNaN(data61)) {
              const err136 = { instancePath: instancePath + "/budget/max-jobs", schemaPath: "#/definitions/budget/properties/max-jobs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema36.properties["max-jobs"], data: data61 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
          }
        }
      } else {
        const err137 = { instancePath: instancePath + "/budget", schemaPath: "#/definitions/budget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data: data58 };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
    }
    if (data.costs !== void 0) {
      if (!validate26(data.costs, { instancePath: instancePath + "/costs", parentData: data, parentDataProperty: "costs", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.compare !== void 0) {
      let data63 = data.compare;
      if (Array.isArray(data63)) {
        const len2 = data63.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate28(data63[i2], { instancePath: instancePath + "/compare/" + i2, parentData: data63, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err138 = { instancePath: instancePath + "/compare", schemaPath: "#/properties/compare/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.compare.type, parentSchema: schema11.properties.compare, data: data63 };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data.decide !== void 0) {
      if (!validate30(data.decide, { instancePath: instancePath + "/decide", parentData: data, parentDataProperty: "decide", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err139 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err139];
    } else {
      vErrors.push(err139);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function compileExperimentValidator() {
  return validate;
}

// src/domain/experiment/schema-words.ts
var TEMPLATE_PATTERN = "^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$";
var NAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
var noMatrix = (value) => value.includes("${{") ? "compute.slurm takes no ${{ matrix.* }}: give each partition or constraint its own stage (stages.<name>.compute.slurm), or its own file" : void 0;
var padTime = (value) => {
  const m = /^\s*(\d{1,2})[:.h](\d{1,2})\s*$/.exec(value);
  if (!m) return void 0;
  const padded = `${m[1].padStart(2, "0")}:${m[2].padStart(2, "0")}`;
  return padded !== value ? `did you mean '${padded}'?` : void 0;
};
var PATTERNS = {
  [DURATION_PATTERN]: {
    what: "a duration",
    hint: "write 90s, 15m, 24h, 1d or 1h30m, or a number of seconds"
  },
  [SIZE_PATTERN]: { what: "a size", hint: "write 512MiB, 32GiB, 1.2TB or 500MB, or a number of MiB" },
  [TEMPLATE_PATTERN]: {
    what: "a matrix reference",
    hint: "write a whole number, or ${{ matrix.<axis> }} to take it from the matrix"
  },
  [NAME_PATTERN]: {
    what: "a valid name",
    hint: 'use letters, digits, "-" and "_", starting with a letter or digit, at most 64 characters'
  },
  "^[A-Za-z_][A-Za-z0-9_-]{0,63}$": {
    what: "a valid axis name",
    hint: 'use letters, digits, "-" and "_", starting with a letter or "_", so ${{ matrix.<axis> }} can name it'
  },
  "^[A-Za-z_][A-Za-z0-9_]*$": {
    what: "a valid environment variable name",
    hint: 'use letters, digits and "_", not starting with a digit'
  },
  "^[a-z]{2}(-[a-z]+)+-\\d+$": {
    what: "an AWS region",
    hint: "write a region code such as us-east-1 or eu-west-2"
  },
  "^[a-z0-9-]+\\.[a-z0-9-]+$": {
    what: "an EC2 instance type",
    hint: "write a type such as r5.4xlarge or t3.medium"
  },
  "^arn:aws[a-z-]*:iam::\\d{12}:role/.+$": {
    what: "an IAM role ARN",
    hint: "write arn:aws:iam::<12-digit account>:role/<name>"
  },
  "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$": {
    what: "a Slurm name",
    suggest: noMatrix,
    hint: 'use letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters, as sinfo and sacctmgr list them'
  },
  "^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$": {
    what: "a Slurm constraint",
    suggest: noMatrix,
    hint: 'write node features joined by &, | or ",", with ( ) or [ ] and *N counts, e.g. "icelake&ib"; it starts with a feature, "!", "(" or "[", at most 1024 characters'
  },
  "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$": {
    what: "a node type name",
    hint: 'use letters, digits, ".", "-" and "_", starting with a letter or digit, at most 64 characters'
  },
  "^(\\d+-)?\\d+(:\\d{1,2}){0,2}$": {
    what: "a Slurm time limit",
    suggest: noMatrix,
    hint: "write minutes ('90'), HH:MM:SS ('2:00:00') or D-HH:MM:SS ('1-00:00:00'), quoted"
  },
  "^[A-Za-z0-9_.-]+$": { what: "a valid metric name", hint: 'use letters, digits, ".", "-" and "_"' },
  "^([01][0-9]|2[0-3]):[0-5][0-9]$": {
    what: "a start time of day",
    hint: "write HH:MM in 24-hour time from 00:00 to 23:59, quoted, e.g. '06:00'",
    suggest: padTime
  },
  "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$": {
    what: "an end time of day",
    hint: "write HH:MM in 24-hour time, quoted, e.g. '18:00'; '24:00' is midnight at the end of the day",
    suggest: (value) => /^\s*0?0[:.h]00?\s*$/.test(value) ? "write '24:00' for midnight at the end of the day" : padTime(value)
  },
  "^(previous|weeks:[1-9][0-9]*)$": {
    what: "a comparison window",
    hint: "write previous (the latest earlier week) or weeks:N (the N latest earlier weeks pooled), e.g. weeks:4"
  },
  "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$": {
    what: "a percentage",
    hint: "write a percentage such as 5% or 2.5%"
  },
  "^[a-z][a-z0-9-]*$": {
    what: "an EC2 instance family",
    hint: "write a family in lower case, such as m7i, c7g or r7a"
  },
  "^[a-z0-9]+$": { what: "an EC2 instance size", hint: "write a size such as large, xlarge or 4xlarge" },
  "^[a-z0-9][a-z0-9_-]{0,63}$": {
    what: "a valid benchmark name",
    hint: 'use lower-case letters, digits, "-" and "_", starting with a letter or digit'
  }
};
var JSON_TYPES = {
  array: "a list",
  object: "a mapping",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false"
};
var TYPE_HINTS = {
  array: 'write a list, e.g. [a, b] or one "- item" per line',
  object: "write a mapping: keys indented under this one, or { key: value }",
  string: "write text; quote it if YAML reads it as something else",
  number: "write a number without quotes",
  integer: "write a whole number without quotes",
  boolean: "write true or false"
};

// src/domain/experiment/schema-check.ts
var experimentSchema = experiment_schema_default;
var compiled;
function validator() {
  compiled ??= compileExperimentValidator();
  return compiled;
}
function checkSchema(data) {
  const validate2 = validator();
  if (validate2(data)) return [];
  return foldErrors(validate2.errors ?? [], data);
}
function foldErrors(errors, data) {
  const atPath = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const group = atPath.get(e.instancePath);
    if (group) group.push(e);
    else atPath.set(e.instancePath, [e]);
  }
  const branchOf = /* @__PURE__ */ new Set();
  const branches = (e) => (atPath.get(e.instancePath) ?? []).filter((b) => b !== e && b.schemaPath.startsWith(`${e.schemaPath}/`));
  for (const e of errors) {
    if (e.keyword === "anyOf" || e.keyword === "oneOf") for (const b of branches(e)) branchOf.add(b);
  }
  const typeWrong = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (branchOf.has(e) || e.keyword === "if" || e.keyword === "propertyNames") continue;
    if (e.keyword !== "type" && typeWrong.has(e.instancePath)) continue;
    const path = toPath(e.instancePath, data);
    const issue = e.keyword === "anyOf" || e.keyword === "oneOf" ? alternativesIssue(e, path, branches(e)) : errorIssue(e, path);
    const key = `${JSON.stringify(issue.path)}|${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function toPath(pointer, data) {
  const path = [];
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = typeof node === "object" && node !== null ? node[segment] : void 0;
    }
  }
  return path;
}
function lastName(path) {
  const strings = path.filter((s) => typeof s === "string");
  return strings[strings.length - 1] ?? "the file";
}
function alternativesIssue(e, path, branches) {
  const allowed = [];
  const hints = [];
  for (const b of branches) {
    if (b.keyword === "enum")
      allowed.push(...b.params.allowedValues.map(String));
    if (b.keyword === "pattern") {
      const known = PATTERNS[b.params.pattern];
      allowed.push(
        known?.what === "a matrix reference" ? "${{ matrix.<axis> }}" : known?.what ?? "a matching text"
      );
    }
  }
  const value = e.data;
  if (typeof value === "string") {
    const close = didYouMean(value, allowed);
    if (close) hints.push(close);
  }
  return {
    path,
    atKey: false,
    message: `${displayPath(path)}: ${showValue(value)} is not allowed; expected ${orList(allowed)}`,
    hint: hints[0] ?? `use one of: ${allowed.join(", ")}`,
    severity: "error"
  };
}
function orList(items) {
  if (items.length <= 1) return items[0] ?? "another value";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function errorIssue(e, path) {
  const ctx = {
    e,
    path,
    parent: e.parentSchema ?? {},
    where: displayPath(path),
    name: lastName(path),
    params: e.params,
    issue: (message, hint, at = path, atKey = false) => ({
      path: at,
      atKey,
      message,
      ...hint === void 0 ? {} : { hint },
      severity: "error"
    })
  };
  return shapeIssue(ctx) ?? valueIssue(ctx);
}
function shapeIssue({ e, path, parent, where, name, params, issue }) {
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys(parent.properties ?? {});
      return issue(
        `unknown key "${key}"${path.length > 0 ? ` in ${where}` : ""}`,
        didYouMean(key, known) ?? `allowed keys: ${known.join(", ")}`,
        [...path, key],
        true
      );
    }
    case "required": {
      const missing = String(params.missingProperty);
      if (path.length === 0 && missing === "run" && e.schemaPath.startsWith("#/else")) {
        return issue(
          'the file needs "run" (one command) or "stages" (a pipeline of commands)',
          "add run: { command: [program, arg] }",
          path,
          true
        );
      }
      const property = resolveRef((parent.properties ?? {})[missing]);
      return issue(
        path.length === 0 ? `missing required key "${missing}"` : `${where} is missing "${missing}"`,
        typeof property.description === "string" ? `add ${missing}: ${property.description}` : `add ${missing}`,
        path,
        true
      );
    }
    case "false schema":
      return issue(
        `"${name}" can't be used together with "stages"`,
        name === "run" ? "move the command into a stage: stages.<name>.run" : `move ${name} into the stage it belongs to: stages.<name>.${name}`,
        path,
        true
      );
    case "maxItems":
      return issue(
        `${where} has more than ${String(params.limit)} items`,
        `keep at most ${String(params.limit)}`,
        path,
        true
      );
    case "minProperties":
    case "minItems":
      return issue(
        params.limit === 1 ? `${where} must not be empty` : `${where} needs at least ${String(params.limit)} items`,
        descriptionHint(parent)
      );
    case "uniqueItems": {
      const j = Number(params.j);
      const items = e.data;
      return issue(`${where} lists ${showValue(items[j])} twice`, "remove the repeated item", [...path, j]);
    }
    default:
      return void 0;
  }
}
function valueIssue({ e, path, parent, where, name, params, issue }) {
  switch (e.keyword) {
    case "type": {
      const expected = String(params.type).split(",").map((t) => JSON_TYPES[t] ?? t);
      const first = String(params.type).split(",")[0] ?? "";
      return issue(`${where} must be ${orList(expected)}, not ${showValue(e.data)}`, TYPE_HINTS[first]);
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      return issue(
        `${where}: ${showValue(e.data)} is not one of ${allowed.join(", ")}`,
        (typeof e.data === "string" ? didYouMean(e.data, allowed) : void 0) ?? `use one of: ${allowed.join(", ")}`
      );
    }
    case "const":
      return issue(
        `${where} must be ${showValue(params.allowedValue)}, not ${showValue(e.data)}`,
        `write ${name}: ${String(params.allowedValue)}`
      );
    case "pattern": {
      const known = PATTERNS[String(params.pattern)];
      const propertyName = e.propertyName;
      if (propertyName !== void 0) {
        return issue(
          `"${propertyName}" in ${where} is not ${known?.what ?? "a valid name"}`,
          known?.hint,
          [...path, propertyName],
          true
        );
      }
      const suggestion = typeof e.data === "string" ? known?.suggest?.(e.data) : void 0;
      return issue(
        `${where}: ${showValue(e.data)} is not ${known?.what ?? "in the expected form"}`,
        suggestion ?? known?.hint ?? `match ${String(params.pattern)}`
      );
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words = {
        minimum: "at least",
        maximum: "at most",
        exclusiveMinimum: "greater than",
        exclusiveMaximum: "less than"
      }[e.keyword];
      return issue(
        `${where} must be ${words} ${String(params.limit)}, not ${showValue(e.data)}`,
        rangeHint(parent)
      );
    }
    case "maxProperties": {
      const keys = Object.keys(parent.properties ?? {});
      if (parent.minProperties === 1 && parent.maxProperties === 1) {
        return issue(
          `${where} needs exactly one of ${orList(keys.map((k) => `"${k}"`))}`,
          descriptionHint(parent),
          path,
          true
        );
      }
      return issue(`${where} must not be empty`, descriptionHint(parent), path, true);
    }
    case "minLength":
      return issue(`${where} must not be empty`, descriptionHint(parent));
    default:
      return issue(`${where} ${e.message ?? "is not valid"}`, descriptionHint(parent));
  }
}
function resolveRef(node) {
  let current = node ?? {};
  for (; ; ) {
    const ref = typeof current.$ref === "string" ? current.$ref : current.allOf?.[0]?.$ref;
    if (typeof ref !== "string") return current;
    const definitions = experimentSchema.definitions;
    current = definitions[ref.replace("#/definitions/", "")] ?? {};
  }
}
function rangeHint(parent) {
  const low = parent.minimum ?? parent.exclusiveMinimum;
  const high = parent.maximum ?? parent.exclusiveMaximum;
  if (typeof low === "number" && typeof high === "number") return `use a value from ${low} to ${high}`;
  return descriptionHint(parent);
}
function descriptionHint(parent) {
  return typeof parent.description === "string" ? parent.description : void 0;
}

// src/domain/experiment/stage-order.ts
function orderStages(names, needs) {
  const cycle = findCycle(names, needs);
  if (cycle) return { cycle };
  const done = /* @__PURE__ */ new Set();
  const order = [];
  while (order.length < names.length) {
    const next = names.find((n) => !done.has(n) && needs(n).every((d) => done.has(d) || !names.includes(d)));
    if (next === void 0) break;
    done.add(next);
    order.push(next);
  }
  return { order };
}
function findCycle(names, needs) {
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit2 = (n) => {
    if (state.get(n) === "done") return void 0;
    if (state.get(n) === "open") return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, "open");
    stack.push(n);
    for (const d of needs(n)) {
      if (!names.includes(d)) continue;
      const found = visit2(d);
      if (found) return found;
    }
    stack.pop();
    state.set(n, "done");
    return void 0;
  };
  for (const n of names) {
    const found = visit2(n);
    if (found) return found;
  }
  return void 0;
}

// src/domain/experiment/normalise.ts
var DEFAULTS = {
  repeats: 1,
  vcpus: 1,
  memory: "2GiB",
  gpus: 0,
  timeout: "1h",
  retries: 0,
  capacity: "on-demand",
  platform: "ec2",
  region: "us-east-1",
  backend: "local",
  oversubscribe: 1,
  stragglerFactor: 1.5,
  confidence: 0.95,
  dockerfile: "Dockerfile",
  /** The one stage of a file with a top-level run. */
  stageName: "main"
};
var DEFAULT_FAIL_ON = { targetMissed: true, inconclusive: false, failedJobs: true };
var DEFAULT_FAIL_ON_REGRESSION = 0.05;
function compact(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
function normaliseExperiment(f, file) {
  const matrix = matrixSpecOf(f.matrix);
  const stages = stagesOf(f, matrix);
  const speedup = f.analysis?.speedup;
  const baseline = speedup === void 0 ? void 0 : typeof speedup.baseline === "object" ? { ...speedup.baseline } : { [speedup.over]: speedup.baseline };
  return compact({
    version: 1,
    kind: "experiment",
    name: f.name,
    description: f.description,
    file,
    image: f.image ? compact({
      build: f.image.build ? { context: f.image.build.context, dockerfile: f.image.build.dockerfile ?? DEFAULTS.dockerfile } : void 0,
      uri: f.image.uri
    }) : void 0,
    matrix,
    repeats: f.repeats ?? DEFAULTS.repeats,
    stages,
    results: compact({
      store: f.results?.store,
      metrics: (f.results?.metrics ?? []).map(
        (m) => compact({ name: m.name, better: m.better, unit: m.unit })
      )
    }),
    analysis: compact({
      speedup: speedup && baseline ? compact({ over: speedup.over, baseline, target: speedup.target }) : void 0,
      extrapolate: f.analysis?.extrapolate ? { factor: f.analysis.extrapolate.factor } : void 0,
      targets: (f.analysis?.targets ?? []).map(
        (t) => compact({ metric: t.metric, min: t.min, max: t.max, cell: t.cell ? { ...t.cell } : void 0 })
      ),
      stragglerFactor: f.analysis?.["straggler-factor"] ?? DEFAULTS.stragglerFactor,
      confidence: f.analysis?.confidence ?? DEFAULTS.confidence,
      failOn: f.analysis?.["fail-on"] ? failOnOf(f.analysis["fail-on"]) : void 0
    }),
    budget: compact({
      maxUsd: f.budget?.["max-usd"],
      maxVcpus: f.budget?.["max-vcpus"],
      maxJobs: f.budget?.["max-jobs"]
    }),
    costs: costsOf(f),
    compare: (f.compare ?? []).map((c) => ({ name: c.name, override: { ...c.override } })),
    decide: f.decide ? compact({
      budgetUsd: f.decide["budget-usd"],
      deadlineSec: f.decide.deadline === void 0 ? void 0 : parseDuration(f.decide.deadline),
      scale: f.decide.scale
    }) : void 0
  });
}
function stagesOf(f, matrix) {
  const backend = implicitBackend(matrix);
  const topCompute = backend === void 0 ? f.compute : { backend, ...f.compute };
  const stagesAsWritten = f.stages ? Object.entries(f.stages).map(
    ([name, s]) => stage(
      name,
      s.needs ?? [],
      s.run,
      { ...f.resources, ...s.resources },
      mergeCompute(topCompute, s.compute),
      s["fan-out"],
      matrix
    )
  ) : [
    stage(
      DEFAULTS.stageName,
      [],
      f.run,
      f.resources ?? {},
      topCompute ?? {},
      f["fan-out"],
      matrix
    )
  ];
  const byName = new Map(stagesAsWritten.map((s) => [s.name, s]));
  const ordered = orderStages([...byName.keys()], (n) => byName.get(n)?.needs ?? []);
  const stages = "order" in ordered ? ordered.order.map((n) => byName.get(n)) : stagesAsWritten;
  return stages;
}
function costsOf(f) {
  return compact({
    storage: (f.costs?.storage ?? []).map(
      (s) => compact({ kind: s.kind, sizeBytes: parseSize(s.size), hours: s.hours })
    ),
    transferOutBytes: f.costs?.transfer?.out === void 0 ? 0 : parseSize(f.costs.transfer.out),
    instanceTypes: f.costs?.["instance-types"] && Object.fromEntries(
      Object.entries(f.costs["instance-types"]).map(([name, t]) => [
        name,
        compact({
          vcpus: t.vcpus,
          memoryGiB: parseSize(t.memory) / 1024 ** 3,
          gpus: t.gpus ?? 0,
          onDemandHourly: t["on-demand-hourly"],
          spotHourly: t["spot-hourly"]
        })
      ])
    )
  });
}
function mergeCompute(defaults, own) {
  const tags = defaults?.tags || own?.tags ? { ...defaults?.tags, ...own?.tags } : void 0;
  const slurm = defaults?.slurm || own?.slurm ? { ...defaults?.slurm, ...own?.slurm } : void 0;
  return compact({ ...defaults, ...own, tags, slurm });
}
function stage(name, needs, run, resources, compute, fanOut, matrix) {
  const axes = {};
  const setting = (written, field, fallback) => {
    const { value, axis } = axisSetting(written, field, matrix, fallback);
    if (axis !== void 0) axes[field] = axis;
    return value;
  };
  const sized = {
    vcpus: setting(resources.vcpus, "vcpus", DEFAULTS.vcpus),
    memoryBytes: setting(resources.memory ?? DEFAULTS.memory, "memory", 0),
    gpus: setting(resources.gpus, "gpus", DEFAULTS.gpus)
  };
  const fanned = fanOut && {
    items: setting(fanOut.items, "items", 1),
    oversubscribe: setting(fanOut.oversubscribe, "oversubscribe", DEFAULTS.oversubscribe)
  };
  return compact({
    name,
    needs: [...needs],
    run: runSpec(run),
    resources: resourcesSpec(resources, sized),
    compute: computeSpec(compute),
    fanOut: fanOut && fanned ? fanOutSpec(fanOut, fanned) : void 0,
    axes: Object.keys(axes).length > 0 ? axes : void 0
  });
}
function runSpec(run) {
  return compact({
    command: run.command.map(String),
    env: Object.fromEntries(Object.entries(run.env ?? {}).map(([k, v]) => [k, String(v)])),
    workdir: run.workdir
  });
}
function resourcesSpec(r, sized) {
  return {
    ...sized,
    timeoutSec: parseDuration(r.timeout ?? DEFAULTS.timeout),
    retries: r.retries ?? DEFAULTS.retries,
    retryOn: (r["retry-on"] ?? []).map(
      (rule) => compact({
        action: rule.action,
        onStatusReason: rule["on-status-reason"],
        onReason: rule["on-reason"],
        onExitCode: rule["on-exit-code"] === void 0 ? void 0 : String(rule["on-exit-code"])
      })
    )
  };
}
function computeSpec(c) {
  return compact({
    backend: c.backend ?? DEFAULTS.backend,
    region: c.region ?? DEFAULTS.region,
    queue: c.queue,
    fallbackQueue: c["fallback-queue"],
    instanceType: c["instance-type"],
    capacity: c.capacity ?? DEFAULTS.capacity,
    platform: c.platform ?? DEFAULTS.platform,
    jobDefinition: c["job-definition"],
    jobRoleArn: c["job-role-arn"],
    executionRoleArn: c["execution-role-arn"],
    tags: { ...c.tags },
    slurm: c.slurm ? slurmSpec(c.slurm) : void 0
  });
}
function slurmSpec(s) {
  const { price, ...rest } = s;
  if (!price) return { ...rest };
  return {
    ...rest,
    price: compact({ perNodeHour: price["per-node-hour"], perCoreHour: price["per-core-hour"] })
  };
}
function fanOutSpec(f, sized) {
  return { items: sized.items, workers: f.workers, oversubscribe: sized.oversubscribe };
}
function failOnOf(f) {
  const r = f.regression;
  const regression = r === void 0 || r === false ? void 0 : r === true ? DEFAULT_FAIL_ON_REGRESSION : Number.parseFloat(r.replace("%", "")) / 100;
  return compact({
    regression,
    targetMissed: f["target-missed"] ?? DEFAULT_FAIL_ON.targetMissed,
    inconclusive: f.inconclusive ?? DEFAULT_FAIL_ON.inconclusive,
    failedJobs: f["failed-jobs"] ?? DEFAULT_FAIL_ON.failedJobs
  });
}

// src/domain/experiment/compare-check.ts
function obj(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function splitSettingPath(dotted, data) {
  const path = [];
  let node = data;
  for (const segment of dotted.split(".")) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path.push(Number(segment));
      node = node[Number(segment)];
    } else {
      path.push(segment);
      node = obj(node)?.[segment];
    }
  }
  return path;
}
function withSetting(data, path, value) {
  const copy = JSON.parse(JSON.stringify(data));
  let node = copy;
  path.forEach((segment, i) => {
    const container = node;
    if (i === path.length - 1) {
      container[segment] = value;
      return;
    }
    const next = container[segment];
    if (typeof next !== "object" || next === null) container[segment] = {};
    node = container[segment];
  });
  return copy;
}
function settingProblem(path, data) {
  let schema = experimentSchema;
  let node = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const here = resolveRef(schema);
    const properties = here.properties ?? {};
    const shown = displayPath(path.slice(0, i + 1));
    if (typeof segment === "string" && segment in properties) {
      schema = properties[segment];
    } else if (typeof segment === "number" && here.items !== void 0) {
      schema = here.items;
    } else if (typeof segment === "string" && typeof here.additionalProperties === "object") {
      if (path[i - 1] === "stages" && i === 1 && !(segment in (obj(node) ?? {}))) {
        const stages = Object.keys(obj(node) ?? {});
        return {
          message: `no stage named "${segment}"`,
          hint: didYouMean(segment, stages) ?? `stages: ${stages.join(", ")}`
        };
      }
      schema = here.additionalProperties;
    } else {
      const known = Object.keys(properties);
      return {
        message: `"${shown}" is not a setting of the file`,
        ...known.length > 0 ? { hint: didYouMean(String(segment), known) ?? `settings here: ${known.join(", ")}` } : {}
      };
    }
    node = Array.isArray(node) ? node[Number(segment)] : obj(node)?.[String(segment)];
  }
  return void 0;
}
function checkCompare(data, checkData2) {
  const issues = [];
  const names = [];
  (Array.isArray(data.compare) ? data.compare : []).forEach((entry, i) => {
    const compare = obj(entry);
    if (!compare) return;
    if (typeof compare.name === "string") {
      if (names.includes(compare.name)) {
        const path = ["compare", i, "name"];
        issues.push({
          path,
          atKey: false,
          severity: "error",
          message: `${displayPath(path)}: "${compare.name}" is used twice`,
          hint: "give each comparison its own name"
        });
      }
      names.push(compare.name);
    }
    for (const [dotted, value] of Object.entries(obj(compare.override) ?? {})) {
      const at = ["compare", i, "override", dotted];
      const settingPath = splitSettingPath(dotted, data);
      const problem = settingProblem(settingPath, data);
      if (problem) {
        issues.push({
          path: at,
          atKey: true,
          severity: "error",
          message: `compare[${i}].override: ${problem.message}`,
          ...problem.hint ? { hint: problem.hint } : {}
        });
        continue;
      }
      const first = checkData2(withSetting(data, settingPath, value)).find((p) => p.severity === "error");
      if (first) {
        issues.push({
          path: at,
          atKey: false,
          severity: "error",
          message: `compare[${i}].override: setting ${dotted} to ${showValue(value)} makes the file invalid: ${first.message}`,
          ...first.hint ? { hint: first.hint } : {}
        });
      }
    }
  });
  return issues;
}

// src/domain/plan/job-count.ts
var MAX_JOBS_PER_PLAN = 1e5;
var MAX_JOB_DEPENDENCIES = 20;
function workersOf(stage2, cell) {
  if (!stage2.fanOut) return 1;
  const workers = Number(renderTemplate(String(stage2.fanOut.workers), { matrix: cell.values }));
  return Number.isInteger(workers) && workers >= 1 ? workers : void 0;
}
function shardsOf(stage2, workers) {
  return stage2.fanOut && workers > stage2.fanOut.items ? stage2.fanOut.items : workers;
}
function speculativeCount(stage2, shards) {
  const factor = stage2.fanOut?.oversubscribe ?? 1;
  const count = Math.min(shards, Math.ceil(shards * (factor - 1) - 1e-9));
  return count <= 0 || shards < 2 ? 0 : count;
}
function countJobs(stages, cells, repeats) {
  let jobs = 0;
  let tooManyNeeds;
  for (const cell of cells) {
    const shards = /* @__PURE__ */ new Map();
    for (const written of stages) {
      const stage2 = stageInCell(written, cell.values);
      const n = shardsOf(stage2, workersOf(stage2, cell) ?? 1);
      shards.set(stage2.name, n);
      jobs += repeats * (n + speculativeCount(stage2, n));
      const needs = stage2.needs.reduce((sum, name) => sum + (shards.get(name) ?? 0), 0);
      const onBatch = renderTemplate(String(stage2.compute.backend), { matrix: cell.values }) === "aws-batch";
      if (onBatch && needs > MAX_JOB_DEPENDENCIES && tooManyNeeds === void 0) {
        tooManyNeeds = { stage: stage2.name, cellId: cell.id, needs };
      }
    }
  }
  return { jobs, ...tooManyNeeds ? { tooManyNeeds } : {} };
}

// src/domain/experiment/limits.ts
var MAX_STAGES = 100;
var MAX_MATRIX_ENTRIES = 256;
function obj2(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function checkLimits(data) {
  const issues = [];
  const over = (path, message, hint) => issues.push({ path, atKey: true, message, hint, severity: "error" });
  const matrix = obj2(data.matrix) ?? {};
  let combinations = 1;
  let axes = 0;
  for (const [key, value] of Object.entries(matrix)) {
    if (MATRIX_RESERVED.includes(key)) {
      if (Array.isArray(value) && value.length > MAX_MATRIX_ENTRIES) {
        over(
          ["matrix", key],
          `matrix.${key} has ${value.length} entries, over the limit of ${MAX_MATRIX_ENTRIES}`,
          "use fewer entries: add or remove axis values instead"
        );
      }
    } else if (Array.isArray(value)) {
      combinations *= value.length;
      axes++;
    }
  }
  if (axes > 0 && combinations > MAX_JOBS_PER_PLAN) {
    over(
      ["matrix"],
      `the matrix has ${combinations.toLocaleString("en-US")} combinations of its axes, over the limit of ${MAX_JOBS_PER_PLAN.toLocaleString("en-US")} jobs per plan`,
      "remove axis values, or split the experiment into several files"
    );
  }
  const stages = obj2(data.stages);
  const stageCount = stages ? Object.keys(stages).length : 0;
  if (stageCount > MAX_STAGES) {
    over(
      ["stages"],
      `the file has ${stageCount} stages, over the limit of ${MAX_STAGES}`,
      "merge stages: a stage can run several steps in one command"
    );
  }
  return issues;
}

// src/domain/experiment/checks/context.ts
function obj3(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x) ? x : void 0;
}
function list(x) {
  return Array.isArray(x) ? x : [];
}
function checkContext(data, prices) {
  const matrix = matrixSpecOf(data.matrix);
  const keys = [
    .../* @__PURE__ */ new Set([
      ...matrixKeys(matrix),
      ...Object.keys(obj3(data.matrix) ?? {}).filter((k) => !MATRIX_RESERVED.includes(k))
    ])
  ];
  const stages = obj3(data.stages);
  const holders = stages ? Object.entries(stages).flatMap(
    ([name, node]) => obj3(node) ? [{ path: ["stages", name], node: obj3(node) }] : []
  ) : [{ path: [], node: data }];
  const effective = (holder, section, key) => {
    const own = obj3(holder.node[section])?.[key];
    if (own !== void 0) return { value: own, path: [...holder.path, section, key] };
    const top = obj3(data[section])?.[key];
    if (top !== void 0) return { value: top, path: [section, key] };
    return void 0;
  };
  const keySet = new Set(keys);
  return {
    data,
    matrix,
    keys,
    isKey: (name) => keySet.has(name),
    ...prices ? { prices } : {},
    holders,
    effective,
    axisHint: (name) => didYouMean(name, keys) ?? (keys.length > 0 ? `matrix keys: ${shortList(keys)}` : "add the axis under matrix:"),
    backendsOf: (holder) => {
      const written = effective(holder, "compute", "backend")?.value;
      const backend = typeof written === "string" ? written : implicitBackend(matrix);
      if (backend === void 0) return ["local"];
      const axis = matrixReference(backend);
      if (axis === void 0) return [backend];
      return valuesOf(matrix, axis).map((v) => String(v.value));
    }
  };
}
function issueSink() {
  const byKey = /* @__PURE__ */ new Map();
  const add = (severity, path, message, hint, atKey = false) => {
    const issue = { path, atKey, message, severity, ...hint === void 0 ? {} : { hint } };
    const key = `${JSON.stringify(path)}|${message}`;
    const before = byKey.get(key);
    if (!before || before.severity === "warning" && severity === "error") byKey.set(key, issue);
  };
  return {
    sink: {
      error: (path, message, hint, atKey) => add("error", path, message, hint, atKey),
      warn: (path, message, hint, atKey) => add("warning", path, message, hint, atKey)
    },
    issues: () => [...byKey.values()]
  };
}
function shortList(names) {
  return names.length <= 10 ? names.join(", ") : `${names.slice(0, 10).join(", ")} and ${names.length - 10} more`;
}

// src/domain/experiment/checks/aws-env.ts
function checkAwsEnv(ctx, sink) {
  for (const holder of ctx.holders) {
    const onBatch = ctx.backendsOf(holder).includes("aws-batch");
    for (const name of Object.keys(obj3(obj3(holder.node.run)?.env) ?? {})) {
      if (!name.startsWith(RESERVED_ENV_PREFIX)) continue;
      const path = [...holder.path, "run", "env", name];
      const report = onBatch ? sink.error : sink.warn;
      report(
        path,
        `${displayPath(path)}: names starting ${RESERVED_ENV_PREFIX} are reserved by AWS Batch, which refuses them`,
        "rename the variable, e.g. without the AWS_ prefix",
        true
      );
    }
  }
}

// src/domain/plan/matrix.ts
function expandMatrix(matrix) {
  const axisNames = Object.keys(matrix.axes);
  let combos = axisNames.length === 0 ? [] : [{}];
  for (const name of axisNames) {
    const values = matrix.axes[name] ?? [];
    combos = combos.flatMap((combo) => values.map((v) => ({ ...combo, [name]: v })));
  }
  combos = combos.filter((combo) => !matrix.exclude.some((ex) => matchesAll(combo, ex)));
  const original = new Set(axisNames);
  const extended = combos.map((c) => ({ ...c }));
  const standalone = [];
  for (const inc of matrix.include) {
    let merged = false;
    for (const combo of extended) {
      const fits = Object.entries(inc).every(
        ([k, v]) => !original.has(k) || !(k in combo) || sameScalar(combo[k], v)
      );
      if (fits) {
        Object.assign(combo, inc);
        merged = true;
      }
    }
    if (!merged) standalone.push({ ...inc });
  }
  const all = [...extended, ...standalone];
  return all.length === 0 && axisNames.length === 0 ? [{}] : all;
}
function matchesAll(values, partial) {
  return Object.entries(partial).every(([k, v]) => k in values && sameScalar(values[k], v));
}
function sameScalar(a, b) {
  return String(a) === String(b);
}
var UNSAFE = /[^A-Za-z0-9._-]+/g;
function cellId(values) {
  const parts = Object.entries(values).map(
    ([k, v]) => `${k.replace(UNSAFE, "-")}-${String(v).replace(UNSAFE, "-")}`
  );
  return parts.length === 0 ? "default" : parts.join("_");
}
function toCells(combos) {
  const seen = /* @__PURE__ */ new Map();
  return combos.map((values) => {
    const base = cellId(values);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}_${n}`, values };
  });
}

// src/domain/experiment/checks/aws-names.ts
function checkAwsNames(ctx, sink) {
  const store = obj3(ctx.data.results)?.store;
  if (typeof store === "string" && /^s3:/i.test(store)) {
    const path = ["results", "store"];
    const m = /^s3:\/\/([^/]*)(\/.*)?$/.exec(store);
    const problem = m ? bucketNameProblem(m[1]) : void 0;
    if (!m) {
      sink.error(
        path,
        `${displayPath(path)}: ${showValue(store)} is not an S3 location`,
        "write s3://bucket/prefix/"
      );
    } else if (problem) {
      sink.error(
        path,
        `${displayPath(path)}: the bucket name "${m[1]}" ${problem}`,
        'S3 bucket names are 3-63 lower-case letters, digits, "." and "-", e.g. s3://my-results/bench/'
      );
    }
  }
  const queues = [
    { path: ["compute"], node: ctx.data.compute },
    ...ctx.holders.filter((h) => h.path.length > 0).map((h) => ({ path: [...h.path, "compute"], node: h.node.compute }))
  ];
  for (const { path: at, node } of queues) {
    for (const key of ["queue", "fallback-queue"]) {
      const written = obj3(node)?.[key];
      if (typeof written !== "string") continue;
      const path = [...at, key];
      const names = expressionsIn(written).some((e) => e.axis !== void 0) ? [...new Set(expandMatrix(ctx.matrix).map((cell) => renderTemplate(written, { matrix: cell })))] : [written];
      for (const queue of names) {
        if (QUEUE_NAME.test(queue) || QUEUE_ARN.test(queue) || queue.includes("${{")) continue;
        sink.error(
          path,
          queue.startsWith("arn:") ? `${displayPath(path)}: ${showValue(queue)} is not a job queue ARN` : `${displayPath(path)}: ${showValue(queue)} is not a job queue name`,
          'a queue name is 1-128 letters, digits, "-" and "_"; an ARN reads arn:aws:batch:<region>:<account>:job-queue/<name>'
        );
      }
    }
  }
}

// src/domain/experiment/checks/aws-resources.ts
var DEFAULT_VCPUS = 1;
var DEFAULT_MEMORY_MIB = 2048;
function checkAwsResources(ctx, sink) {
  for (const holder of ctx.holders) {
    if (!ctx.backendsOf(holder).includes("aws-batch")) continue;
    const fargate = ctx.effective(holder, "compute", "platform")?.value === "fargate";
    const vcpus = ctx.effective(holder, "resources", "vcpus");
    const memory = ctx.effective(holder, "resources", "memory");
    const memoryBytes = typeof memory?.value === "string" || typeof memory?.value === "number" ? parseSize(memory.value) : void 0;
    const memoryMiB = memory === void 0 ? DEFAULT_MEMORY_MIB : memoryBytes === void 0 ? void 0 : memoryBytes / 2 ** 20;
    if (!fargate && vcpus && typeof vcpus.value === "number" && (vcpus.value < 1 || !Number.isInteger(vcpus.value))) {
      sink.error(
        vcpus.path,
        `${displayPath(vcpus.path)}: ${vcpus.value} vCPUs; on EC2 AWS Batch gives whole vCPUs, at least 1`,
        "write a whole number; fractions such as 0.25 and 0.5 are for platform: fargate"
      );
    }
    if (memory && memoryMiB !== void 0 && memoryMiB > 0 && memoryMiB < MIN_MEMORY_MIB) {
      sink.error(
        memory.path,
        `${displayPath(memory.path)}: AWS Batch needs at least 4 MiB`,
        "write 4MiB or more"
      );
    }
    checkTimeout(ctx, sink, holder);
    if (fargate)
      checkFargate(
        ctx,
        sink,
        holder,
        typeof vcpus?.value === "number" ? vcpus.value : DEFAULT_VCPUS,
        memoryMiB
      );
  }
}
function checkTimeout(ctx, sink, holder) {
  const timeout = ctx.effective(holder, "resources", "timeout");
  if (!timeout || typeof timeout.value !== "string" && typeof timeout.value !== "number") return;
  const seconds = parseDuration(timeout.value);
  if (seconds !== void 0 && seconds > MAX_TIMEOUT_SEC) {
    sink.error(
      timeout.path,
      `${displayPath(timeout.path)}: ${showValue(timeout.value)} is over ${MAX_TIMEOUT_SEC} seconds, the most AWS Batch takes`,
      "write a shorter timeout, e.g. 7d"
    );
  }
}
function checkFargate(ctx, sink, holder, vcpus, memoryMiB) {
  const at = ctx.effective(holder, "resources", "vcpus") ?? ctx.effective(holder, "compute", "platform");
  const size = memoryMiB === void 0 ? void 0 : fargateSizeProblem(vcpus, memoryMiB);
  if (size && at) {
    const path = ctx.effective(holder, "resources", "memory")?.path ?? at.path;
    sink.error(path, `${displayPath(path)}: ${size.message}`, size.hint);
  }
  const roles = ["execution-role-arn", "job-role-arn", "job-definition"].some(
    (k) => ctx.effective(holder, "compute", k)
  );
  const platform = ctx.effective(holder, "compute", "platform");
  if (!roles && platform) {
    sink.error(
      platform.path,
      `${displayPath(platform.path)}: a Fargate job needs an execution role to pull its image and write its logs`,
      "add compute.execution-role-arn: arn:aws:iam::<account>:role/<name>"
    );
  }
}

// src/domain/experiment/checks/aws-tags.ts
var ALLOWED = "letters, digits, spaces and _ . : / = + - @";
function checkAwsTags(ctx, sink) {
  const checkOne = (tags, at) => {
    for (const [key, value] of Object.entries(tags)) {
      const path = [...at, key];
      const where = displayPath(path);
      if (/^aws:/i.test(key)) {
        sink.error(
          path,
          `${where}: tag keys starting "aws:" are reserved by AWS`,
          "choose another key",
          true
        );
      } else if (key.length > MAX_TAG_KEY || !TAG_TEXT.test(key)) {
        sink.error(
          path,
          `${where}: a tag key has 1 to ${MAX_TAG_KEY} of ${ALLOWED}`,
          "shorten the key or remove other characters",
          true
        );
      }
      if (typeof value === "string" && (value.length > MAX_TAG_VALUE || !TAG_TEXT.test(value))) {
        sink.error(
          path,
          `${where}: a tag value has at most ${MAX_TAG_VALUE} of ${ALLOWED}`,
          "shorten the value or remove other characters"
        );
      }
    }
  };
  const top = obj3(obj3(ctx.data.compute)?.tags);
  if (top) checkOne(top, ["compute", "tags"]);
  const room = MAX_TAGS - BATCHBENCH_TAG_COUNT;
  for (const holder of ctx.holders) {
    const own = holder.path.length > 0 ? obj3(obj3(holder.node.compute)?.tags) : void 0;
    if (own) checkOne(own, [...holder.path, "compute", "tags"]);
    const count = (/* @__PURE__ */ new Set([...Object.keys(top ?? {}), ...Object.keys(own ?? {})])).size;
    if (count > room) {
      const path = own ? [...holder.path, "compute", "tags"] : ["compute", "tags"];
      sink.error(
        path,
        `${displayPath(path)}: ${count} tags and the ${BATCHBENCH_TAG_COUNT} batchbench adds are over the ${MAX_TAGS} AWS allows`,
        `keep at most ${room} tags`,
        true
      );
    }
  }
}

// src/domain/experiment/checks/references.ts
function checkText(ctx, sink, text, path) {
  if (hasUnclosedExpression(text)) {
    sink.error(path, `${displayPath(path)}: "\${{" is not closed with "}}"`, "write ${{ matrix.<axis> }}");
  }
  for (const { expression, axis } of expressionsIn(text)) {
    if (axis !== void 0) {
      if (!ctx.isKey(axis)) {
        sink.error(
          path,
          `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`,
          ctx.axisHint(axis)
        );
      }
    } else if (!RUN_VARIABLES.includes(expression)) {
      const known = [...ctx.keys.map((k) => `matrix.${k}`), ...RUN_VARIABLES];
      sink.error(
        path,
        `${displayPath(path)}: unknown expression \${{ ${expression} }}`,
        didYouMean(expression, known) ?? `use one of: ${shortList(known.map((k) => `\${{ ${k} }}`))}`
      );
    }
  }
}
function checkReference(ctx, sink, text, path, valueOk, needs) {
  const axis = matrixReference(text);
  if (axis === void 0) return void 0;
  if (!ctx.isKey(axis)) {
    sink.error(path, `${displayPath(path)}: \${{ matrix.${axis} }} names no matrix axis`, ctx.axisHint(axis));
    return void 0;
  }
  const values = valuesOf(ctx.matrix, axis);
  for (const { value, path: at } of values) {
    if (!valueOk(value)) {
      sink.error(
        at,
        `${displayPath(at)}: ${showValue(value)} is used as ${displayPath(path)} and ${needs}`,
        `change the value, or stop using \${{ matrix.${axis} }} there`
      );
    }
  }
  return values.map((v) => v.value);
}

// src/domain/experiment/checks/backend.ts
function checkBackend(ctx, sink) {
  const check = (compute, path) => {
    const backend = obj3(compute)?.backend;
    if (typeof backend !== "string") return;
    checkReference(
      ctx,
      sink,
      backend,
      [...path, "backend"],
      (v) => isBackendName(v),
      `must be ${backendList()}`
    );
  };
  check(ctx.data.compute, ["compute"]);
  for (const holder of ctx.holders) {
    if (holder.path.length > 0) check(holder.node.compute, [...holder.path, "compute"]);
  }
}

// src/domain/experiment/checks/command.ts
function checkCommand(ctx, sink) {
  for (const holder of ctx.holders) {
    const run = obj3(holder.node.run);
    list(run?.command).forEach((item, i) => {
      const path = [...holder.path, "run", "command", i];
      if (i === 0 && typeof item === "string" && item.trim() === "") {
        sink.error(
          path,
          `${displayPath(path)}: the program name is empty`,
          "start the command with the program to run"
        );
      }
      if (typeof item === "string") checkText(ctx, sink, item, path);
    });
    if (typeof run?.workdir === "string")
      checkText(ctx, sink, run.workdir, [...holder.path, "run", "workdir"]);
    for (const [name, value] of Object.entries(obj3(run?.env) ?? {})) {
      if (typeof value === "string") checkText(ctx, sink, value, [...holder.path, "run", "env", name]);
    }
  }
}

// src/domain/experiment/checks/compute.ts
function checkCompute(ctx, sink) {
  for (const holder of ctx.holders) {
    const platform = ctx.effective(holder, "compute", "platform");
    const gpus = ctx.effective(holder, "resources", "gpus");
    if (platform?.value === "fargate" && typeof gpus?.value === "number" && gpus.value > 0) {
      sink.error(
        gpus.path,
        `${displayPath(gpus.path)}: Fargate has no GPUs`,
        "use platform: ec2 with a GPU instance type, or gpus: 0"
      );
    }
    const capacity = ctx.effective(holder, "compute", "capacity");
    if (capacity?.value === "spot-then-on-demand" && ctx.backendsOf(holder).includes("aws-batch") && !ctx.effective(holder, "compute", "fallback-queue")) {
      sink.warn(
        capacity.path,
        `${displayPath(capacity.path)}: spot-then-on-demand without a fallback-queue retries on the same spot queue`,
        "add compute.fallback-queue: an on-demand job queue"
      );
    }
  }
}

// src/domain/experiment/checks/compute-axes.ts
var CAPACITIES = ["on-demand", "spot", "spot-then-on-demand"];
var INSTANCE_TYPE = /^[a-z0-9-]+\.[a-z0-9-]+$/;
var RULES = [
  [
    "instance-type",
    (v) => typeof v === "string" && INSTANCE_TYPE.test(v),
    "must be an instance type such as c7i.large"
  ],
  ["capacity", (v) => CAPACITIES.includes(String(v)), `must be one of ${CAPACITIES.join(", ")}`]
];
function checkComputeAxes(ctx, sink) {
  const computes = [
    { path: ["compute"], node: obj3(ctx.data.compute) }
  ];
  for (const holder of ctx.holders) {
    if (holder.path.length > 0)
      computes.push({ path: [...holder.path, "compute"], node: obj3(holder.node.compute) });
  }
  for (const { path, node } of computes) {
    for (const [key, ok, needs] of RULES) {
      const text = node?.[key];
      if (typeof text === "string") checkReference(ctx, sink, text, [...path, key], ok, needs);
    }
    for (const key of ["queue", "fallback-queue"]) {
      const text = node?.[key];
      if (typeof text === "string") checkText(ctx, sink, text, [...path, key]);
    }
  }
}

// src/domain/experiment/checks/costs.ts
function checkCosts(ctx, sink) {
  list(obj3(ctx.data.costs)?.storage).forEach((item, i) => {
    const size = obj3(item)?.size;
    if (typeof size === "string" && parseSize(size) === 0) {
      const path = ["costs", "storage", i, "size"];
      sink.error(path, `${displayPath(path)} must be more than 0`, "write a size such as 5GB or 1.2TB");
    }
  });
}

// src/domain/experiment/checks/design-power.ts
function checkDesignPower({ data }, sink) {
  const failOn = obj3(obj3(data.analysis)?.["fail-on"]);
  const regression = failOn?.regression;
  if (regression === void 0 || regression === false) return;
  const repeats = typeof data.repeats === "number" ? data.repeats : data.repeats === void 0 ? 1 : void 0;
  if (repeats === void 0 || repeats >= 2) return;
  sink.warn(
    data.repeats === void 0 ? ["analysis", "fail-on", "regression"] : ["repeats"],
    `repeats: ${repeats}: analysis.fail-on.regression can never fire, since with one repeat a run's comparison with its base cannot be tested (Welch's t needs at least 2 repeats on each side)`,
    "set repeats: 5 or more (batchbench plan states the smallest change a design detects)"
  );
}

// src/domain/experiment/checks/fail-on.ts
function checkFailOn({ data }, sink) {
  const regression = obj3(obj3(data.analysis)?.["fail-on"])?.regression;
  const beyond = typeof regression === "string" ? thresholdBeyondBound(regression) : void 0;
  if (beyond)
    sink.error(
      ["analysis", "fail-on", "regression"],
      `analysis.fail-on.regression: ${beyond}`,
      "write the slowdown that should fail the run, such as 5% or 20%"
    );
}

// src/domain/experiment/checks/fan-out.ts
function checkFanOut(ctx, sink) {
  for (const holder of ctx.holders) {
    const fanOut = obj3(holder.node["fan-out"]);
    if (!fanOut) continue;
    const items = typeof fanOut.items === "number" ? fanOut.items : void 0;
    const workersPath = [...holder.path, "fan-out", "workers"];
    const emptyHint = "use at most as many workers as fan-out.items";
    if (typeof fanOut.workers === "string") {
      checkReference(
        ctx,
        sink,
        fanOut.workers,
        workersPath,
        (v) => typeof v === "number" && Number.isInteger(v) && v >= 1,
        "must be a whole number of at least 1"
      );
      const axis = matrixReference(fanOut.workers);
      for (const { value, path } of axis === void 0 ? [] : valuesOf(ctx.matrix, axis)) {
        if (items !== void 0 && typeof value === "number" && value > items) {
          sink.warn(
            path,
            `${displayPath(path)}: ${value} workers for ${items} items leaves ${value - items} shards empty`,
            emptyHint
          );
        }
      }
    } else if (typeof fanOut.workers === "number" && items !== void 0 && fanOut.workers > items) {
      sink.warn(
        workersPath,
        `${displayPath(workersPath)}: ${fanOut.workers} workers for ${items} items leaves ${fanOut.workers - items} shards empty`,
        emptyHint
      );
    }
  }
}

// src/domain/cost/file-prices.ts
function withFileInstanceTypes(table, own) {
  if (Object.keys(own).length === 0) return table;
  const added = Object.fromEntries(Object.entries(own).map(([name, t]) => [name, asInstancePrice(t)]));
  const regions = Object.fromEntries(
    Object.entries(table.regions).map(([region, r]) => [region, { ...r, ec2: { ...r.ec2, ...added } }])
  );
  return { ...table, regions };
}
function asInstancePrice(t) {
  return {
    vcpus: t.vcpus,
    memoryGiB: t.memoryGiB,
    gpus: t.gpus,
    arch: "x86_64",
    cpu: "unknown",
    onDemandHourly: t.onDemandHourly,
    spotHourlyTypical: t.spotHourly ?? null
  };
}
function fileInstanceTypes(data) {
  const costs = data.costs;
  const raw = costs?.["instance-types"];
  if (typeof raw !== "object" || raw === null) return {};
  const out = {};
  for (const [name, v] of Object.entries(raw)) {
    if (typeof v !== "object" || v === null || typeof v.vcpus !== "number") continue;
    const bytes = parseSize(v.memory);
    out[name] = asInstancePrice({
      vcpus: v.vcpus,
      memoryGiB: bytes === void 0 ? Infinity : bytes / 1024 ** 3,
      gpus: typeof v.gpus === "number" ? v.gpus : 0,
      onDemandHourly: typeof v["on-demand-hourly"] === "number" ? v["on-demand-hourly"] : 0
    });
  }
  return out;
}

// src/domain/experiment/checks/usable-memory.ts
function usableMemoryMiB(installedGiB) {
  return Math.floor(installedGiB * 1024 * 0.97) - 32;
}

// src/domain/experiment/checks/instance-types.ts
function checkInstanceTypes(ctx, sink) {
  const prices = ctx.prices;
  if (!prices) return;
  const issues = [];
  const cells = expandMatrix(ctx.matrix);
  const own = fileInstanceTypes(ctx.data);
  for (const holder of ctx.holders) {
    const setting = (section, key) => ctx.effective(holder, section, key);
    if (setting("compute", "platform")?.value === "fargate") continue;
    const type = setting("compute", "instance-type");
    if (typeof type?.value !== "string") continue;
    const region = String(setting("compute", "region")?.value ?? "us-east-1");
    const table = prices.regions[region]?.ec2;
    const specOf = (name) => own[name] ?? table?.[name];
    const axis = matrixReference(type.value);
    const written = axis === void 0 ? [{ value: type.value, path: type.path }] : valuesOf(ctx.matrix, axis);
    for (const { value, path } of written) {
      const name = String(value);
      if (specOf(name) !== void 0 || !table) continue;
      issues.push({
        path,
        atKey: false,
        severity: "error",
        message: `${displayPath(path)}: ${showValue(value)} is not an instance type the price table knows in ${region}`,
        hint: didYouMean(name, [...Object.keys(table), ...Object.keys(own)]) ?? "name an EC2 instance type such as c7i.large, or give its size and price under costs.instance-types"
      });
    }
    const resolve = (s, cell) => {
      const ref = typeof s?.value === "string" ? matrixReference(s.value) : void 0;
      return ref === void 0 ? s?.value : cell[ref];
    };
    const valueAt = (s, cell) => {
      const ref = typeof s?.value === "string" ? matrixReference(s.value) : void 0;
      return ref === void 0 ? void 0 : valuesOf(ctx.matrix, ref).find((v) => v.value === cell[ref]);
    };
    const varies = [
      type,
      setting("resources", "vcpus"),
      setting("resources", "memory"),
      setting("resources", "gpus")
    ].some((s) => typeof s?.value === "string" && matrixReference(s.value) !== void 0);
    for (const cell of cells) {
      const spec = specOf(String(resolve(type, cell)));
      if (spec)
        issues.push(
          ...fitIssues(String(resolve(type, cell)), spec, varies ? cell : {}, setting, resolve, (s) => [
            valueAt(s, cell),
            valueAt(type, cell)
          ])
        );
    }
  }
  for (const i of issues) sink.error(i.path, i.message, i.hint);
}
function fitIssues(type, spec, cell, setting, resolve, valuesBehind) {
  const issues = [];
  const named = Object.entries(cell).map(([k, v2]) => `${k}=${String(v2)}`).join(", ");
  const where = named === "" ? "" : ` (cell ${named})`;
  const push = (s, what, hint) => {
    issues.push(misfit(s.path, `${what}${where}`, hint));
    for (const at of valuesBehind(s)) if (at) issues.push(misfit(at.path, what, hint));
  };
  const vcpus = setting("resources", "vcpus");
  const v = Number(resolve(vcpus, cell) ?? 1);
  if (vcpus && Number.isFinite(v) && v > spec.vcpus) {
    push(
      vcpus,
      `${v} vCPUs do not fit ${type}, which has ${spec.vcpus}`,
      "lower resources.vcpus or pick a larger instance type"
    );
  }
  const memory = setting("resources", "memory");
  const size = resolve(memory, cell);
  const bytes = parseSize(size) ?? 0;
  const usable = usableMemoryMiB(spec.memoryGiB);
  if (memory && bytes / 2 ** 20 > usable && !memoryBeyondMachines(size)) {
    push(
      memory,
      `${showValue(resolve(memory, cell))} does not fit ${type}: of its ${spec.memoryGiB} GiB, AWS Batch can give a job about ${usable} MiB`,
      "lower resources.memory or pick an instance type with more memory (Batch keeps some for the kernel and its agent)"
    );
  }
  const gpus = setting("resources", "gpus");
  const g = Number(resolve(gpus, cell) ?? 0);
  if (gpus && g > spec.gpus) {
    push(
      gpus,
      `${g} GPUs do not fit ${type}, which has ${spec.gpus}`,
      "pick a GPU instance type (g5, p4d, ...) or lower resources.gpus"
    );
  }
  return issues;
}
function misfit(path, what, hint) {
  return {
    path,
    atKey: false,
    severity: "error",
    message: `${displayPath(path)}: ${what}; the job would never start`,
    hint
  };
}

// src/domain/experiment/checks/matrix.ts
function checkMatrix(ctx, sink) {
  const axes = Object.keys(ctx.matrix.axes);
  list(obj3(ctx.data.matrix)?.exclude).forEach((entry, i) => {
    for (const key of Object.keys(obj3(entry) ?? {})) {
      if (!axes.includes(key)) {
        const path = ["matrix", "exclude", i, key];
        sink.error(
          path,
          `${displayPath(path)}: "${key}" is not a matrix axis`,
          didYouMean(key, axes) ?? `axes: ${shortList(axes)}`,
          true
        );
      }
    }
  });
  if (axes.length > 0 && expandMatrix(ctx.matrix).length === 0) {
    sink.error(
      ["matrix"],
      "every combination of the matrix is excluded: nothing would run",
      "remove an exclude entry or add values",
      true
    );
  }
}

// src/domain/experiment/checks/metrics.ts
var BUILT_IN_METRICS = ["wall-time", "cost", "speedup", "efficiency"];
function checkMetrics(ctx, sink) {
  const declared = /* @__PURE__ */ new Set();
  list(obj3(ctx.data.results)?.metrics).forEach((m, i) => {
    const name = obj3(m)?.name;
    if (typeof name !== "string") return;
    const path = ["results", "metrics", i, "name"];
    if (declared.has(name) || BUILT_IN_METRICS.includes(name)) {
      sink.error(
        path,
        `${displayPath(path)}: metric "${name}" is ${declared.has(name) ? "declared twice" : "built in"}`,
        "give each metric its own name"
      );
    }
    declared.add(name);
  });
  const known = [...BUILT_IN_METRICS, ...declared];
  const isKnown = new Set(known);
  list(obj3(ctx.data.analysis)?.targets).forEach((t, i) => {
    const target = obj3(t);
    if (!target) return;
    const path = ["analysis", "targets", i];
    if (typeof target.metric === "string" && !isKnown.has(target.metric)) {
      sink.error(
        [...path, "metric"],
        `${displayPath([...path, "metric"])}: unknown metric "${target.metric}"`,
        didYouMean(target.metric, known) ?? `use ${shortList(known)}, or declare it under results.metrics`
      );
    }
    if (target.min === void 0 && target.max === void 0) {
      sink.error(
        path,
        `${displayPath(path)} sets neither min nor max`,
        "add min: or max: for the bound to check"
      );
    } else if (typeof target.min === "number" && typeof target.max === "number" && target.min > target.max) {
      sink.error(
        [...path, "min"],
        `${displayPath(path)}: min ${target.min} is above max ${target.max}`,
        "swap min and max"
      );
    }
    for (const key of Object.keys(obj3(target.cell) ?? {})) {
      if (!ctx.isKey(key)) {
        const at = [...path, "cell", key];
        sink.error(at, `${displayPath(at)}: "${key}" is not a matrix axis`, ctx.axisHint(key), true);
      }
    }
  });
}

// src/domain/experiment/slurm-syntax.ts
var SLURM_MAX_TIME_MINUTES = 365 * 24 * 60;
var TIME = /^(?:(\d+)-)?(\d+)(?::(\d+))?(?::(\d+))?$/;
var TIME_HINT = "write minutes ('90'), HH:MM:SS ('2:00:00') or D-HH:MM:SS ('1-00:00:00')";
function slurmTimeProblem(text) {
  const read = readSlurmTime(text);
  if (!read) return void 0;
  const { minutes, clock } = read;
  const over = clock.find(([, value, max]) => value > max);
  if (over)
    return {
      message: `${over[0]} go up to ${over[2]}, not ${over[1]}`,
      hint: TIME_HINT
    };
  if (minutes === 0)
    return {
      message: "is 0, which Slurm reads as no time limit at all",
      hint: "give the longest a task may run, e.g. 30 (minutes) or 2:00:00, or leave time out to use resources.timeout"
    };
  if (minutes > SLURM_MAX_TIME_MINUTES)
    return {
      message: "is more than a year, more than any partition allows",
      hint: `${TIME_HINT}; at most 365-00:00:00`
    };
  return void 0;
}
function readSlurmTime(text) {
  const m = TIME.exec(text);
  if (!m) return void 0;
  const [, days, first, second, third] = m;
  const n = (s) => s === void 0 ? 0 : Number(s);
  let minutes;
  const clock = [];
  if (days !== void 0) {
    clock.push(["hours", n(first), 23], ["minutes", n(second), 59], ["seconds", n(third), 59]);
    minutes = n(days) * 1440 + n(first) * 60 + n(second) + n(third) / 60;
  } else if (third !== void 0) {
    clock.push(["minutes", n(second), 59], ["seconds", n(third), 59]);
    minutes = n(first) * 60 + n(second) + n(third) / 60;
  } else if (second !== void 0) {
    clock.push(["seconds", n(second), 59]);
    minutes = n(first) + n(second) / 60;
  } else {
    minutes = n(first);
  }
  return { minutes, clock };
}
function slurmTimeMinutes(text) {
  return readSlurmTime(text)?.minutes;
}
var CONSTRAINT_CHARS = /^[A-Za-z0-9_.&|!()[\]*:,-]+$/;
var CONSTRAINT_HINT = 'write features joined by & (and), | (or) or , with ( ) or [ ] around groups and *N counts, e.g. "icelake&ib" or "[rack1*2&rack2*4]"';
function slurmConstraintProblem(text) {
  if (!CONSTRAINT_CHARS.test(text)) return void 0;
  const tokens = text.match(/[A-Za-z0-9_.:-]+|\*\d*|[&|,!()[\]]|./g) ?? [];
  const closers = [];
  let expectOperand = true;
  const fail = (what) => ({ message: what, hint: CONSTRAINT_HINT });
  for (const t of tokens) {
    if (expectOperand) {
      if (t === "!") continue;
      if (t === "(" || t === "[") {
        closers.push(t === "(" ? ")" : "]");
        continue;
      }
      if (/^[A-Za-z0-9_.:-]+$/.test(t)) {
        if (t.startsWith("-")) return fail(`feature "${t}" starts with "-"`);
        expectOperand = false;
        continue;
      }
      return fail(`"${t}" where a feature name should be`);
    }
    if (t === "&" || t === "|" || t === ",") {
      expectOperand = true;
      continue;
    }
    if (t === ")" || t === "]") {
      if (closers.pop() !== t) return fail(`"${t}" closes nothing that was opened`);
      continue;
    }
    if (t.startsWith("*")) {
      if (t === "*" || Number(t.slice(1)) < 1) return fail(`"${t}" needs a count of at least 1, e.g. *2`);
      continue;
    }
    return fail(`"${t}" after a feature, where &, | or a closing bracket should be`);
  }
  if (expectOperand) return fail("ends where a feature name should be");
  if (closers.length > 0) return fail(`"${closers.at(-1)}" is missing at the end`);
  return void 0;
}

// src/domain/experiment/checks/resources.ts
var AWS_BATCH_MIN_TIMEOUT_SEC = 60;
function checkResources(ctx, sink) {
  for (const holder of ctx.holders) {
    const onBatch = ctx.backendsOf(holder).includes("aws-batch");
    const timeout = ctx.effective(holder, "resources", "timeout");
    if (timeout && (typeof timeout.value === "string" || typeof timeout.value === "number")) {
      const seconds = parseDuration(timeout.value);
      if (seconds !== void 0 && seconds > SLURM_MAX_TIME_MINUTES * 60 && ctx.backendsOf(holder).includes("slurm") && obj3(ctx.effective(holder, "compute", "slurm")?.value)?.time === void 0) {
        sink.error(
          timeout.path,
          `${displayPath(timeout.path)}: ${showValue(timeout.value)} is more than a year, more than Slurm's --time takes`,
          "lower the timeout, or set compute.slurm.time for the Slurm jobs"
        );
      } else if (seconds === 0) {
        sink.error(
          timeout.path,
          `${displayPath(timeout.path)} must be more than 0`,
          "write a duration such as 90s or 15m"
        );
      } else if (seconds !== void 0 && seconds < AWS_BATCH_MIN_TIMEOUT_SEC) {
        const message = `${displayPath(timeout.path)}: ${showValue(timeout.value)} is under 60s, the least AWS Batch accepts`;
        if (onBatch) sink.error(timeout.path, message, "raise the timeout to 60s or more");
        else
          sink.warn(
            timeout.path,
            message,
            "fine for local runs; raise it to 60s before running on aws-batch"
          );
      }
    }
    const memory = ctx.effective(holder, "resources", "memory");
    if (memory && typeof memory.value === "string" && parseSize(memory.value) === 0) {
      sink.error(
        memory.path,
        `${displayPath(memory.path)} must be more than 0`,
        "write a size such as 512MiB or 4GiB"
      );
    }
    const beyond = typeof memory?.value === "string" || typeof memory?.value === "number" ? memoryBeyondMachines(memory.value) : void 0;
    if (memory && beyond)
      sink.error(
        memory.path,
        `${displayPath(memory.path)}: ${beyond}`,
        "write the memory one job needs, such as 16GiB"
      );
  }
}

// src/domain/experiment/checks/retry.ts
function checkRetry(ctx, sink) {
  for (const holder of ctx.holders) {
    const retryOn = ctx.effective(holder, "resources", "retry-on");
    if (!retryOn) continue;
    list(retryOn.value).forEach((rule, i) => {
      const r = obj3(rule);
      if (r && !["on-status-reason", "on-reason", "on-exit-code"].some((k) => k in r)) {
        const path = [...retryOn.path, i];
        sink.error(
          path,
          `${displayPath(path)} matches nothing`,
          "add on-exit-code, on-reason or on-status-reason",
          true
        );
      }
    });
    checkPatterns(sink, retryOn.path, retryOn.value);
    const retries = ctx.effective(holder, "resources", "retries");
    const builtIn = builtInRetryRules(typeof retries?.value === "number" ? retries.value : 0).length;
    const own = list(retryOn.value).length;
    if (ctx.backendsOf(holder).includes("aws-batch") && own + builtIn > MAX_RETRY_RULES) {
      sink.error(
        retryOn.path,
        `${displayPath(retryOn.path)}: ${own} rules and the ${builtIn} batchbench adds (lost hosts, images that cannot be pulled${builtIn > 2 ? ", no retries" : ""}) are over the ${MAX_RETRY_RULES} AWS Batch allows`,
        `keep at most ${MAX_RETRY_RULES - builtIn} rules`,
        true
      );
    }
    if (list(retryOn.value).length > 0 && (retries?.value ?? 0) === 0) {
      sink.warn(
        retryOn.path,
        `${displayPath(retryOn.path)} has no effect with retries: 0`,
        "set resources.retries to the extra attempts allowed",
        true
      );
    }
  }
}
function checkPatterns(sink, at, rules) {
  list(rules).forEach((rule, i) => {
    const r = obj3(rule);
    for (const key of ["on-exit-code", "on-reason", "on-status-reason"]) {
      const value = r?.[key];
      if (value === void 0 || typeof value !== "string" && typeof value !== "number") continue;
      const text = String(value);
      const exit = key === "on-exit-code";
      const path = [...at, i, key];
      if (text.length > MAX_PATTERN_LENGTH) {
        sink.error(
          path,
          `${displayPath(path)} is over ${MAX_PATTERN_LENGTH} characters`,
          "shorten it and end it with *"
        );
      } else if (!(exit ? EXIT_CODE_PATTERN : REASON_PATTERN).test(text) || text === "") {
        sink.error(
          path,
          exit ? `${displayPath(path)}: ${showValue(value)} is not an exit-code pattern AWS Batch accepts` : `${displayPath(path)}: ${showValue(value)} is not a reason pattern AWS Batch accepts`,
          exit ? 'write digits, optionally ending in one *, e.g. "137" or "1*"' : 'use letters, digits, ".", ":" and spaces, optionally ending in one *, e.g. "Host EC2*"'
        );
      }
    }
  });
}

// src/domain/experiment/checks/setting-axes.ts
var whole = (v, min, max) => typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
var RESOURCE_RULES = [
  [
    "vcpus",
    (v) => typeof v === "number" && v > 0 && v <= 4096,
    "must be a number of vCPUs above 0 (at most 4096)"
  ],
  [
    "memory",
    (v) => {
      const bytes = typeof v === "number" || typeof v === "string" ? parseSize(v) ?? 0 : 0;
      return bytes > 0 && bytes <= MAX_MEMORY_BYTES;
    },
    "must be a size such as 512MiB or 4GiB (or a number of MiB), at most 64TiB (more than any machine has)"
  ],
  ["gpus", (v) => whole(v, 0, 64), "must be a whole number of GPUs from 0 to 64"]
];
var FAN_OUT_RULES = [
  ["items", (v) => whole(v, 1, Number.MAX_SAFE_INTEGER), "must be a whole number of at least 1"],
  ["oversubscribe", (v) => typeof v === "number" && v >= 1 && v <= 2, "must be a number from 1 to 2"]
];
function checkSettingAxes(ctx, sink) {
  for (const holder of ctx.holders) {
    for (const [key, ok, needs] of RESOURCE_RULES) {
      const setting = ctx.effective(holder, "resources", key);
      if (typeof setting?.value === "string")
        checkReference(ctx, sink, setting.value, setting.path, ok, needs);
    }
    const fanOut = obj3(holder.node["fan-out"]);
    for (const [key, ok, needs] of FAN_OUT_RULES) {
      const text = fanOut?.[key];
      if (typeof text === "string")
        checkReference(ctx, sink, text, [...holder.path, "fan-out", key], ok, needs);
    }
  }
}

// src/domain/experiment/checks/slurm.ts
var GRAMMARS = [
  ["time", slurmTimeProblem],
  ["constraint", slurmConstraintProblem]
];
function checkSlurm(ctx, sink) {
  const places = [["compute", "slurm"]];
  for (const holder of ctx.holders)
    if (holder.path.length > 0) places.push([...holder.path, "compute", "slurm"]);
  for (const place of places) {
    const slurm = obj3(place.reduce((node, key) => obj3(node)?.[key], ctx.data));
    for (const [key, problem] of GRAMMARS) {
      const text = slurm?.[key];
      const found = typeof text === "string" ? problem(text) : void 0;
      if (found) {
        const at = [...place, key];
        sink.error(at, `${displayPath(at)}: ${showValue(text)} ${found.message}`, found.hint);
      }
    }
  }
}

// src/domain/experiment/checks/speedup.ts
function checkSpeedup(ctx, sink) {
  const speedup = obj3(obj3(ctx.data.analysis)?.speedup);
  const over = speedup?.over;
  if (typeof over !== "string") return;
  const overPath = ["analysis", "speedup", "over"];
  if (!ctx.isKey(over)) {
    sink.error(overPath, `${displayPath(overPath)}: "${over}" is not a matrix axis`, ctx.axisHint(over));
    return;
  }
  if (valuesOf(ctx.matrix, over).some((v) => typeof v.value !== "number")) {
    sink.warn(
      overPath,
      `${displayPath(overPath)}: not every value of "${over}" is a number`,
      "efficiency and the Amdahl fit need numeric degrees of parallelism"
    );
  }
  checkBaseline(ctx, sink, speedup?.baseline, over);
}
function checkBaseline(ctx, sink, baseline, over) {
  const path = ["analysis", "speedup", "baseline"];
  let partial;
  if (isScalar(baseline)) {
    partial = { [over]: baseline };
  } else if (obj3(baseline) && Object.values(obj3(baseline)).every(isScalar)) {
    partial = baseline;
    const unknown = Object.keys(partial).filter((k) => !ctx.isKey(k));
    for (const key of unknown) {
      sink.error(
        [...path, key],
        `${displayPath([...path, key])}: "${key}" is not a matrix axis`,
        ctx.axisHint(key),
        true
      );
    }
    if (unknown.length > 0) return;
  } else {
    return;
  }
  const { matrix } = ctx;
  if (expandMatrix(matrix).some((cell) => matchesAll(cell, partial))) return;
  const shown = Object.entries(partial).map(([k, v]) => `${k}=${String(v)}`).join(", ");
  const excluded = expandMatrix({ ...matrix, exclude: [] }).some((cell) => matchesAll(cell, partial));
  const overValues = [...new Set(valuesOf(matrix, over).map((v) => String(v.value)))];
  sink.error(
    path,
    excluded ? `${displayPath(path)}: the baseline cell (${shown}) is removed by matrix.exclude` : `${displayPath(path)}: no cell of the matrix has ${shown}`,
    excluded ? "remove that exclude entry or pick another baseline" : `${over} takes: ${shortList(overValues)}`
  );
}

// src/domain/experiment/checks/stage-needs.ts
function checkStageNeeds(ctx, sink) {
  const stages = obj3(ctx.data.stages);
  if (!stages) return;
  const names = Object.keys(stages);
  const isStage = new Set(names);
  const validNeeds = /* @__PURE__ */ new Map();
  for (const name of names) {
    const valid = [];
    list(obj3(stages[name])?.needs).forEach((need, i) => {
      if (typeof need !== "string") return;
      const path = ["stages", name, "needs", i];
      if (need === name) {
        sink.error(
          path,
          `${displayPath(path)}: stage "${name}" needs itself`,
          "remove it from its own needs"
        );
      } else if (!isStage.has(need)) {
        sink.error(
          path,
          `${displayPath(path)}: no stage named "${need}"`,
          didYouMean(need, names) ?? `stages: ${shortList(names)}`
        );
      } else {
        valid.push(need);
      }
    });
    validNeeds.set(name, valid);
  }
  const cycle = findCycle(names, (n) => validNeeds.get(n) ?? []);
  if (cycle) {
    const first = cycle[0];
    sink.error(
      ["stages", first, "needs"],
      `stages need each other in a cycle: ${cycle.join(" -> ")}`,
      "remove one of these needs so the stages can run in order",
      true
    );
  }
}

// src/domain/experiment/checks/index.ts
var SEMANTIC_CHECKS = [
  checkCommand,
  checkBackend,
  checkFanOut,
  checkResources,
  checkRetry,
  checkCompute,
  checkComputeAxes,
  checkSlurm,
  checkSettingAxes,
  checkInstanceTypes,
  checkStageNeeds,
  checkMatrix,
  checkSpeedup,
  checkMetrics,
  checkCosts,
  checkAwsEnv,
  checkAwsTags,
  checkAwsNames,
  checkAwsResources,
  checkFailOn,
  checkDesignPower
];

// src/domain/experiment/semantic-checks.ts
function checkSemantics(data, prices) {
  const context = checkContext(data, prices);
  const { sink, issues } = issueSink();
  for (const check of SEMANTIC_CHECKS) check(context, sink);
  return issues();
}

// src/domain/experiment/validate.ts
function validateExperimentText(text, file, options = {}) {
  return validateExperimentSource(readYamlSource(text, file), file, options);
}
function validateExperimentSource(source, file, options = {}) {
  const problems = [...source.problems];
  const data = source.data;
  if (data !== void 0) {
    for (const issue of checkData(data, true, options.prices)) problems.push(placeIssue(source, file, issue));
  }
  return {
    ...settle(problems, data, (d) => normaliseExperiment(d, file)),
    locate: source.locate,
    ...data !== void 0 ? { data } : {}
  };
}
function compareVariant(parsed, file, compare) {
  let data = parsed;
  if (data === void 0) return void 0;
  for (const [dotted, value] of Object.entries(compare.override)) {
    data = withSetting(data, splitSettingPath(dotted, data), value);
  }
  if (checkData(data, false).some((i) => i.severity === "error")) return void 0;
  return normaliseExperiment(data, file);
}
function checkData(data, withCompare, prices) {
  const schemaIssues = checkSchema(data);
  const record = typeof data === "object" && data !== null ? data : {};
  const overLimits = checkLimits(record);
  if (overLimits.length > 0) return [...schemaIssues, ...overLimits];
  const overlapsSchema = schemaOverlap(schemaIssues);
  const semantic = checkSemantics(record, prices).filter((s) => !overlapsSchema(s.path, true));
  const compare = withCompare ? checkCompare(record, (d) => checkData(d, false)) : [];
  return [...schemaIssues, ...semantic, ...compare.filter((c) => !overlapsSchema(c.path, false))];
}
function schemaOverlap(schemaIssues) {
  const key = (path, length) => JSON.stringify(path.slice(0, length));
  const exact = /* @__PURE__ */ new Set();
  const prefixes = /* @__PURE__ */ new Set();
  let root = false;
  for (const { path } of schemaIssues) {
    if (path.length === 0) root = true;
    else exact.add(key(path, path.length));
    for (let n = 1; n <= path.length; n++) prefixes.add(key(path, n));
  }
  return (path, rootToo) => {
    if (path.length === 0) return rootToo && root;
    if (prefixes.has(key(path, path.length))) return true;
    for (let n = 1; n <= path.length; n++) if (exact.has(key(path, n))) return true;
    return false;
  };
}

// src/domain/cost/job-cost.ts
var GIB = 1024 ** 3;
var HOUR = 3600;
function jobCost(args) {
  const { prices, compute, vcpus, memoryBytes, seconds } = args;
  const gpus = args.gpus ?? 0;
  const hours = Math.max(0, seconds) / HOUR;
  if (compute.backend === "slurm")
    return slurmJobCost({
      prices,
      partition: compute.slurm?.partition,
      own: compute.slurm?.price,
      vcpus,
      hours
    });
  if (compute.platform === "fargate") {
    const f = prices.regions[compute.region]?.fargate;
    if (f?.vcpuHourly == null || f.gbHourly == null) {
      return { usd: 0, known: false, note: `no Fargate price for ${compute.region} in the price table` };
    }
    const onDemand2 = hours * (vcpus * f.vcpuHourly + memoryBytes / GIB * f.gbHourly);
    const spot2 = f.spotDiscount == null ? void 0 : onDemand2 * (1 - f.spotDiscount);
    const usd = usesSpot(compute.capacity) && spot2 !== void 0 ? spot2 : onDemand2;
    const note = usesSpot(compute.capacity) && spot2 === void 0 ? "Fargate Spot discount is not published; priced at on-demand" : void 0;
    return { usd, onDemandUsd: onDemand2, spotUsd: spot2, known: true, ...note ? { note } : {} };
  }
  if (!compute.instanceType) return { usd: 0, known: false, note: "no instance-type to price" };
  const p = instancePrice(prices, compute.region, compute.instanceType);
  if (!p) {
    return {
      usd: 0,
      known: false,
      note: `${compute.instanceType} in ${compute.region} is not in the price table`
    };
  }
  const gpuShare = gpus > 0 ? p.gpus > 0 ? gpus / p.gpus : Infinity : 0;
  const share = Math.min(1, Math.max(vcpus / p.vcpus, memoryBytes / GIB / p.memoryGiB, gpuShare));
  const onDemand = p.onDemandHourly == null ? void 0 : hours * share * p.onDemandHourly;
  const spot = p.spotHourlyTypical == null ? void 0 : hours * share * p.spotHourlyTypical;
  const wanted = usesSpot(compute.capacity) ? spot : onDemand;
  if (wanted === void 0) {
    return {
      usd: 0,
      onDemandUsd: onDemand,
      spotUsd: spot,
      known: false,
      note: `no ${usesSpot(compute.capacity) ? "Spot" : "on-demand"} price for ${compute.instanceType} in ${compute.region}`
    };
  }
  return { usd: wanted, onDemandUsd: onDemand, spotUsd: spot, known: true };
}
function usesSpot(capacity) {
  return capacity === "spot" || capacity === "spot-then-on-demand";
}
function ownPriceBasis(prices, compute) {
  if (compute.backend !== "slurm") return void 0;
  const partition = compute.slurm?.partition;
  const own = compute.slurm?.price;
  const price = own ?? (partition === void 0 ? void 0 : prices.slurm?.[partition]);
  const where = `Slurm partition ${partition ?? "(the cluster default)"}`;
  const from = own ? "compute.slurm.price" : "the prices file";
  if (price?.perCoreHour !== void 0) return `${where}, $${price.perCoreHour} per core-hour (${from})`;
  if (price?.perNodeHour !== void 0) return `${where}, $${price.perNodeHour} per node-hour (${from})`;
  return `${where}, not priced`;
}
function runPriceBasis(own, tableLine) {
  const lines = [...new Set(own.filter((l) => l !== void 0))];
  const fromTable = lines.length === 0 || own.some((l) => l === void 0);
  return [...lines, ...fromTable ? [tableLine] : []].join("; ");
}
function slurmJobCost(args) {
  const { partition, hours } = args;
  const price = args.own ?? (partition === void 0 ? void 0 : args.prices.slurm?.[partition]);
  if (price?.perCoreHour !== void 0) {
    return { usd: hours * Math.max(1, Math.ceil(args.vcpus)) * price.perCoreHour, known: true };
  }
  if (price?.perNodeHour !== void 0) return { usd: hours * price.perNodeHour, known: true };
  return {
    usd: 0,
    known: false,
    note: `not priced: no price for Slurm partition ${partition ?? "(the cluster default)"} (compute.slurm.price, or a "slurm" section in the prices file)`
  };
}

// src/domain/cost/known-sum.ts
function sumKnown(values) {
  let total = 0;
  for (const v of values) {
    if (v == null || !Number.isFinite(v)) return null;
    total += v;
  }
  return total;
}

export {
  parsePriceTable,
  instancePrice,
  priceBasisLine,
  jobCost,
  ownPriceBasis,
  runPriceBasis,
  MAX_JOBS_PER_PLAN,
  MAX_JOB_DEPENDENCIES,
  workersOf,
  shardsOf,
  speculativeCount,
  countJobs,
  expandMatrix,
  matchesAll,
  sameScalar,
  toCells,
  sumKnown,
  withFileInstanceTypes,
  hasErrors,
  settle,
  formatProblem,
  unreadableProblem,
  didYouMean,
  showValue,
  placeIssue,
  checkSchema,
  require_dist,
  MAX_FILE_BYTES,
  readYamlSource,
  slurmTimeProblem,
  slurmTimeMinutes,
  slurmConstraintProblem,
  DEFAULT_FAIL_ON,
  DEFAULT_FAIL_ON_REGRESSION,
  validateExperimentText,
  validateExperimentSource,
  compareVariant
};
