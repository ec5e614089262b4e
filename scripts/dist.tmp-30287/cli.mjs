// scripts/cli/main.ts
import { lstatSync as lstatSync2, mkdirSync as mkdirSync5, readFileSync as readFileSync12, writeFileSync as writeFileSync6 } from "node:fs";
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join10, relative as relative3, resolve as resolve12, sep as sep3 } from "node:path";
import { parseArgs as parseArgs9 } from "node:util";

// scripts/adapters/catalog-files.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// scripts/core/catalog/parse.ts
import yaml from "js-yaml";

// scripts/core/schema/compile.ts
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
var require2 = createRequire(import.meta.url);
var ajvVersion = require2("ajv/package.json").version;
var installed;
function useCompileCache(cache3) {
  installed = cache3;
}
function newAjv(options, source) {
  const ajv = new Ajv2020({ ...options.ajv, ...source ? { code: { source: true } } : {} });
  addFormats.default(ajv);
  for (const keyword of options.annotations ?? []) ajv.addKeyword({ keyword, schemaType: "object" });
  return ajv;
}
function compileCached(schema2, options) {
  const hash = createHash("sha256").update(JSON.stringify([schema2, options.ajv, options.annotations ?? [], ajvVersion])).digest("hex").slice(0, 20);
  const key = `${options.name}-${hash}`;
  const cache3 = installed;
  const cached = cache3?.load(key);
  if (cached) return cached;
  const ajv = newAjv(options, cache3 !== void 0);
  const validate3 = ajv.compile(schema2);
  if (cache3) {
    try {
      cache3.store(key, standaloneCode.default(ajv, validate3));
    } catch {
    }
  }
  return validate3;
}

// scripts/core/catalog/parse.ts
var profileName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var catalogFiles = {
  profile: "profile.yaml",
  items: "items.yaml",
  services: "services.yaml"
};
var files = catalogFiles;
var validators = /* @__PURE__ */ new WeakMap();
function getValidator(schema2) {
  let validator2 = validators.get(schema2);
  if (!validator2) {
    validator2 = compileCached(schema2, { name: "catalog", ajv: { strict: true, allErrors: true } });
    validators.set(schema2, validator2);
  }
  return validator2;
}
function checkProfileName(profile) {
  if (!profileName.test(profile)) {
    throw new Error(`\u65E0\u6548\u7684 profile \u540D ${JSON.stringify(profile)}\uFF1A\u53EA\u5141\u8BB8\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u4E0E\u201C-\u201D`);
  }
}
function parseCatalog(profile, texts, schema2) {
  checkProfileName(profile);
  const rel = (part) => `catalog/${profile}/${files[part]}`;
  const read = (part) => {
    try {
      return yaml.load(texts[part], { schema: yaml.CORE_SCHEMA, filename: rel(part) });
    } catch (error) {
      throw new Error(`${rel(part)}\uFF1AYAML \u89E3\u6790\u5931\u8D25\uFF1A${error.message}`);
    }
  };
  const unwrap = (part, doc) => {
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
      throw new Error(`${rel(part)}\uFF1A\u9876\u5C42\u987B\u4E3A\u6620\u5C04\uFF0C\u5F62\u5982 \`${part}: [...]\``);
    }
    const extra = Object.keys(doc).filter((k) => k !== part);
    if (extra.length > 0) {
      throw new Error(
        `${rel(part)}\uFF1A\u9876\u5C42\u53EA\u5141\u8BB8 \`${part}\`\uFF0C\u591A\u51FA ${extra.map((k) => `\`${k}\``).join("\u3001")}`
      );
    }
    return doc[part];
  };
  const merged = {
    profile: read("profile"),
    items: unwrap("items", read("items")),
    services: unwrap("services", read("services"))
  };
  const validate3 = getValidator(schema2);
  if (!validate3(merged)) {
    throw new Error(formatSchemaErrors(validate3.errors ?? [], rel));
  }
  const data = merged;
  const problems = crossCheck(profile, data, rel);
  if (problems.length > 0) {
    throw new Error(`\u670D\u52A1\u76EE\u5F55 ${profile} \u4E0D\u4E00\u81F4\uFF1A
${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  const catalog = {
    profile: data.profile,
    items: data.items,
    services: data.services,
    itemById: new Map(data.items.map((item) => [item.id, item])),
    serviceById: new Map(data.services.map((service) => [service.id, service]))
  };
  deepFreeze(data);
  Object.freeze(catalog);
  return catalog;
}
function formatSchemaErrors(errors, rel) {
  const lines = errors.map((e) => {
    const part = e.instancePath.split("/")[1] ?? "";
    const file = part in files ? rel(part) : `catalog\uFF08${Object.values(files).join("\u3001")}\uFF09`;
    const detail = e.keyword === "additionalProperties" ? `\uFF1A${e.params.additionalProperty}` : e.keyword === "enum" ? `\uFF1A${JSON.stringify(e.params.allowedValues)}` : "";
    return `${file}: ${e.instancePath || "/"} ${e.message ?? e.keyword}${detail}`;
  });
  return `\u670D\u52A1\u76EE\u5F55\u4E0D\u7B26\u5408 schema\uFF1A
${lines.map((l) => `  - ${l}`).join("\n")}`;
}
function crossCheck(profile, data, rel) {
  const problems = [];
  const { items: items2, services } = data;
  if (data.profile.id !== profile) {
    problems.push(`${rel("profile")}: /id \u4E3A ${JSON.stringify(data.profile.id)}\uFF0C\u4E0E\u76EE\u5F55\u540D ${profile} \u4E0D\u4E00\u81F4`);
  }
  const serviceIds = /* @__PURE__ */ new Set();
  services.forEach((service, i) => {
    if (serviceIds.has(service.id)) {
      problems.push(`${rel("services")}: /services/${i}/id \u670D\u52A1 id \u91CD\u590D\uFF1A${service.id}`);
    }
    serviceIds.add(service.id);
  });
  const itemsById = /* @__PURE__ */ new Map();
  const nos = /* @__PURE__ */ new Set();
  items2.forEach((item, i) => {
    if (itemsById.has(item.id)) {
      problems.push(`${rel("items")}: /items/${i}/id \u6761\u76EE id \u91CD\u590D\uFF1A${item.id}`);
    } else {
      itemsById.set(item.id, item);
    }
    if (nos.has(item.no)) {
      problems.push(`${rel("items")}: /items/${i}/no \u5E8F\u53F7\u91CD\u590D\uFF1A${item.no}`);
    }
    nos.add(item.no);
    if (!serviceIds.has(item.service)) {
      problems.push(`${rel("items")}: /items/${i}/service \u6761\u76EE ${item.id} \u5F15\u7528\u4E86\u672A\u77E5\u670D\u52A1 ${item.service}`);
    }
  });
  const missing = [];
  for (let n = 1; n <= items2.length; n++) if (!nos.has(n)) missing.push(n);
  const outOfRange = [...nos].filter((n) => n > items2.length);
  if (missing.length > 0 || outOfRange.length > 0) {
    problems.push(
      `${rel("items")}: \u5E8F\u53F7\u987B\u4E3A 1..${items2.length} \u8FDE\u7EED` + (missing.length > 0 ? `\uFF0C\u7F3A\u5C11 ${missing.join("\u3001")}` : "") + (outOfRange.length > 0 ? `\uFF0C\u8D85\u51FA\u8303\u56F4 ${outOfRange.join("\u3001")}` : "")
    );
  }
  const checkItem = (where2, serviceId, itemId) => {
    const item = itemsById.get(itemId);
    if (!item) {
      problems.push(`${rel("services")}: ${where2} \u670D\u52A1 ${serviceId} \u5F15\u7528\u4E86\u4E0D\u5B58\u5728\u7684\u6761\u76EE ${itemId}`);
    } else if (item.service !== serviceId) {
      problems.push(
        `${rel("services")}: ${where2} \u670D\u52A1 ${serviceId} \u5F15\u7528\u7684\u6761\u76EE ${itemId} \u5C5E\u4E8E\u670D\u52A1 ${item.service}`
      );
    }
  };
  services.forEach((service, i) => {
    const at = `/services/${i}`;
    if (service.package) {
      checkItem(`${at}/package/baseItem`, service.id, service.package.baseItem);
      checkItem(`${at}/package/incrementItem`, service.id, service.package.incrementItem);
    }
    if (service.choice) {
      const values = /* @__PURE__ */ new Set();
      service.choice.options.forEach((option, j) => {
        checkItem(`${at}/choice/options/${j}/item`, service.id, option.item);
        if (values.has(option.value)) {
          problems.push(`${rel("services")}: ${at}/choice/options/${j}/value \u53D6\u503C\u91CD\u590D\uFF1A${option.value}`);
        }
        values.add(option.value);
      });
    }
    if (service.cache) {
      const editions = /* @__PURE__ */ new Set();
      service.cache.forEach((edition, j) => {
        checkItem(`${at}/cache/${j}/item`, service.id, edition.item);
        if (editions.has(edition.id)) {
          problems.push(`${rel("services")}: ${at}/cache/${j}/id \u7F13\u5B58\u7248\u672C\u91CD\u590D\uFF1A${edition.id}`);
        }
        editions.add(edition.id);
      });
    }
    if (service.requires !== void 0) {
      if (!serviceIds.has(service.requires)) {
        problems.push(
          `${rel("services")}: ${at}/requires \u670D\u52A1 ${service.id} \u4F9D\u8D56\u672A\u77E5\u670D\u52A1 ${service.requires}`
        );
      } else if (service.requires === service.id) {
        problems.push(`${rel("services")}: ${at}/requires \u670D\u52A1 ${service.id} \u4E0D\u80FD\u4F9D\u8D56\u81EA\u8EAB`);
      }
    }
  });
  const tiers = /* @__PURE__ */ new Set();
  data.profile.diskTiers.forEach((tier, i) => {
    if (!itemsById.has(tier.item)) {
      problems.push(
        `${rel("profile")}: /profile/diskTiers/${i}/item \u78C1\u76D8\u7C7B\u578B ${tier.id} \u5F15\u7528\u4E86\u4E0D\u5B58\u5728\u7684\u6761\u76EE ${tier.item}`
      );
    }
    if (tiers.has(tier.id)) {
      problems.push(`${rel("profile")}: /profile/diskTiers/${i}/id \u78C1\u76D8\u7C7B\u578B\u91CD\u590D\uFF1A${tier.id}`);
    }
    tiers.add(tier.id);
  });
  return problems;
}
function deepFreeze(value) {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

// scripts/adapters/catalog-files.ts
var repoRoot = fileURLToPath(new URL("../../", import.meta.url));
var schemaPath = join(repoRoot, "schemas", "catalog.schema.json");
var schema;
var catalogSchema = () => {
  schema ??= JSON.parse(readFileSync(schemaPath, "utf8"));
  return schema;
};
var cache = /* @__PURE__ */ new Map();
function listProfiles(root = repoRoot) {
  const dir = join(root, "catalog");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((entry2) => entry2.isDirectory() && existsSync(join(dir, entry2.name, catalogFiles.profile))).map((entry2) => entry2.name).sort();
}
function catalogTexts(profile, root = repoRoot) {
  const base = resolve(root);
  const read = (part) => {
    try {
      return readFileSync(join(base, "catalog", profile, catalogFiles[part]), "utf8");
    } catch (error) {
      throw new Error(
        `catalog/${profile}/${catalogFiles[part]}\uFF1A\u65E0\u6CD5\u8BFB\u53D6\uFF08${error.code ?? String(error)}\uFF09`
      );
    }
  };
  return {
    get profile() {
      return read("profile");
    },
    get items() {
      return read("items");
    },
    get services() {
      return read("services");
    }
  };
}
function loadCatalog(profile, root = repoRoot) {
  checkProfileName(profile);
  const key = `${resolve(root)}\0${profile}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const catalog = parseCatalog(profile, catalogTexts(profile, root), catalogSchema());
  cache.set(key, catalog);
  return catalog;
}
var profiles;
var knownProfiles = () => {
  profiles ??= listProfiles();
  return profiles;
};
function defaultCatalogs(profile) {
  return knownProfiles().includes(profile) ? loadCatalog(profile) : void 0;
}

// scripts/adapters/load-pool.ts
import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

// scripts/adapters/disk-fs.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync as readdirSync2,
  readSync
} from "node:fs";
import { join as join2, sep } from "node:path";

// scripts/core/repository/fs.ts
var readFileCap = 16 * 1024 * 1024;
var RefusedRead = class extends Error {
  constructor(path, reason) {
    super("refusal" in reason ? `${path}\uFF1A\u4E0D\u8BFB\u8FD9\u4E2A\u6761\u76EE` : `${path}\uFF1A\u6587\u4EF6\u8FC7\u5927`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
};
function walkEntries(fs, dir) {
  const files2 = [];
  const refused = [];
  const top = dir === "" ? void 0 : fs.refusal(dir);
  if (top) return { files: files2, refused: [{ path: top.at, kind: top.kind }] };
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    for (const entry2 of fs.list(d)) {
      const p = d === "" ? entry2.name : `${d}/${entry2.name}`;
      if (entry2.refused) refused.push({ path: p, kind: entry2.refused });
      else if (entry2.dir) stack.push(p);
      else files2.push(p);
    }
  }
  refused.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files: files2.sort(), refused };
}
function walk(fs, dir) {
  const { files: files2, refused } = walkEntries(fs, dir);
  return refused.length === 0 ? files2 : [...files2, ...refused.map((r) => r.path)].sort();
}

// scripts/adapters/disk-fs.ts
var diskRoots = /* @__PURE__ */ new WeakMap();
var diskRoot = (fs) => diskRoots.get(fs);
var isPlain = (path) => path !== "" && path[0] !== "/" && path[0] !== "." && !path.endsWith("/") && !path.includes("/.") && !path.includes("//") && !path.includes("\\");
function kindOf(stats) {
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "dir";
  if (stats.isSymbolicLink()) return "symlink";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "other";
}
var asRefused = (kind) => kind === "dir" ? "directory" : kind;
var openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
function readOpened(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, null);
    if (n === 0) break;
    offset += n;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}
function diskFs(root) {
  const base = join2(root, sep);
  const abs = (path) => isPlain(path) ? base + path : join2(root, path);
  const dirs = /* @__PURE__ */ new Map();
  const ancestors = (path) => {
    const normal = isPlain(path) ? path : join2(path).split(sep).join("/");
    const slash = normal.lastIndexOf("/");
    if (slash <= 0) return void 0;
    return directory(normal.slice(0, slash));
  };
  const directory = (dir) => {
    const cached = dirs.get(dir);
    if (cached !== void 0 || dirs.has(dir)) return cached;
    let result = ancestors(dir);
    if (result === void 0) {
      const stats = lstatSync(abs(dir), { throwIfNoEntry: false });
      const kind = stats ? kindOf(stats) : void 0;
      result = kind === void 0 ? null : kind === "dir" ? void 0 : { kind: kind === "file" ? "other" : kind, at: dir };
    }
    dirs.set(dir, result);
    return result;
  };
  const read = (path, maxBytes) => {
    const above = ancestors(path);
    if (above) return { refused: above };
    const file = abs(path);
    const before = lstatSync(file);
    const kind = kindOf(before);
    if (kind !== "file") return { refused: { kind: asRefused(kind), at: path } };
    if (before.size > maxBytes) return { tooLarge: before.size };
    let fd;
    try {
      fd = openSync(file, openFlags);
    } catch (error) {
      if (error.code === "ELOOP")
        return { refused: { kind: "symlink", at: path } };
      throw error;
    }
    try {
      const stats = fstatSync(fd);
      const opened = kindOf(stats);
      if (opened !== "file") return { refused: { kind: asRefused(opened), at: path } };
      if (stats.size > maxBytes) return { tooLarge: stats.size };
      return { bytes: readOpened(fd, stats.size) };
    } finally {
      closeSync(fd);
    }
  };
  const fs = {
    read,
    readFile: (path) => {
      const result = read(path, readFileCap);
      if ("bytes" in result) return result.bytes;
      throw new RefusedRead(path, "refused" in result ? result.refused : result);
    },
    refusal: (path) => {
      const above = ancestors(path);
      if (above) return above;
      if (above === null) return void 0;
      const stats = lstatSync(abs(path), { throwIfNoEntry: false });
      const kind = stats ? kindOf(stats) : void 0;
      return kind === void 0 || kind === "file" || kind === "dir" ? void 0 : { kind, at: path };
    },
    list: (dir) => {
      if (dir !== "" && directory(dir) !== void 0) return [];
      try {
        return readdirSync2(join2(root, dir), { withFileTypes: true }).map((d) => {
          if (d.isDirectory()) return { name: d.name, dir: true };
          if (d.isFile()) return { name: d.name, dir: false };
          const kind = d.isSymbolicLink() ? "symlink" : d.isFIFO() ? "fifo" : d.isSocket() ? "socket" : d.isCharacterDevice() || d.isBlockDevice() ? "device" : "other";
          return { name: d.name, dir: false, refused: kind };
        });
      } catch {
        return [];
      }
    },
    // 不跟随最后一段：指向不存在之处的符号链接也“存在”（加载时报告它）
    exists: (path) => lstatSync(abs(path), { throwIfNoEntry: false }) !== void 0
  };
  diskRoots.set(fs, root);
  return fs;
}

// scripts/adapters/load-pool.ts
var entry = import.meta.url.endsWith(".mjs") ? new URL("./load-worker.mjs", import.meta.url) : new URL("./load-worker.js", import.meta.url);
var inFlightPerWorker = 2;
function workerEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== void 0 && (k === "GOVCLOUD_CACHE_DIR" || k === "TMPDIR" || k.startsWith("TSX_"))) env[k] = v;
  return env;
}
function workerExecArgv() {
  const withValue = ["--import", "--require", "-r", "--loader", "--experimental-loader"];
  const out = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (withValue.includes(a)) i++;
    else if (!withValue.some((p) => a.startsWith(`${p}=`))) out.push(a);
  }
  return out;
}
var LoadPool = class {
  workers = [];
  ports = [];
  signal;
  root;
  constructor(setup) {
    this.root = setup.root;
    const sab = new SharedArrayBuffer(4 * (2 + setup.workers));
    this.signal = new Int32Array(sab);
    const base = {
      limits: setup.limits,
      defaultProfile: setup.defaultProfile,
      catalogs: setup.catalogs,
      ...setup.root !== void 0 ? { root: setup.root } : {}
    };
    const env = workerEnv();
    const execArgv = workerExecArgv();
    try {
      for (let w = 0; w < setup.workers; w++) {
        const { port1, port2 } = new MessageChannel();
        const init = { ...base, port: port2, signal: sab, index: w };
        const worker = new Worker(entry, { workerData: init, transferList: [port2], env, execArgv });
        worker.on("error", () => {
        });
        worker.unref();
        this.workers.push(worker);
        this.ports.push(port1);
      }
    } catch (error) {
      this.close();
      throw error;
    }
  }
  close() {
    for (const port of this.ports) port.close();
    for (const worker of this.workers) void worker.terminate().catch(() => {
    });
    this.ports.length = 0;
    this.workers.length = 0;
  }
  /**
   * 处理 job.files，按顺序对每个文件调用 deliver(下标, 结果)。local(下标) 在主线程上做第一阶段
   * （主线程帮忙时用）。只能调用一次。
   */
  run(job, local, deliver2) {
    const { files: files2, batchSize } = job;
    const { ports, signal } = this;
    const batchCount = Math.ceil(files2.length / batchSize);
    const poolSize = ports.length;
    const inFlight = ports.map(() => /* @__PURE__ */ new Set());
    const done = /* @__PURE__ */ new Map();
    let nextToSend = 0;
    let nextToDeliver = 0;
    let replied = false;
    const send = (w) => {
      if (nextToSend >= batchCount) return;
      const id = nextToSend++;
      const slice = files2.slice(id * batchSize, (id + 1) * batchSize);
      const batch = { id, files: slice };
      if (this.root === void 0) batch.reads = slice.map((f) => job.read(f));
      ports[w].postMessage(batch);
      inFlight[w].add(id);
    };
    const unpack = (reply) => {
      const data = JSON.parse(reply.json);
      const out = data.map((d) => ({ data: d }));
      for (const [i, parsed] of reply.full) out[i] = { parsed };
      return out;
    };
    const fail2 = (w, reply) => {
      const { file, message, stack } = reply.error;
      const where2 = file ?? (reply.id >= 0 ? `${files2[reply.id * batchSize]} \u8D77\u7684\u4E00\u6279\u6587\u4EF6` : void 0);
      const error = new Error(
        where2 ? `\u52A0\u8F7D ${where2} \u65F6\u5DE5\u4F5C\u7EBF\u7A0B\u51FA\u9519\uFF1A${message}` : `\u52A0\u8F7D\u7528\u7684\u5DE5\u4F5C\u7EBF\u7A0B ${w} \u542F\u52A8\u5931\u8D25\uFF1A${message}`
      );
      if (stack) error.stack = `${error.stack}
--- \u5DE5\u4F5C\u7EBF\u7A0B\u5185 ---
${stack}`;
      throw error;
    };
    for (let w = 0; w < poolSize; w++) send(w);
    let progress = -1;
    let lastChange = performance.now();
    while (nextToDeliver < batchCount) {
      const seen = Atomics.load(signal, 0);
      let received = false;
      for (let w = 0; w < poolSize; w++) {
        const port = ports[w];
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          received = true;
          replied = true;
          const reply = m.message;
          if ("error" in reply) fail2(w, reply);
          else {
            inFlight[w].delete(reply.id);
            done.set(reply.id, unpack(reply));
            while (inFlight[w].size < inFlightPerWorker && nextToSend < batchCount) send(w);
          }
        }
      }
      for (let ready = done.get(nextToDeliver); ready; ready = done.get(nextToDeliver)) {
        done.delete(nextToDeliver);
        const first = nextToDeliver++ * batchSize;
        for (let i = 0; i < ready.length; i++) deliver2(first + i, ready[i]);
      }
      if (received || nextToDeliver >= batchCount) continue;
      if (job.mainHelps && !replied && nextToSend < batchCount) {
        const id = nextToSend++;
        const out = [];
        for (let i = id * batchSize; i < Math.min(files2.length, (id + 1) * batchSize); i++)
          out.push({ parsed: local(i) });
        done.set(id, out);
        Atomics.add(signal, 1 + poolSize, 1);
        continue;
      }
      Atomics.wait(signal, 0, seen, 1e3);
      let sum2 = 0;
      for (let i = 0; i < signal.length; i++) sum2 += Atomics.load(signal, i);
      const t = performance.now();
      if (sum2 !== progress) {
        progress = sum2;
        lastChange = t;
      } else if (t - lastChange > job.stallTimeoutMs) {
        const stuck = Math.max(
          0,
          inFlight.findIndex((s) => s.size > 0)
        );
        const pending = [...inFlight[stuck]];
        const first = files2[(pending.length > 0 ? Math.min(...pending) : nextToDeliver) * batchSize];
        throw new Error(
          `\u52A0\u8F7D ${first} \u8D77\u7684\u4E00\u6279\u6587\u4EF6\u65F6\uFF0C\u5DE5\u4F5C\u7EBF\u7A0B ${stuck} \u5728 ${Math.round(job.stallTimeoutMs / 1e3)} \u79D2\u5185\u6CA1\u6709\u8FDB\u5C55\uFF08\u53EF\u80FD\u5DF2\u5D29\u6E83\uFF09`
        );
      }
    }
  }
};
var loadPool = {
  workers: Math.min(availableParallelism(), 4),
  start: ({ fs, ...setup }) => {
    const root = diskRoot(fs);
    return new LoadPool({ ...setup, ...root !== void 0 ? { root } : {} });
  }
};

// scripts/core/profile.ts
var findProfile = (profiles2, id) => profiles2.find((p) => p.id === id);
function kindName(profile, type, lang, form = "name") {
  const info = profile?.kinds[type];
  return info ? info[form][lang] : type;
}

// scripts/core/repository/keys.ts
var systemKey = (unit, system) => `${unit}/${system}`;

// scripts/core/text.ts
var text = (zh, en) => ({ zh, en });
function quote(value) {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  const clean = (s ?? String(value)).replace(/[\u0000-\u001f\u007f]/g, " ");
  return `\u201C${clean.length > 80 ? `${clean.slice(0, 77)}\u2026` : clean}\u201D`;
}

// scripts/core/repository/layout.ts
var requestsDir = "requests";
var folderPattern = /^[a-z][a-z0-9-]{0,63}$/;
var isYaml = (name2) => /\.ya?ml$/i.test(name2);
function classify(path) {
  const parts = path.split("/");
  if (parts[0] !== requestsDir) return { kind: "ignored" };
  const rest = parts.slice(1);
  const name2 = rest[rest.length - 1] ?? "";
  if (rest.includes("attachments")) return { kind: "ignored" };
  if (!isYaml(name2)) return { kind: "ignored" };
  const badFolder = rest.slice(0, -1).find((f) => !folderPattern.test(f));
  if (badFolder !== void 0) {
    return {
      kind: "misplaced",
      why: text(
        `\u76EE\u5F55\u540D ${badFolder} \u4E0D\u5408\u89C4\uFF1A\u5355\u4F4D\u548C\u7CFB\u7EDF\u76EE\u5F55\u540D\u53EA\u7528\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF08\u5982 sz-edu\u3001student-registry\uFF09\u3002\u4E2D\u6587\u540D\u79F0\u5199\u5728 unit.yaml / system.yaml \u7684 name \u5B57\u6BB5\u91CC\u3002`,
        `Folder name ${badFolder} is not allowed: unit and system folders use lower-case letters, digits and hyphens, starting with a letter (like sz-edu). The Chinese name goes into the name field of unit.yaml / system.yaml.`
      )
    };
  }
  if (rest.length === 2 && name2 === "unit.yaml") return { kind: "unit", unit: rest[0] };
  if (rest.length === 3 && name2 === "system.yaml")
    return { kind: "system", unit: rest[0], system: rest[1] };
  if (rest.length === 3) return { kind: "application", unit: rest[0], system: rest[1] };
  if (rest.length === 4 && rest[2] === "deliveries")
    return { kind: "delivery", unit: rest[0], system: rest[1] };
  const layout3 = text(
    "\u6587\u4EF6\u653E\u9519\u4E86\u4F4D\u7F6E\u3002\u5E03\u5C40\u662F\uFF1Arequests/<\u5355\u4F4D>/unit.yaml\u3001requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/system.yaml\u3001requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/<\u7533\u8BF7>.yaml\u3002",
    "The file is in the wrong place. The layout is requests/<unit>/unit.yaml, requests/<unit>/<system>/system.yaml, requests/<unit>/<system>/<application>.yaml."
  );
  if (rest.length === 1)
    return {
      kind: "misplaced",
      why: text(
        `${layout3.zh}\u8FD9\u4E2A\u6587\u4EF6\u76F4\u63A5\u653E\u5728 requests/ \u4E0B\uFF0C\u8BF7\u79FB\u5230\u5BF9\u5E94\u7684\u5355\u4F4D\u548C\u7CFB\u7EDF\u76EE\u5F55\u4E2D\u3002`,
        `${layout3.en} This file sits directly in requests/: move it into its unit and system folder.`
      )
    };
  if (rest.length === 2)
    return {
      kind: "misplaced",
      why: text(
        `${layout3.zh}\u5355\u4F4D\u76EE\u5F55\u4E0B\u53EA\u653E unit.yaml\uFF1B\u7533\u8BF7\u8BF7\u653E\u5230\u7CFB\u7EDF\u76EE\u5F55 requests/${rest[0]}/<\u7CFB\u7EDF>/ \u4E2D\u3002`,
        `${layout3.en} A unit folder holds only unit.yaml; put applications into a system folder requests/${rest[0]}/<system>/.`
      )
    };
  return {
    kind: "misplaced",
    why: text(
      `${layout3.zh}\u8FD9\u4E2A\u6587\u4EF6\u5D4C\u5957\u592A\u6DF1\uFF0C\u8BF7\u79FB\u5230 requests/${rest[0]}/${rest[1]}/ \u4E2D\u3002`,
      `${layout3.en} This file is nested too deep: move it into requests/${rest[0]}/${rest[1]}/.`
    )
  };
}

// scripts/core/finding.ts
var severityOrder = { error: 0, warning: 1, info: 2 };
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || severityOrder[a.severity] - severityOrder[b.severity]
  );
}
function exitCodeFor(findings) {
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
function formatCitation(c) {
  if ("article" in c) return `${c.article}${c.clause ?? ""}`;
  if (!c.note) return c.attachment;
  return /^\d/.test(c.note) ? `${c.attachment} \u6CE8${c.note}` : `${c.attachment} ${c.note}`;
}

// scripts/core/load/parse.ts
import { isUtf8 } from "node:buffer";
import yaml3 from "js-yaml";

// scripts/core/load/characters.ts
var forbiddenRanges = [
  [0, 8],
  [11, 31],
  [127, 159],
  [1564, 1564],
  [8203, 8207],
  [8234, 8238],
  [8288, 8288],
  [8294, 8297],
  [65279, 65279]
];
var u = (cp) => `\\u${cp.toString(16).padStart(4, "0")}`;
var characterClass = (ranges, extra = "") => `[${ranges.map(([from, to]) => from === to ? u(from) : `${u(from)}-${u(to)}`).join("")}${extra}]`;
var forbidden = new RegExp(characterClass(forbiddenRanges));
var forbiddenAll = new RegExp(characterClass(forbiddenRanges), "g");
var hint = new RegExp(
  characterClass(
    forbiddenRanges.flatMap(
      ([from, to]) => from <= 13 && 13 <= to ? [
        [from, 12],
        [14, to]
      ] : [[from, to]]
    ),
    "\\\\"
  )
);
var visible = (value) => value.replace(
  forbiddenAll,
  (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
);
var mayHoldForbiddenCharacters = (source) => hint.test(source);
function forbiddenCharacter(value) {
  const m = forbidden.exec(value);
  return m ? m[0].codePointAt(0) : void 0;
}
var names = /* @__PURE__ */ new Map([
  [1564, text("\u963F\u62C9\u4F2F\u5B57\u6BCD\u6807\u8BB0", "arabic letter mark")],
  [8203, text("\u96F6\u5BBD\u7A7A\u683C", "zero width space")],
  [8204, text("\u96F6\u5BBD\u4E0D\u8FDE\u5B57", "zero width non-joiner")],
  [8205, text("\u96F6\u5BBD\u8FDE\u5B57", "zero width joiner")],
  [8206, text("\u4ECE\u5DE6\u5411\u53F3\u6807\u8BB0", "left-to-right mark")],
  [8207, text("\u4ECE\u53F3\u5411\u5DE6\u6807\u8BB0", "right-to-left mark")],
  [8234, text("\u4ECE\u5DE6\u5411\u53F3\u5D4C\u5165", "left-to-right embedding")],
  [8235, text("\u4ECE\u53F3\u5411\u5DE6\u5D4C\u5165", "right-to-left embedding")],
  [8236, text("\u7ED3\u675F\u65B9\u5411\u683C\u5F0F", "pop directional formatting")],
  [8237, text("\u4ECE\u5DE6\u5411\u53F3\u8986\u76D6", "left-to-right override")],
  [8238, text("\u4ECE\u53F3\u5411\u5DE6\u8986\u76D6", "right-to-left override")],
  [8288, text("\u96F6\u5BBD\u4E0D\u6362\u884C", "word joiner")],
  [8294, text("\u4ECE\u5DE6\u5411\u53F3\u9694\u79BB", "left-to-right isolate")],
  [8295, text("\u4ECE\u53F3\u5411\u5DE6\u9694\u79BB", "right-to-left isolate")],
  [8296, text("\u9996\u5F3A\u5B57\u7B26\u9694\u79BB", "first strong isolate")],
  [8297, text("\u7ED3\u675F\u65B9\u5411\u9694\u79BB", "pop directional isolate")],
  [65279, text("\u96F6\u5BBD\u4E0D\u6362\u884C\u7A7A\u683C\uFF08BOM\uFF09", "zero width no-break space (BOM)")]
]);
function describeCodePoint(cp) {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const name2 = names.get(cp) ?? text("\u63A7\u5236\u5B57\u7B26", "control character");
  return text(`${hex}\uFF08${name2.zh}\uFF09`, `${hex} (${name2.en})`);
}

// scripts/core/load/number-form.ts
import yaml2 from "js-yaml";
var NumberForm = class {
  constructor(source, value) {
    this.source = source;
    this.value = value;
  }
  source;
  value;
  /** 在映射的键里时（js-yaml 用 String() 得到键名）按原文作键名，与 yaml 库定位时一致 */
  get [Symbol.toStringTag]() {
    return "NumberForm";
  }
  toString() {
    return this.source;
  }
};
var decimalInteger = /^-?(?:0|[1-9][0-9]*)$/;
var decimalFraction = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
var numberLike = /^[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var builtin = yaml2.types;
var coreValue = (source) => {
  const value = yaml2.load(source, { schema: yaml2.CORE_SCHEMA });
  return typeof value === "number" ? value : source;
};
var integerType = new yaml2.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && decimalInteger.test(data),
  construct: (data) => Number(data)
});
var floatType = new yaml2.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && decimalFraction.test(data),
  construct: (data) => Number(data)
});
var numberFormType = new yaml2.Type("tag:govcloud,2026:number-form", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && numberLike.test(data),
  construct: (data) => new NumberForm(data, coreValue(data))
});
var loadSchema = yaml2.FAILSAFE_SCHEMA.extend({
  implicit: [builtin.null, builtin.bool, integerType, floatType, numberFormType]
});

// scripts/core/load/problem.ts
var escapePointer = (segment) => String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
var pointer = (...segments) => segments.length === 0 ? "" : `/${segments.map(escapePointer).join("/")}`;
function parsePointer(p) {
  if (p === "") return [];
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
var fileProblem = (file, rule, message, line2 = 1, column = 1) => ({
  rule,
  severity: "error",
  message,
  file,
  path: "",
  line: line2,
  column
});

// scripts/core/load/inspect.ts
var fatalRules = /* @__PURE__ */ new Set(["load/alias-bomb", "load/too-many-values", "load/too-deep"]);
var forbiddenKeys = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function pathOf(frame) {
  const out = [];
  for (let f = frame; f?.key !== void 0; f = f.parent) out.push(f.key);
  return out.reverse();
}
function fieldName(path) {
  let out = "";
  for (const segment of path)
    out += typeof segment === "number" ? `[${segment}]` : `${out === "" ? "" : "."}${visible(segment)}`;
  return out === "" ? text("\u9876\u5C42", "top level") : text(out, out);
}
function inspectTree(file, root, limits, checkText) {
  const problems = [];
  let visited = 0;
  const stack = [{ value: root, depth: 0, parent: void 0, key: void 0 }];
  while (stack.length > 0) {
    const frame = stack.pop();
    const { value, depth } = frame;
    if (++visited > limits.maxNodes) return [tooManyValues(file, root, limits.maxNodes)];
    if (depth > limits.maxDepth) {
      return [
        fileProblem(
          file,
          "load/too-deep",
          text(
            `\u5D4C\u5957\u8D85\u8FC7 ${limits.maxDepth} \u5C42\u3002\u7533\u8BF7\u6587\u4EF6\u7684\u7ED3\u6784\u6CA1\u6709\u8FD9\u4E48\u6DF1\uFF0C\u8BF7\u68C0\u67E5\u7F29\u8FDB\u3002`,
            `Nesting exceeds ${limits.maxDepth} levels; no application is that deep. Check the indentation.`
          )
        )
      ];
    }
    if (typeof value === "string") {
      if (checkText) {
        const cp = forbiddenCharacter(value);
        if (cp !== void 0) problems.push(characterProblem(file, pathOf(frame), cp, false));
      }
    } else if (value instanceof NumberForm) {
      const path = pathOf(frame);
      problems.push(numberFormProblem(file, path, value.source));
      (frame.parent?.value)[frame.key] = value.value;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i });
    } else if (value !== null && typeof value === "object") {
      const keys2 = Object.keys(value);
      for (let i = keys2.length - 1; i >= 0; i--) {
        const key = keys2[i];
        if (forbiddenKeys.has(key)) {
          problems.push(forbiddenKeyProblem(file, [...pathOf(frame), key], key));
          Reflect.deleteProperty(value, key);
          continue;
        }
        if (checkText) {
          const cp = forbiddenCharacter(key);
          if (cp !== void 0) problems.push(characterProblem(file, [...pathOf(frame), key], cp, true));
        }
        stack.push({ value: value[key], depth: depth + 1, parent: frame, key });
      }
    }
  }
  return problems;
}
function forbiddenKeyProblem(file, path, key) {
  return {
    rule: "load/forbidden-key",
    severity: "error",
    message: text(
      `\u5B57\u6BB5\u540D ${quote(key)} \u4E0D\u5141\u8BB8\u4F7F\u7528\uFF08\u5B83\u4F1A\u89E6\u78B0\u7A0B\u5E8F\u5BF9\u8C61\u7684\u539F\u578B\uFF09\u3002\u8BF7\u5220\u9664\u8FD9\u4E2A\u5B57\u6BB5\u3002`,
      `The field name ${quote(key)} is not allowed (it touches the program's object prototype). Remove the field.`
    ),
    file,
    path: pointer(...path),
    atKey: true
  };
}
function numberFormProblem(file, path, source) {
  const field = fieldName(path);
  return {
    rule: "load/number-form",
    severity: "error",
    message: text(
      `\u5B57\u6BB5 ${field.zh} \u7684\u503C ${source} \u4E0D\u662F\u5341\u8FDB\u5236\u6570\u5B57\u5199\u6CD5\uFF08\u5341\u516D\u8FDB\u5236\u3001\u516B\u8FDB\u5236\u3001\u524D\u5BFC\u96F6\u3001\u79D1\u5B66\u8BA1\u6570\u3001\u4E0B\u5212\u7EBF\u3001.inf\u3001.nan\u3001\u6B63\u53F7\u7B49\u5199\u6CD5\u5728\u4E0D\u540C\u8F6F\u4EF6\u91CC\u8BFB\u6CD5\u4E0D\u4E00\uFF09\u3002\u6570\u5B57\u8BF7\u5199\u6210\u5341\u8FDB\u5236\u6570\u5B57\uFF0C\u5982 8\u30010.5\uFF1B\u5982\u679C\u8FD9\u662F\u4E00\u6BB5\u6587\u5B57\uFF08\u5982\u7F16\u53F7\uFF09\uFF0C\u8BF7\u52A0\u5F15\u53F7\uFF0C\u5982 "${source}"\u3002`,
      `The value ${source} of field ${field.en} is not written as a decimal number (hexadecimal, octal, leading zeros, exponents, underscores, .inf, .nan and plus signs are read differently by different software). Write numbers as decimal numbers, like 8 or 0.5; if this is text (like a number code), quote it: "${source}".`
    ),
    file,
    path: pointer(...path)
  };
}
function characterProblem(file, path, cp, atKey) {
  const field = fieldName(path);
  const name2 = describeCodePoint(cp);
  return {
    rule: "load/control-character",
    severity: "error",
    message: atKey ? text(
      `\u5B57\u6BB5\u540D ${field.zh} \u542B\u6709\u4E0D\u53EF\u89C1\u5B57\u7B26 ${name2.zh}\u3002\u8FD9\u7C7B\u5B57\u7B26\uFF08\u53CC\u5411\u63A7\u5236\u7B26\u3001\u96F6\u5BBD\u5B57\u7B26\u3001\u63A7\u5236\u5B57\u7B26\uFF09\u4F1A\u8BA9\u663E\u793A\u7684\u6587\u5B57\u4E0E\u5B9E\u9645\u5185\u5BB9\u4E0D\u4E00\u81F4\u3002\u8BF7\u5220\u9664\u8FD9\u4E2A\u5B57\u7B26\uFF0C\u91CD\u65B0\u8F93\u5165\u5B57\u6BB5\u540D\u3002`,
      `The field name ${field.en} contains the invisible character ${name2.en}. Such characters (bidirectional controls, zero-width and control characters) make the text shown differ from its content. Delete the character and retype the field name.`
    ) : text(
      `\u5B57\u6BB5 ${field.zh} \u7684\u503C\u542B\u6709\u4E0D\u53EF\u89C1\u5B57\u7B26 ${name2.zh}\u3002\u8FD9\u7C7B\u5B57\u7B26\uFF08\u53CC\u5411\u63A7\u5236\u7B26\u3001\u96F6\u5BBD\u5B57\u7B26\u3001\u63A7\u5236\u5B57\u7B26\uFF09\u4F1A\u8BA9\u663E\u793A\u7684\u6587\u5B57\u4E0E\u5B9E\u9645\u5185\u5BB9\u4E0D\u4E00\u81F4\u3002\u8BF7\u5220\u9664\u8FD9\u4E2A\u5B57\u7B26\uFF08\u53EF\u5728\u7F16\u8F91\u5668\u4E2D\u6253\u5F00\u201C\u663E\u793A\u4E0D\u53EF\u89C1\u5B57\u7B26\u201D\u627E\u5230\u5B83\uFF09\uFF0C\u6216\u91CD\u65B0\u8F93\u5165\u8FD9\u4E2A\u503C\u3002`,
      `The value of field ${field.en} contains the invisible character ${name2.en}. Such characters (bidirectional controls, zero-width and control characters) make the text shown differ from its content. Delete the character (turn on "show invisible characters" in the editor to find it) or retype the value.`
    ),
    file,
    path: pointer(...path),
    ...atKey ? { atKey: true } : {}
  };
}
function tooManyValues(file, root, maxNodes) {
  const seen = /* @__PURE__ */ new Set();
  let distinct = 0;
  let largest;
  const stack = [{ value: root, depth: 0, parent: void 0, key: void 0 }];
  while (stack.length > 0 && distinct <= maxNodes) {
    const frame = stack.pop();
    distinct++;
    const { value } = frame;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (!largest || entries.length > largest.size)
      largest = { frame, size: entries.length, list: Array.isArray(value) };
    for (const [key, child] of entries) stack.push({ value: child, depth: 0, parent: frame, key });
  }
  if (distinct <= maxNodes || !largest) {
    return fileProblem(
      file,
      "load/alias-bomb",
      text(
        `\u6587\u4EF6\u5C55\u5F00\u540E\u8D85\u8FC7 ${maxNodes} \u4E2A\u8282\u70B9\uFF0C\u591A\u534A\u662F\u522B\u540D\uFF08*name\uFF09\u5C42\u5C42\u5F15\u7528\u9020\u6210\u7684\u6307\u6570\u81A8\u80C0\u3002\u8BF7\u76F4\u63A5\u5199\u51FA\u5185\u5BB9\uFF0C\u4E0D\u8981\u5D4C\u5957\u4F7F\u7528\u951A\u70B9\u548C\u522B\u540D\u3002`,
        `The file expands to more than ${maxNodes} nodes, most likely through nested aliases (*name). Write the content out instead of nesting anchors and aliases.`
      )
    );
  }
  const { size, list: list3 } = largest;
  const field = fieldName(pathOf(largest.frame));
  return {
    rule: "load/too-many-values",
    severity: "error",
    message: text(
      `\u6587\u4EF6\u4E2D\u7684\u503C\u8D85\u8FC7 ${maxNodes} \u4E2A\uFF0C\u7533\u8BF7\u6587\u4EF6\u4E0D\u4F1A\u6709\u8FD9\u4E48\u591A\u5185\u5BB9\uFF1B\u6700\u5927\u7684\u662F ${field.zh} \u5904\u7684${list3 ? `\u5217\u8868\uFF0C\u6709 ${size} \u9879` : `\u6620\u5C04\uFF0C\u6709 ${size} \u4E2A\u5B57\u6BB5`}\u3002\u8BF7\u68C0\u67E5\u662F\u5426\u8BEF\u8D34\u4E86\u6570\u636E\uFF1A\u7533\u8BF7\u91CC\u53EA\u5199\u9700\u8981\u7684\u5185\u5BB9\uFF0C\u5927\u91CF\u6570\u636E\uFF08\u5982\u6E05\u5355\u3001\u65E5\u5FD7\uFF09\u8BF7\u4F5C\u4E3A\u9644\u4EF6\u653E\u5728 attachments/ \u4E0B\u3002`,
      `The file holds more than ${maxNodes} values; no application has that much content. The largest is the ${list3 ? `list at ${field.en} with ${size} items` : `mapping at ${field.en} with ${size} fields`}. Check for pasted data: write only what the application needs, and put bulk data (lists, logs) as attachments under attachments/.`
    ),
    file,
    path: pointer(...pathOf(largest.frame))
  };
}

// scripts/core/load/parse.ts
var defaultLimits = { maxBytes: 512 * 1024, maxNodes: 1e5, maxDepth: 64 };
function decodeUtf8(file, bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return {
      problem: fileProblem(
        file,
        "load/encoding",
        text(
          "\u6587\u4EF6\u7F16\u7801\u4E3A UTF-16\u3002\u8BF7\u7528\u7F16\u8F91\u5668\u5C06\u6587\u4EF6\u53E6\u5B58\u4E3A UTF-8 \u7F16\u7801\uFF08\u4E0D\u5E26 BOM\uFF09\u540E\u518D\u63D0\u4EA4\u3002",
          "The file is encoded as UTF-16. Save it as UTF-8 (without BOM) and commit again."
        )
      )
    };
  }
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  try {
    if (!isUtf8(body)) throw new Error("not utf-8");
    const source = body.toString("utf8");
    const nul = source.indexOf("\0");
    if (nul >= 0) {
      const { line: line2, column } = lineColumnAt(source, nul);
      return {
        problem: fileProblem(
          file,
          "load/encoding",
          text(
            "\u6587\u4EF6\u4E2D\u542B\u6709 NUL \u5B57\u7B26\uFF0C\u4E0D\u662F\u6587\u672C\u6587\u4EF6\u3002\u8BF7\u786E\u8BA4\u63D0\u4EA4\u7684\u662F YAML \u6587\u672C\u800C\u4E0D\u662F\u4E8C\u8FDB\u5236\u6587\u4EF6\u3002",
            "The file contains NUL characters and is not a text file. Commit the YAML text, not a binary file."
          ),
          line2,
          column
        )
      };
    }
    return { source };
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(start, offset));
    const { line: line2, column } = lineColumnAt(prefix, prefix.length);
    return {
      problem: fileProblem(
        file,
        "load/encoding",
        text(
          `\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8 \u7F16\u7801\uFF08\u7B2C ${line2} \u884C\u7B2C ${column} \u5217\u9644\u8FD1\uFF0C\u5B57\u8282\u504F\u79FB ${offset}\uFF09\uFF0C\u5E38\u89C1\u4E8E\u7528 GBK/GB2312 \u4FDD\u5B58\u7684\u6587\u4EF6\u3002\u8BF7\u5C06\u6587\u4EF6\u53E6\u5B58\u4E3A UTF-8 \u7F16\u7801\u540E\u518D\u63D0\u4EA4\u3002`,
          `The file is not valid UTF-8 (near line ${line2}, column ${column}, byte offset ${offset}); GBK/GB2312 files look like this. Save it as UTF-8 and commit again.`
        ),
        line2,
        column
      )
    };
  }
}
function firstInvalidUtf8(bytes, start) {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need2;
    let min;
    let cp;
    if (b >= 194 && b <= 223) [need2, min, cp] = [1, 128, b & 31];
    else if (b >= 224 && b <= 239) [need2, min, cp] = [2, 2048, b & 15];
    else if (b >= 240 && b <= 244) [need2, min, cp] = [3, 65536, b & 7];
    else return i;
    for (let k = 1; k <= need2; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need2 + 1;
  }
  return i;
}
function lineColumnAt(source, index) {
  let line2 = 1;
  let lastBreak = -1;
  for (let i = 0; i < index && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line2++;
      lastBreak = i;
    }
  }
  return { line: line2, column: index - lastBreak };
}
function explainYamlError(reason) {
  if (reason.startsWith("duplicated mapping key"))
    return text(
      "\u540C\u4E00\u5C42\u7EA7\u51FA\u73B0\u4E86\u91CD\u590D\u7684\u5B57\u6BB5\u540D\u3002YAML \u4E2D\u540E\u4E00\u4E2A\u4F1A\u6084\u6084\u8986\u76D6\u524D\u4E00\u4E2A\uFF0C\u8BF7\u5220\u9664\u6216\u5408\u5E76\u91CD\u590D\u7684\u5B57\u6BB5\u3002",
      "A field name appears twice at the same level; the second would silently override the first. Remove or merge the duplicate."
    );
  if (reason.startsWith("unknown tag"))
    return text(
      `\u4E0D\u652F\u6301 YAML \u6807\u7B7E ${reason.slice("unknown tag ".length)}\u3002\u7533\u8BF7\u6587\u4EF6\u53EA\u80FD\u4F7F\u7528\u666E\u901A\u7684\u5B57\u7B26\u4E32\u3001\u6570\u5B57\u3001\u5E03\u5C14\u503C\u3001\u5217\u8868\u548C\u6620\u5C04\uFF0C\u8BF7\u5220\u9664\u4EE5 ! \u5F00\u5934\u7684\u6807\u7B7E\u3002`,
      `YAML tag ${reason.slice("unknown tag ".length)} is not supported. Application files use plain strings, numbers, booleans, lists and mappings: remove the tag starting with !.`
    );
  if (reason.startsWith("unidentified alias"))
    return text(
      `\u5F15\u7528\u4E86\u672A\u5B9A\u4E49\u7684\u951A\u70B9 ${reason.slice("unidentified alias ".length)}\u3002\u8BF7\u5148\u7528 &\u540D\u79F0 \u5B9A\u4E49\u951A\u70B9\uFF0C\u6216\u76F4\u63A5\u5199\u51FA\u5185\u5BB9\u3002`,
      `Alias ${reason.slice("unidentified alias ".length)} refers to an anchor that is not defined. Define it with &name first, or write the content out.`
    );
  if (reason.includes("bad indentation"))
    return text(
      "\u7F29\u8FDB\u4E0D\u6B63\u786E\uFF1A\u540C\u4E00\u5C42\u7EA7\u7684\u5B57\u6BB5\u5FC5\u987B\u5BF9\u9F50\uFF0C\u4E14\u53EA\u80FD\u7528\u7A7A\u683C\u7F29\u8FDB\uFF08\u4E0D\u80FD\u7528 Tab\uFF09\u3002\u8BF7\u68C0\u67E5\u8FD9\u4E00\u884C\u4E0E\u4E0A\u4E00\u884C\u7684\u7F29\u8FDB\u3002",
      "Bad indentation: fields of one level must line up, indented with spaces only (no tabs). Compare this line with the one above."
    );
  if (reason.includes("tab character") || reason.includes("tabulation"))
    return text(
      "YAML \u4E0D\u5141\u8BB8\u7528 Tab \u7F29\u8FDB\u3002\u8BF7\u628A Tab \u6362\u6210\u7A7A\u683C\u3002",
      "YAML does not allow tabs for indentation. Replace the tab with spaces."
    );
  return text(
    `YAML \u8BED\u6CD5\u9519\u8BEF\uFF1A${reason}\u3002\u8BF7\u68C0\u67E5\u8FD9\u4E00\u4F4D\u7F6E\u9644\u8FD1\u7684\u5192\u53F7\u3001\u5F15\u53F7\u3001\u62EC\u53F7\u548C\u7F29\u8FDB\u3002`,
    `YAML syntax error: ${reason}. Check the colons, quotes, brackets and indentation around this place.`
  );
}
function tooLargeProblem(file, size, maxBytes) {
  return fileProblem(
    file,
    "load/too-large",
    text(
      `\u6587\u4EF6\u5927\u5C0F ${formatBytes(size)}\uFF0C\u8D85\u8FC7\u4E0A\u9650 ${formatBytes(maxBytes)}\u3002\u7533\u8BF7\u6587\u4EF6\u53EA\u653E\u7ED3\u6784\u5316\u5185\u5BB9\uFF1B\u622A\u56FE\u3001\u67B6\u6784\u56FE\u7B49\u9644\u4EF6\u8BF7\u4F5C\u4E3A\u5355\u72EC\u7684\u6587\u4EF6\u653E\u5728\u7CFB\u7EDF\u76EE\u5F55\u7684 attachments/ \u4E0B\uFF0C\u5728\u7533\u8BF7\u4E2D\u5199\u8DEF\u5F84\u5F15\u7528\u3002`,
      `The file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}. Keep only structured content in the application; put screenshots and diagrams as separate files under the system's attachments/ folder and reference their paths.`
    )
  );
}
function parseYamlFile(file, bytes, limits = defaultLimits) {
  if (bytes.length > limits.maxBytes)
    return { problems: [tooLargeProblem(file, bytes.length, limits.maxBytes)] };
  const decoded = decodeUtf8(file, bytes);
  if (decoded.problem) return { problems: [decoded.problem] };
  const source = decoded.source ?? "";
  let data;
  try {
    data = yaml3.load(source, { schema: loadSchema, filename: file });
  } catch (error) {
    if (!(error instanceof yaml3.YAMLException)) throw error;
    const reason = error.reason ?? error.message;
    if (reason.startsWith("expected a single document")) {
      const m = /^(---|\.\.\.)/m.exec(source.replace(/^---[^\n]*\n/, (s) => " ".repeat(s.length)));
      const { line: line3, column: column2 } = lineColumnAt(source, m?.index ?? 0);
      return {
        source,
        problems: [
          fileProblem(
            file,
            "load/multiple-documents",
            text(
              "\u4E00\u4E2A\u6587\u4EF6\u53EA\u80FD\u5305\u542B\u4E00\u4E2A YAML \u6587\u6863\uFF0C\u8FD9\u91CC\u51FA\u73B0\u4E86\u7B2C\u4E8C\u4E2A\u6587\u6863\uFF08--- \u5206\u9694\uFF09\u3002\u4E00\u4EFD\u7533\u8BF7\u4E00\u4E2A\u6587\u4EF6\uFF1A\u8BF7\u628A\u7B2C\u4E8C\u90E8\u5206\u79FB\u5230\u65B0\u6587\u4EF6\u4E2D\u3002",
              "A file holds exactly one YAML document; a second one starts here (---). One application per file: move the second part into a new file."
            ),
            line3,
            column2
          )
        ]
      };
    }
    const line2 = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    const rule = reason.startsWith("duplicated mapping key") ? "load/duplicate-key" : reason.startsWith("unknown tag") ? "load/custom-tag" : "load/syntax";
    return { source, problems: [fileProblem(file, rule, explainYamlError(reason), line2, column)] };
  }
  if (data === void 0 || data === null) {
    return {
      source,
      problems: [
        fileProblem(
          file,
          "load/empty",
          text(
            "\u6587\u4EF6\u662F\u7A7A\u7684\u3002\u8BF7\u6309\u6A21\u677F\u586B\u5199\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u6587\u4EF6\u3002",
            "The file is empty. Fill it in from the template, or delete it."
          )
        )
      ]
    };
  }
  if (typeof data !== "object" || Array.isArray(data) || data instanceof NumberForm) {
    return {
      source,
      problems: [
        fileProblem(
          file,
          "load/not-a-mapping",
          text(
            "\u6587\u4EF6\u9876\u5C42\u5FC5\u987B\u662F\u5B57\u6BB5\u6620\u5C04\uFF08\u5982 kind: application\uFF09\uFF0C\u800C\u4E0D\u662F\u5217\u8868\u6216\u5355\u4E2A\u503C\u3002",
            "The top level must be a mapping of fields (like kind: application), not a list or a single value."
          )
        )
      ]
    };
  }
  const problems = inspectTree(file, data, limits, mayHoldForbiddenCharacters(source));
  if (problems.some((p) => fatalRules.has(p.rule))) return { source, problems };
  return { data, source, problems };
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

// scripts/core/load/positions.ts
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
var SourcePositions = class {
  lineCounter = new LineCounter();
  contents;
  constructor(source) {
    const doc = parseDocument(source, {
      lineCounter: this.lineCounter,
      keepSourceTokens: false,
      uniqueKeys: false
    });
    this.contents = doc.contents ?? null;
  }
  /** 指针指向的值（atKey 时为键）的 1 起始行列号。 */
  locate(pointerText, atKey = false) {
    let node = this.contents;
    let keyNode = null;
    for (const segment of parsePointer(pointerText)) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && (String(item.key.value) === segment || item.key.source === segment)
        );
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? keyNode;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === void 0) break;
        keyNode = null;
        node = item;
      } else {
        break;
      }
    }
    const target = atKey && keyNode ? keyNode : node;
    const offset = target?.range?.[0] ?? 0;
    const { line: line2, col } = this.lineCounter.linePos(offset);
    return { line: line2, column: col };
  }
};

// scripts/core/repository/consistency.ts
function checkConsistency(repo, fs) {
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  for (const [dir, unit] of [...repo.units].sort(([a], [b]) => a < b ? -1 : 1)) {
    const sup = unit.data.supervisor;
    if (sup !== void 0) {
      if (sup === dir) {
        problems.push({
          rule: "registry/supervisor",
          severity: "error",
          message: text(
            "\u4E3B\u7BA1\u5355\u4F4D\u4E0D\u80FD\u662F\u672C\u5355\u4F4D\u81EA\u5DF1\u3002\u6CA1\u6709\u4E3B\u7BA1\u5355\u4F4D\u65F6\u8BF7\u5220\u9664 supervisor\u3002",
            "A unit cannot be its own supervisor. Remove supervisor if there is none."
          ),
          file: unit.file,
          path: "/supervisor"
        });
      } else if (!repo.units.has(sup) && !fs.exists(`${requestsDir}/${sup}/unit.yaml`)) {
        problems.push({
          rule: "registry/supervisor",
          severity: "error",
          message: text(
            `\u4E3B\u7BA1\u5355\u4F4D ${quote(sup)} \u6CA1\u6709\u767B\u8BB0\uFF1A\u627E\u4E0D\u5230 requests/${sup}/unit.yaml\u3002\u8BF7\u5148\u767B\u8BB0\u4E3B\u7BA1\u5355\u4F4D\uFF0C\u6216\u6539\u6B63\u76EE\u5F55\u540D\u3002`,
            `Supervisor ${quote(sup)} is not registered: requests/${sup}/unit.yaml does not exist. Register it first or correct the folder name.`
          ),
          file: unit.file,
          path: "/supervisor",
          citation: { profile: unit.data.profile, article: "\u7B2C5\u6761" }
        });
      } else if (repo.units.has(sup)) {
        const seen = /* @__PURE__ */ new Set([dir]);
        let cur = sup;
        while (cur !== void 0 && !seen.has(cur)) {
          seen.add(cur);
          cur = repo.units.get(cur)?.data.supervisor;
        }
        if (cur !== void 0) {
          problems.push({
            rule: "registry/supervisor",
            severity: "error",
            message: text(
              `\u4E3B\u7BA1\u5355\u4F4D\u5173\u7CFB\u5F62\u6210\u4E86\u73AF\uFF08${[...seen].join(" \u2192 ")} \u2192 ${cur}\uFF09\u3002\u8BF7\u6539\u6B63 supervisor\u3002`,
              `The supervisor chain loops (${[...seen].join(" \u2192 ")} \u2192 ${cur}). Correct supervisor.`
            ),
            file: unit.file,
            path: "/supervisor"
          });
        }
      }
    }
    const other = byName.get(unit.data.name);
    if (other !== void 0) {
      problems.push({
        rule: "registry/duplicate-unit",
        severity: "error",
        message: text(
          `\u5355\u4F4D\u5168\u79F0 ${quote(unit.data.name)} \u5DF2\u5728 requests/${other}/unit.yaml \u767B\u8BB0\u3002\u4E00\u4E2A\u5355\u4F4D\u53EA\u767B\u8BB0\u4E00\u6B21\uFF0C\u8BF7\u5408\u5E76\u5230\u5DF2\u6709\u76EE\u5F55\u3002`,
          `Unit ${quote(unit.data.name)} is already registered in requests/${other}/unit.yaml. Register a unit once.`
        ),
        file: unit.file,
        path: "/name"
      });
    } else byName.set(unit.data.name, dir);
  }
  const systemNames = /* @__PURE__ */ new Map();
  for (const [key, system] of [...repo.systems].sort(([a], [b]) => a < b ? -1 : 1)) {
    const [unitDir] = key.split("/");
    if (!repo.units.has(unitDir) && !fs.exists(`${requestsDir}/${unitDir}/unit.yaml`)) {
      problems.push({
        rule: "registry/missing-unit",
        severity: "error",
        message: text(
          `\u5355\u4F4D\u76EE\u5F55 requests/${unitDir}/ \u7F3A\u5C11 unit.yaml\uFF08\u5355\u4F4D\u5168\u79F0\u3001\u5730\u5740\u3001\u6388\u6743\u4EE3\u7406\u4EBA\uFF09\u3002\u8BF7\u5148\u767B\u8BB0\u5355\u4F4D\u3002`,
          `Unit folder requests/${unitDir}/ lacks unit.yaml (full name, address, authorized agents). Register the unit first.`
        ),
        file: system.file,
        path: ""
      });
    }
    const nameKey = `${unitDir}\0${system.data.name}`;
    const other = systemNames.get(nameKey);
    if (other !== void 0) {
      problems.push({
        rule: "registry/duplicate-system",
        severity: "error",
        message: text(
          `\u4FE1\u606F\u7CFB\u7EDF ${quote(system.data.name)} \u5DF2\u5728 requests/${other}/system.yaml \u767B\u8BB0\u3002\u540C\u4E00\u7CFB\u7EDF\u7684\u7533\u8BF7\u90FD\u653E\u5728\u540C\u4E00\u4E2A\u76EE\u5F55\u91CC\u3002`,
          `System ${quote(system.data.name)} is already registered in requests/${other}/system.yaml. Keep one system in one folder.`
        ),
        file: system.file,
        path: "/name"
      });
    } else systemNames.set(nameKey, key);
  }
  for (const [key, apps] of repo.headers) {
    const [unitDir] = key.split("/");
    const unit = repo.units.get(unitDir);
    const system = repo.systems.get(key);
    const seq = /* @__PURE__ */ new Map();
    for (const a of apps) {
      const app = a;
      const profile = a.profile;
      if (!system && !fs.exists(`${requestsDir}/${key}/system.yaml`)) {
        problems.push({
          rule: "registry/missing-system",
          severity: "error",
          message: text(
            `\u7CFB\u7EDF\u76EE\u5F55 requests/${key}/ \u7F3A\u5C11 system.yaml\uFF08\u7CFB\u7EDF\u540D\u79F0\u3001\u8D1F\u8D23\u4EBA\u3001\u6280\u672F\u8D1F\u8D23\u4EBA\u3001\u4E91\u73AF\u5883\u3001\u7B49\u7EA7\u4FDD\u62A4\uFF09\u3002\u8BF7\u5148\u767B\u8BB0\u7CFB\u7EDF\u3002`,
            `System folder requests/${key}/ lacks system.yaml (name, owner, technical contact, environment, protection level). Register the system first.`
          ),
          file: app.file,
          path: ""
        });
      }
      if (unit && a.unit !== void 0 && a.unit !== unit.data.name) {
        const elsewhere = [...repo.units].find(([, u2]) => u2.data.name === a.unit);
        problems.push(
          elsewhere ? {
            rule: "registry/unit-folder",
            severity: "error",
            message: text(
              `\u7533\u8BF7\u5199\u7684\u5355\u4F4D\u662F ${quote(a.unit)}\uFF0C\u5B83\u767B\u8BB0\u5728 requests/${elsewhere[0]}/\uFF0C\u800C\u8FD9\u4E2A\u6587\u4EF6\u5728 requests/${unitDir}/ \u4E0B\u3002\u8BF7\u628A\u6587\u4EF6\u79FB\u5230 requests/${elsewhere[0]}/ \u7684\u7CFB\u7EDF\u76EE\u5F55\u4E2D\uFF0C\u6216\u6539\u6B63\u5355\u4F4D\u540D\u79F0\u3002`,
              `The application names unit ${quote(a.unit)}, registered in requests/${elsewhere[0]}/, but the file is under requests/${unitDir}/. Move it, or correct the unit name.`
            ),
            file: app.file,
            path: "/unit"
          } : {
            rule: "registry/unit-name",
            severity: "error",
            message: text(
              `\u5355\u4F4D\u540D\u79F0\u987B\u586B\u5199\u5168\u79F0\uFF1A\u5E94\u4E3A ${quote(unit.data.name)}\uFF08\u89C1 requests/${unitDir}/unit.yaml\uFF09\uFF0C\u8FD9\u91CC\u662F ${quote(a.unit)}\u3002`,
              `The unit's full name is required: ${quote(unit.data.name)} (see requests/${unitDir}/unit.yaml), not ${quote(a.unit)}.`
            ),
            file: app.file,
            path: "/unit",
            citation: {
              profile,
              article: a.type === "test" ? "\u7B2C49\u6761" : a.type === "change" ? "\u7B2C27\u6761" : "\u7B2C21\u6761",
              clause: "(1)"
            }
          }
        );
      }
      if (system && a.system !== void 0 && a.system !== system.data.name) {
        const elsewhere = [...repo.systems].find(
          ([k, s]) => k.startsWith(`${unitDir}/`) && s.data.name === a.system
        );
        problems.push(
          elsewhere ? {
            rule: "registry/system-folder",
            severity: "error",
            message: text(
              `\u7533\u8BF7\u5199\u7684\u7CFB\u7EDF\u662F ${quote(a.system)}\uFF0C\u5B83\u767B\u8BB0\u5728 requests/${elsewhere[0]}/\uFF0C\u800C\u8FD9\u4E2A\u6587\u4EF6\u5728 requests/${key}/ \u4E0B\u3002\u4E00\u4EFD\u7533\u8BF7\u53EA\u6D89\u53CA\u4E00\u4E2A\u7CFB\u7EDF\uFF08\u9644\u4EF65 \u6CE82\uFF09\uFF1A\u8BF7\u628A\u6587\u4EF6\u79FB\u5230 requests/${elsewhere[0]}/\u3002`,
              `The application names system ${quote(a.system)}, registered in requests/${elsewhere[0]}/, but the file is under requests/${key}/. Move it there.`
            ),
            file: app.file,
            path: "/system",
            citation: { profile, attachment: "\u9644\u4EF65", note: "2" }
          } : {
            rule: "registry/system-name",
            severity: "error",
            message: text(
              `\u7CFB\u7EDF\u540D\u79F0\u987B\u4E0E\u9996\u6B21\u7533\u8BF7\u65F6\u586B\u5199\u7684\u540D\u79F0\u5B8C\u5168\u4E00\u81F4\uFF1A\u5E94\u4E3A ${quote(system.data.name)}\uFF08\u89C1 requests/${key}/system.yaml\uFF09\uFF0C\u8FD9\u91CC\u662F ${quote(a.system)}\u3002`,
              `The system name must be exactly the one of its first application: ${quote(system.data.name)} (see requests/${key}/system.yaml), not ${quote(a.system)}.`
            ),
            file: app.file,
            path: "/system",
            citation: { profile, article: a.type === "change" ? "\u7B2C27\u6761" : "\u7B2C21\u6761", clause: "(2)" }
          }
        );
      }
      if (a.sequence === void 0) continue;
      const first = seq.get(a.sequence);
      if (first !== void 0) {
        problems.push({
          rule: "registry/sequence",
          severity: "error",
          message: text(
            `\u7533\u8BF7\u5E8F\u53F7 ${a.sequence} \u5DF2\u88AB ${first} \u4F7F\u7528\u3002\u540C\u4E00\u7CFB\u7EDF\u7684\u7533\u8BF7\u5E8F\u53F7\u4E0D\u80FD\u91CD\u590D\uFF1A\u8BF7\u6539\u4E3A ${Math.max(...seq.keys()) + 1}\u3002`,
            `Sequence ${a.sequence} is already used by ${first}. Use ${Math.max(...seq.keys()) + 1}.`
          ),
          file: app.file,
          path: "/sequence"
        });
      } else seq.set(a.sequence, app.file);
    }
    const numbers = [...seq.keys()].sort((x, y) => x - y);
    const missing = numbers.length ? Array.from({ length: numbers[numbers.length - 1] }, (_, i) => i + 1).filter(
      (n) => !seq.has(n)
    ) : [];
    if (missing.length > 0) {
      const after = numbers.find((n) => n > missing[0]);
      problems.push({
        rule: "registry/sequence-gap",
        severity: "warning",
        message: text(
          `\u672C\u7CFB\u7EDF\u7684\u7533\u8BF7\u5E8F\u53F7\u7F3A\u5C11 ${missing.join("\u3001")}\u3002\u5DF2\u5408\u5E76\u7684\u7533\u8BF7\u4E0D\u80FD\u5220\u9664\uFF08\u7CFB\u7EDF\u72B6\u6001\u7531\u5168\u90E8\u7533\u8BF7\u6298\u53E0\u800C\u6765\uFF09\uFF1B\u82E5\u662F\u5199\u9519\u4E86\u5E8F\u53F7\uFF0C\u8BF7\u628A\u8FD9\u4EFD\u7533\u8BF7\u7684 sequence \u6539\u4E3A ${missing[0]}\u3002`,
          `This system's application numbers skip ${missing.join(", ")}. Merged applications are never deleted (the state folds all of them); if the number is a typo, set this application's sequence to ${missing[0]}.`
        ),
        file: seq.get(after),
        path: "/sequence"
      });
    }
  }
  return problems;
}

// scripts/core/repository/config.ts
var repositoryConfigFile = "govcloud.yaml";
var problem = (message, line2, column) => fileProblem(repositoryConfigFile, "config/profile", text(message[0], message[1]), line2, column);
function readRepositoryConfig(fs, profiles2) {
  const ids = profiles2.map((p) => p.id);
  const fallback = ids[0] ?? "";
  const list3 = ids.join("\u3001");
  if (!fs.exists(repositoryConfigFile)) {
    if (ids.length === 1) return { profile: fallback, problems: [] };
    return {
      profile: fallback,
      problems: [
        problem([
          `\u7F3A\u5C11 ${repositoryConfigFile}\uFF1A\u8BF7\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u65B0\u5EFA\u5B83\uFF0C\u5199\u4E00\u884C profile: <${list3} \u4E4B\u4E00>\uFF0C\u8BF4\u660E\u672C\u4ED3\u5E93\u91C7\u7528\u54EA\u4E2A\u89C4\u8303\u3002`,
          `${repositoryConfigFile} is missing: create it at the repository root with one line profile: <one of ${ids.join(", ")}>.`
        ])
      ]
    };
  }
  const read = fs.read(repositoryConfigFile, 64 * 1024);
  if (!("bytes" in read))
    return {
      profile: fallback,
      problems: [
        problem([
          `${repositoryConfigFile} \u4E0D\u662F\u53EF\u8BFB\u7684\u666E\u901A\u5C0F\u6587\u4EF6\uFF1A\u8BF7\u6362\u6210\u666E\u901A\u6587\u672C\u6587\u4EF6\u3002`,
          `${repositoryConfigFile} is not a small plain file: replace it with a plain text file.`
        ])
      ]
    };
  const parsed = parseYamlFile(repositoryConfigFile, read.bytes);
  if (parsed.problems.length > 0) return { profile: fallback, problems: parsed.problems };
  const data = parsed.data;
  const value = data !== null && typeof data === "object" && !Array.isArray(data) ? data.profile : void 0;
  if (typeof value === "string" && ids.includes(value)) return { profile: value, problems: [] };
  return {
    profile: fallback,
    problems: [
      problem([
        `${repositoryConfigFile} \u7684 profile \u4E3A ${quote(value ?? "\uFF08\u672A\u5199\uFF09")}\uFF0C\u4E0D\u662F\u767B\u8BB0\u7684\u89C4\u8303\uFF1A\u8BF7\u5199 ${list3} \u4E4B\u4E00\u3002`,
        `${repositoryConfigFile}: profile is ${quote(value ?? "(missing)")}, not a registered profile: write one of ${ids.join(", ")}.`
      ])
    ]
  };
}

// scripts/core/schema/validate.ts
import { createRequire as createRequire2 } from "node:module";
import { closest, distance } from "fastest-levenshtein";
var require3 = createRequire2(import.meta.url);
var localize = require3("ajv-i18n");
var SchemaValidator = class _SchemaValidator {
  constructor(catalog, schema2) {
    this.catalog = catalog;
    this.schemas = { ...schema2.build(catalog) };
    const compile = (kind) => compileCached(this.schemas[kind], {
      name: `${kind}-${catalog.profile.id}`,
      ajv: { allErrors: true, strict: true, strictRequired: false, discriminator: true, verbose: true },
      annotations: ["x-citation", "x-required-by", "x-secret"]
    });
    this.validators = {
      unit: compile("unit"),
      system: compile("system"),
      application: compile("application"),
      delivery: compile("delivery")
    };
  }
  catalog;
  static cache = /* @__PURE__ */ new WeakMap();
  /** 每个 profile 的每份目录只编译一次（编译约需数百毫秒）。 */
  static for(catalog, schema2) {
    let byCatalog = _SchemaValidator.cache.get(schema2);
    if (!byCatalog) {
      byCatalog = /* @__PURE__ */ new WeakMap();
      _SchemaValidator.cache.set(schema2, byCatalog);
    }
    let v = byCatalog.get(catalog);
    if (!v) {
      v = new _SchemaValidator(catalog, schema2);
      byCatalog.set(catalog, v);
    }
    return v;
  }
  validators;
  schemas;
  validate(kind, file, data) {
    const validate3 = this.validators[kind];
    if (validate3(data)) return [];
    const errors = prune(validate3.errors ?? []);
    return errors.map((e) => this.toProblem(kind, file, e));
  }
  toProblem(kind, file, e) {
    const root = this.schemas[kind];
    const { message, path, atKey } = describe(e, this.catalog, root);
    return {
      rule: "schema",
      severity: "error",
      message,
      file,
      path,
      atKey,
      citation: citationFor(root, e, kind, this.catalog.profile.id)
    };
  }
};
function prune(errors) {
  const chosen = chooseBranches(errors);
  const out = [];
  for (const e of errors) {
    if (e.keyword === "if") continue;
    if ((e.keyword === "oneOf" || e.keyword === "anyOf") && !isDiscriminatedPath(e.schemaPath)) {
      if (!chosen.has(`${e.schemaPath}|${e.instancePath}`)) out.push(e);
      continue;
    }
    if (e.keyword === "oneOf" || e.keyword === "anyOf") {
      out.push(e);
      continue;
    }
    if (!inKeptBranches(e, chosen)) continue;
    out.push(e);
  }
  const discriminated = new Set(
    out.filter((e) => e.keyword === "discriminator").map((e) => `${e.instancePath}/${String(e.params.tag)}`)
  );
  const seen = /* @__PURE__ */ new Set();
  return out.filter((e) => {
    if (e.keyword === "enum" && discriminated.has(e.instancePath)) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var structural = /* @__PURE__ */ new Set(["required", "additionalProperties", "type", "const", "discriminator", "not"]);
function chooseBranches(errors) {
  const chosen = /* @__PURE__ */ new Map();
  for (const c of errors) {
    if (c.keyword !== "oneOf" && c.keyword !== "anyOf" || isDiscriminatedPath(c.schemaPath)) continue;
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${c.schemaPath}/`) || !e.instancePath.startsWith(c.instancePath))
        continue;
      const m = /^\/(\d+)\//.exec(e.schemaPath.slice(c.schemaPath.length));
      if (!m) continue;
      const branch = `${c.schemaPath}/${m[1]}/`;
      const shallow = e.instancePath === c.instancePath || e.keyword === "additionalProperties";
      branches.set(branch, (branches.get(branch) ?? true) && !(structural.has(e.keyword) && shallow));
    }
    const fitting = [...branches].filter(([, fits]) => fits).map(([b]) => b);
    if (fitting.length === 1) chosen.set(`${c.schemaPath}|${c.instancePath}`, fitting[0]);
  }
  return chosen;
}
function inKeptBranches(e, chosen) {
  for (const m of e.schemaPath.matchAll(/\/(oneOf|anyOf)\/\d+\//g)) {
    const combinator = e.schemaPath.slice(0, (m.index ?? 0) + m[1].length + 1);
    if (isDiscriminatedPath(combinator)) continue;
    const branch = e.schemaPath.slice(0, (m.index ?? 0) + m[0].length);
    let picked;
    for (const [key, value] of chosen) {
      const [path, instance] = key.split("|");
      if (path === combinator && e.instancePath.startsWith(instance)) picked = value;
    }
    if (picked !== branch) return false;
  }
  return true;
}
function isDiscriminatedPath(combinatorPath) {
  const before = combinatorPath.replace(/\/(oneOf|anyOf)$/, "");
  return before === "#" || before.endsWith("/$defs/resource");
}
function lookup(root, schemaPath2) {
  let node = root;
  for (const seg of parsePointer(schemaPath2.replace(/^#/, ""))) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[seg];
  }
  return node;
}
function citationFor(root, e, kind, profile) {
  if (e.keyword === "required") {
    const requiredBy = e.parentSchema?.["x-required-by"];
    const by = requiredBy?.[String(e.params.missingProperty)];
    if (by) return by;
    let missing = e.parentSchema?.properties?.[String(e.params.missingProperty)];
    if (typeof missing?.$ref === "string") missing = lookup(root, missing.$ref);
    const c = missing?.["x-citation"];
    if (c) return c;
  }
  const own = e.parentSchema?.["x-citation"];
  if (own) return own;
  const segs = parsePointer(e.schemaPath.replace(/^#/, ""));
  for (let i = segs.length - 1; i > 0; i--) {
    if (segs[i - 1] === "properties") break;
    const node = lookup(root, pointer(...segs.slice(0, i)));
    const c = node?.["x-citation"];
    if (c) return c;
  }
  if (e.keyword === "required" && kind === "application") return { profile, attachment: "\u9644\u4EF65", note: "1" };
  return void 0;
}
var typeNames = {
  string: text("\u6587\u5B57", "text"),
  integer: text("\u6574\u6570", "an integer"),
  number: text("\u6570\u5B57", "a number"),
  boolean: text("true \u6216 false", "true or false"),
  object: text("\u5B57\u6BB5\u6620\u5C04", "a mapping"),
  array: text("\u5217\u8868", "a list"),
  null: text("\u7A7A\u503C", "null")
};
function actualType(v) {
  if (v === null) return typeNames.null;
  if (Array.isArray(v)) return typeNames.array;
  if (typeof v === "number")
    return Number.isInteger(v) ? typeNames.integer : typeNames.number;
  return typeNames[typeof v] ?? text(typeof v, typeof v);
}
function label(path, schema2) {
  const segs = parsePointer(path);
  const last = segs[segs.length - 1];
  const field = last === void 0 ? text("\u6587\u4EF6", "the file") : /^\d+$/.test(last) ? text(`\u7B2C ${Number(last) + 1} \u9879`, `item ${Number(last) + 1}`) : text(last, last);
  const title = typeof schema2?.title === "string" ? schema2.title : void 0;
  return title && last !== void 0 && !/^\d+$/.test(last) ? text(`\u5B57\u6BB5 ${field.zh}\uFF08${title}\uFF09`, `field ${field.en} (${title})`) : text(field.zh, field.en);
}
var list = (values, lang) => values.map((v) => typeof v === "string" ? v : JSON.stringify(v)).join(lang === "zh" ? "\u3001" : ", ");
function suggest(value, candidates) {
  if (typeof value !== "string" || candidates.length === 0) return void 0;
  const best = closest(value, candidates);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : void 0;
}
function describe(e, catalog, root) {
  const schema2 = e.parentSchema;
  const at = label(e.instancePath, schema2);
  const desc = typeof schema2?.description === "string" ? schema2.description.replace(/[。.]$/, "") : "";
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const prop = String(p.missingProperty);
      let propSchema = schema2?.properties?.[prop] ?? {};
      if (typeof propSchema.$ref === "string") propSchema = lookup(root, propSchema.$ref) ?? {};
      const title = typeof propSchema.title === "string" ? `\uFF08${propSchema.title}\uFF09` : "";
      const hint2 = typeof propSchema.description === "string" ? `\u8BF4\u660E\uFF1A${propSchema.description.replace(/[。.]$/, "")}\u3002` : "";
      const where2 = e.instancePath === "" ? text("\u6587\u4EF6\u9876\u5C42", "the top level") : at;
      return {
        path: e.instancePath,
        message: text(
          `${where2.zh}\u7F3A\u5C11\u5FC5\u586B\u5B57\u6BB5 ${prop}${title}\u3002${hint2}\u8BF7\u8865\u4E0A\u8FD9\u4E2A\u5B57\u6BB5\u3002`,
          `${where2.en} lacks the required field ${prop}${title}. Add it.`
        )
      };
    }
    case "additionalProperties": {
      const raw2 = String(p.additionalProperty);
      const prop = raw2.replace(/[\u0000-\u001f\u007f]/g, " ");
      const allowed = Object.keys(schema2?.properties ?? {}).filter(
        (k) => k !== "$schema"
      );
      const guess = suggest(prop, allowed);
      const path = `${e.instancePath}/${raw2.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      return {
        path,
        atKey: true,
        message: guess ? text(`\u672A\u77E5\u5B57\u6BB5 ${prop}\uFF0C\u662F\u5426\u4E3A ${guess}\uFF1F`, `Unknown field ${prop}; did you mean ${guess}?`) : text(
          `\u672A\u77E5\u5B57\u6BB5 ${prop}\u3002\u8FD9\u91CC\u5141\u8BB8\u7684\u5B57\u6BB5\uFF1A${list(allowed, "zh")}\u3002\u8BF7\u5220\u9664\u6216\u6539\u6B63\u5B83\u3002`,
          `Unknown field ${prop}. Allowed here: ${list(allowed, "en")}. Remove or correct it.`
        )
      };
    }
    case "type": {
      const want = typeNames[String(p.type)] ?? text(String(p.type), String(p.type));
      const got = actualType(e.data);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u5E94\u4E3A${want.zh}\uFF0C\u8FD9\u91CC\u662F${got.zh} ${quote(e.data)}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} must be ${want.en}, not ${got.en} ${quote(e.data)}.`
        )
      };
    }
    case "enum": {
      const allowed = p.allowedValues ?? [];
      const guess = suggest(
        e.data,
        allowed.filter((v) => typeof v === "string")
      );
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u7684\u503C ${quote(e.data)} \u4E0D\u5728\u5141\u8BB8\u8303\u56F4\u5185${guess ? `\uFF0C\u662F\u5426\u4E3A ${guess}\uFF1F` : "\u3002"}\u5141\u8BB8\uFF1A${list(allowed, "zh")}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} has value ${quote(e.data)}, which is not allowed${guess ? `; did you mean ${guess}?` : "."} Allowed: ${list(allowed, "en")}.`
        )
      };
    }
    case "const":
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u5FC5\u987B\u662F ${JSON.stringify(p.allowedValue)}\uFF0C\u8FD9\u91CC\u662F ${quote(e.data)}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} must be ${JSON.stringify(p.allowedValue)}, not ${quote(e.data)}.`
        )
      };
    case "multipleOf": {
      const m = Number(p.multipleOf);
      const v = Number(e.data);
      const min = typeof schema2?.minimum === "number" ? schema2.minimum : m;
      const upper = Math.max(min, Math.ceil(v / m) * m);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u4E3A ${v}\uFF0C\u987B\u4E3A ${m} \u7684\u500D\u6570\uFF08\u4E0D\u8DB3\u7684\u90E8\u5206\u5411\u4E0A\u53D6\u6574\uFF09\u3002\u8BF7\u6539\u4E3A ${upper}\u3002`,
          `${at.en} is ${v} and must be a multiple of ${m} (round up). Change it to ${upper}.`
        )
      };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const isMin = e.keyword.endsWith("inimum");
      const limit = Number(p.limit);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u4E3A ${quote(e.data)}\uFF0C${isMin ? "\u4E0D\u80FD\u5C0F\u4E8E" : "\u4E0D\u80FD\u5927\u4E8E"} ${limit}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} is ${quote(e.data)}; it must be ${isMin ? "at least" : "at most"} ${limit}.`
        )
      };
    }
    case "minLength":
      return { path: e.instancePath, message: text(`${at.zh}\u4E0D\u80FD\u4E3A\u7A7A\u3002`, `${at.en} must not be empty.`) };
    case "pattern":
      if (e.parentSchema?.["x-secret"] !== void 0)
        return {
          path: e.instancePath,
          message: text(
            `${at.zh}\u53EA\u80FD\u5199\u73AF\u5883\u53D8\u91CF\u540D\uFF08\u5982 GOVCLOUD_NOTIFY_SZ_EDU_WECOM\uFF09\uFF0C\u8FD9\u91CC\u5199\u7684\u4E0D\u662F\u2014\u2014\u6240\u586B\u5185\u5BB9\u5DF2\u9690\u53BB\uFF0C\u4E0D\u5728\u4EFB\u4F55\u8F93\u51FA\u4E2D\u91CD\u590D\u3002\u5982\u679C\u8FD9\u662F webhook \u5730\u5740\u6216\u5BC6\u94A5\uFF0C\u8BF7\u5220\u9664\u5B83\uFF0C\u628A\u5B83\u5B58\u4E3A\u4ED3\u5E93\u7684 Actions secret\uFF0C\u8FD9\u91CC\u53EA\u5199\u5B83\u7684\u540D\u5B57\uFF1B\u5DF2\u7ECF\u63D0\u4EA4\u8FC7\u7684\u5BC6\u94A5\u8BF7\u5230\u673A\u5668\u4EBA\u8BBE\u7F6E\u4E2D\u91CD\u7F6E\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
            `${at.en} must be an environment variable name (like GOVCLOUD_NOTIFY_SZ_EDU_WECOM); the value written here is not, and it is not repeated in any output. If it is a webhook address or key, delete it, store it as an Actions secret and write its name here; reset a key that was already committed.`
          )
        };
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u7684\u5199\u6CD5\u4E0D\u5BF9\uFF1A${quote(e.data)}\u3002${desc ? `\u8981\u6C42\uFF1A${desc}\u3002` : ""}`,
          `${at.en} is not written correctly: ${quote(e.data)}.`
        )
      };
    case "format": {
      const fmt2 = String(p.format);
      const how = {
        date: text("\u65E5\u671F\uFF0C\u683C\u5F0F YYYY-MM-DD\uFF0C\u5982 2026-11-25", "a date in the form YYYY-MM-DD, like 2026-11-25"),
        email: text("\u7535\u5B50\u90AE\u7BB1\u5730\u5740\uFF0C\u5982 name@example.gov.cn", "an e-mail address, like name@example.gov.cn"),
        ipv4: text("IPv4 \u5730\u5740\uFF0C\u5982 10.1.2.3", "an IPv4 address, like 10.1.2.3")
      };
      const h = how[fmt2] ?? text(fmt2, fmt2);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u5E94\u4E3A${h.zh}\uFF0C\u8FD9\u91CC\u662F ${quote(e.data)}\u3002`,
          `${at.en} must be ${h.en}, not ${quote(e.data)}.`
        )
      };
    }
    case "minItems":
      return {
        path: e.instancePath,
        message: text(`${at.zh}\u81F3\u5C11\u8981\u6709 ${p.limit} \u9879\u3002`, `${at.en} needs at least ${p.limit} item(s).`)
      };
    case "discriminator": {
      const tag = String(p.tag);
      const value = e.data?.[tag];
      const path = `${e.instancePath}/${tag}`;
      if (tag === "service") {
        const ids = catalog.services.filter((s) => s.changeTypes.new).map((s) => s.id);
        const guess2 = suggest(value, ids);
        return {
          path,
          message: text(
            `\u672A\u77E5\u7684\u670D\u52A1 ${quote(value)}${guess2 ? `\uFF0C\u662F\u5426\u4E3A ${guess2}\uFF1F` : "\u3002"}\u670D\u52A1\u987B\u53D6\u81EA\u670D\u52A1\u76EE\u5F55\uFF08\u9644\u4EF61\uFF09\uFF0C\u53EF\u7528\u7684\u670D\u52A1\u6807\u8BC6\uFF1A${ids.join("\u3001")}\u3002`,
            `Unknown service ${quote(value)}${guess2 ? `; did you mean ${guess2}?` : "."} Services come from the catalog (\u9644\u4EF61): ${ids.join(", ")}.`
          )
        };
      }
      const types2 = ["new", "change", "revoke", "ports", "test", "test-renewal"];
      const guess = suggest(value, types2);
      return {
        path,
        message: text(
          `\u672A\u77E5\u7684${tag === "type" ? "\u7533\u8BF7\u7C7B\u578B" : tag} ${quote(value)}${guess ? `\uFF0C\u662F\u5426\u4E3A ${guess}\uFF1F` : "\u3002"}\u5141\u8BB8\uFF1A${types2.join("\u3001")}\u3002`,
          `Unknown ${tag} ${quote(value)}${guess ? `; did you mean ${guess}?` : "."} Allowed: ${types2.join(", ")}.`
        )
      };
    }
    case "oneOf":
    case "anyOf":
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u7684\u5199\u6CD5\u4E0D\u7B26\u5408\u4EFB\u4F55\u4E00\u79CD\u5141\u8BB8\u7684\u5F62\u5F0F\u3002${desc ? `\u8981\u6C42\uFF1A${desc}\u3002` : ""}`,
          `${at.en} matches none of the allowed forms.${desc ? ` (${desc})` : ""}`
        )
      };
    default: {
      const zh = [{ ...e }];
      const en = [{ ...e }];
      localize.zh(zh);
      localize.en(en);
      return {
        path: e.instancePath,
        message: text(`${at.zh}${zh[0]?.message ?? ""}`, `${at.en} ${en[0]?.message ?? ""}`)
      };
    }
  }
}

// scripts/core/repository/load-file.ts
function parseFile(file, place, bytes, limits) {
  const parsed = parseYamlFile(file, bytes, limits);
  const outcome = { file, place, problems: parsed.problems };
  if (parsed.source !== void 0 && parsed.problems.length > 0) outcome.source = parsed.source;
  if (place.kind === "misplaced") {
    outcome.problems.push({
      rule: "layout/misplaced",
      severity: "error",
      message: place.why,
      file,
      path: ""
    });
    return { outcome };
  }
  if (parsed.data === void 0) return { outcome };
  const data = parsed.data;
  const expected = place.kind;
  if (data.kind !== expected && ["unit", "system", "application", "delivery"].includes(String(data.kind))) {
    outcome.problems.push({
      rule: "layout/kind",
      severity: "error",
      message: text(
        `\u8FD9\u4E2A\u4F4D\u7F6E\u5E94\u662F ${expected} \u6587\u6863\uFF0C\u6587\u4EF6\u5374\u5199\u7740 kind: ${String(data.kind)}\u3002${expected === "application" ? "\u7CFB\u7EDF\u76EE\u5F55\u4E0B\u9664 system.yaml \u5916\u90FD\u662F\u7533\u8BF7\u6587\u4EF6\u3002" : `\u6587\u4EF6\u540D ${expected}.yaml \u53EA\u7528\u4E8E${expected === "unit" ? "\u5355\u4F4D\u767B\u8BB0" : "\u7CFB\u7EDF\u767B\u8BB0"}\u3002`}\u8BF7\u628A\u6587\u4EF6\u79FB\u5230\u6B63\u786E\u4F4D\u7F6E\u6216\u6539\u6B63 kind\u3002`,
        `A ${expected} document belongs here, but the file says kind: ${String(data.kind)}. Move the file or correct its kind.`
      ),
      file,
      path: "/kind"
    });
    return { outcome };
  }
  return { outcome, pending: { place, data } };
}
function parseRead(file, place, result, limits) {
  if ("bytes" in result) return parseFile(file, place, result.bytes, limits);
  const problem3 = "refused" in result ? refusalProblem(file, result.refused) : tooLargeProblem(file, result.tooLarge, limits.maxBytes);
  return { outcome: { file, place, problems: [problem3] } };
}
var kindNames = {
  symlink: text("\u7B26\u53F7\u94FE\u63A5", "a symbolic link"),
  directory: text("\u76EE\u5F55", "a directory"),
  fifo: text("\u547D\u540D\u7BA1\u9053\uFF08FIFO\uFF09", "a named pipe (FIFO)"),
  socket: text("\u5957\u63A5\u5B57", "a socket"),
  device: text("\u8BBE\u5907\u6587\u4EF6", "a device file"),
  other: text("\u7279\u6B8A\u6587\u4EF6", "a special file")
};
function refusalProblem(file, refusal) {
  const { kind, at } = refusal;
  const name2 = kindNames[kind];
  const self = at === file;
  const zhWhere = self ? `${file} \u662F${name2.zh}` : `${file} \u6240\u5728\u7684\u76EE\u5F55 ${at} \u662F${name2.zh}`;
  const enWhere = self ? `${file} is ${name2.en}` : `The folder ${at} holding ${file} is ${name2.en}`;
  if (kind === "symlink") {
    return fileProblem(
      file,
      "load/symlink",
      text(
        `${zhWhere}\u3002\u6821\u9A8C\u4ECE\u4E0D\u8DDF\u968F\u7B26\u53F7\u94FE\u63A5\uFF08\u5B83\u53EF\u80FD\u6307\u5411\u4ED3\u5E93\u5916\u7684\u6587\u4EF6\u6216\u8BBE\u5907\uFF09\uFF0C\u4ED3\u5E93\u91CC\u7684\u7533\u8BF7\u3001\u76EE\u5F55\u90FD\u5FC5\u987B\u662F\u666E\u901A\u6587\u4EF6\u548C\u666E\u901A\u76EE\u5F55\u3002\u8BF7\u628A\u7B26\u53F7\u94FE\u63A5\u6362\u6210\u666E\u901A${self ? "\u6587\u4EF6\u6216\u76EE\u5F55\uFF08\u628A\u5185\u5BB9\u590D\u5236\u8FDB\u6765\uFF09" : "\u76EE\u5F55"}\uFF0C\u6216\u5220\u9664\u5B83\u3002`,
        `${enWhere}. Validation never follows symbolic links (they can point outside the repository or to a device); applications and their folders must be plain files and folders. Replace the link with a plain ${self ? "file or folder (copy the content in)" : "folder"}, or delete it.`
      )
    );
  }
  if (kind === "directory") {
    return fileProblem(
      file,
      "load/special-file",
      text(
        `${zhWhere}\uFF0C\u8FD9\u91CC\u5E94\u662F\u4E00\u4E2A YAML \u6587\u4EF6\u3002\u8BF7\u628A\u5B83\u6362\u6210\u666E\u901A\u6587\u4EF6\uFF0C\u6216\u5220\u9664\u5B83\u3002`,
        `${enWhere} where a YAML file is expected. Replace it with a plain file, or delete it.`
      )
    );
  }
  return fileProblem(
    file,
    "load/special-file",
    text(
      `${zhWhere}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF0C\u6821\u9A8C\u4E0D\u8BFB\u5B83\u3002\u4ED3\u5E93\u91CC\u53EA\u653E\u666E\u901A\u7684\u6587\u672C\u6587\u4EF6\uFF1A\u8BF7\u5220\u9664\u5B83${self ? "\uFF0C\u6216\u6362\u6210\u666E\u901A\u6587\u4EF6" : "\uFF0C\u6216\u6362\u6210\u666E\u901A\u76EE\u5F55"}\u3002`,
      `${enWhere}, not a plain file, and validation does not read it. The repository holds plain text files only: delete it${self ? " or replace it with a plain file" : " or replace it with a plain folder"}.`
    )
  );
}
function profileOf(data, known, defaultProfile) {
  return typeof data.profile === "string" && known(data.profile) ? data.profile : defaultProfile;
}
function headerOf(file, profile, data) {
  return {
    file,
    profile,
    ...typeof data.type === "string" ? { type: data.type } : {},
    ...typeof data.unit === "string" ? { unit: data.unit } : {},
    ...typeof data.system === "string" ? { system: data.system } : {},
    ...Number.isInteger(data.sequence) ? { sequence: data.sequence } : {}
  };
}
function checkFile(parsed, profile, catalog, schema2) {
  const { outcome, pending } = parsed;
  if (!pending) return outcome;
  const { place, data } = pending;
  const file = outcome.file;
  if (place.kind === "application") outcome.header = headerOf(file, profile, data);
  if (!catalog || !schema2) throw new Error(`profile ${profile} \u6CA1\u6709\u670D\u52A1\u76EE\u5F55\u6216\u6CA1\u6709\u767B\u8BB0`);
  const schemaProblems = SchemaValidator.for(catalog, schema2).validate(place.kind, file, data);
  outcome.problems.push(...schemaProblems);
  if (schemaProblems.length === 0) outcome.data = data;
  return outcome;
}
function cleanOutcome(file, place, data, profile) {
  if (place.kind === "misplaced") throw new Error(`${file}\uFF1A\u4F4D\u7F6E\u4E0D\u5BF9\u7684\u6587\u4EF6\u4E0D\u4F1A\u6CA1\u6709\u95EE\u9898`);
  const outcome = { file, place, problems: [] };
  if (place.kind === "application") outcome.header = headerOf(file, profile, data);
  outcome.data = data;
  return outcome;
}

// scripts/core/repository/load.ts
function filesFor(fs, scope) {
  if (scope.kind === "all") return walkEntries(fs, requestsDir);
  const set = /* @__PURE__ */ new Set();
  const refused = [];
  const unitDirs = fs.list(requestsDir).filter((e) => e.dir);
  for (const u2 of unitDirs) {
    const p = `${requestsDir}/${u2.name}/unit.yaml`;
    if (fs.exists(p)) set.add(p);
  }
  const systemDirs = /* @__PURE__ */ new Set();
  const unitsTouched = /* @__PURE__ */ new Set();
  for (const file of scope.files) {
    const refusal = fs.refusal(file);
    if (refusal) {
      refused.push({ path: file, kind: refusal.kind, ...refusal.at !== file ? { at: refusal.at } : {} });
      continue;
    }
    const place = classify(file);
    if (place.kind === "ignored") continue;
    if (fs.exists(file)) set.add(file);
    if (place.kind === "system" || place.kind === "application" || place.kind === "delivery") {
      systemDirs.add(`${requestsDir}/${place.unit}/${place.system}`);
      unitsTouched.add(place.unit);
    }
  }
  for (const unit of unitsTouched)
    for (const s of fs.list(`${requestsDir}/${unit}`).filter((e) => e.dir && e.name !== "attachments"))
      systemDirs.add(`${requestsDir}/${unit}/${s.name}`);
  for (const dir of systemDirs) {
    for (const e of fs.list(dir)) if (!e.dir) set.add(`${dir}/${e.name}`);
    for (const e of fs.list(`${dir}/deliveries`)) if (!e.dir) set.add(`${dir}/deliveries/${e.name}`);
  }
  return { files: [...set].sort(), refused };
}
var parallelDefaults = {
  threshold: 5e3,
  batchSize: 500,
  mainHelps: true,
  stallTimeoutMs: 12e4
};
function countingFs(fs, threshold, onReached) {
  let count = 0;
  return {
    readFile: (path) => fs.readFile(path),
    read: (path, maxBytes) => fs.read(path, maxBytes),
    refusal: (path) => fs.refusal(path),
    exists: (path) => fs.exists(path),
    list: (dir) => {
      const entries = fs.list(dir);
      if (count < threshold) {
        for (const e of entries) if (!e.dir) count++;
        if (count >= threshold) onReached();
      }
      return entries;
    }
  };
}
function loadRepository(fs, scope, options) {
  const repo = {
    profile: "",
    units: /* @__PURE__ */ new Map(),
    systems: /* @__PURE__ */ new Map(),
    applications: /* @__PURE__ */ new Map(),
    deliveries: /* @__PURE__ */ new Map(),
    headers: /* @__PURE__ */ new Map(),
    sources: /* @__PURE__ */ new Map(),
    problems: [],
    fileCount: 0
  };
  const limits = options.limits ?? defaultLimits;
  const catalogMemo = /* @__PURE__ */ new Map();
  const catalogOf = (profile) => {
    if (catalogMemo.has(profile)) return catalogMemo.get(profile);
    const catalog = options.catalogs(profile);
    catalogMemo.set(profile, catalog);
    return catalog;
  };
  const config = readRepositoryConfig(fs, options.profiles);
  repo.profile = config.profile;
  repo.problems.push(...config.problems);
  const defaultProfile = config.profile;
  const profileById = (id) => findProfile(options.profiles, id);
  const known = (profile) => profileById(profile) !== void 0 && catalogOf(profile) !== void 0;
  const finish = (parsed) => {
    if (!parsed.pending) return parsed.outcome;
    const profile = profileOf(parsed.pending.data, known, defaultProfile);
    return checkFile(parsed, profile, catalogOf(profile), profileById(profile)?.schema);
  };
  const parallel = { ...parallelDefaults, ...options.parallel };
  const loader = options.parallelLoader;
  const workers = loader ? parallel.workers ?? loader.workers : 1;
  let pool;
  const startPool = () => {
    if (pool) return pool;
    const catalogs = [];
    try {
      const catalog = catalogOf(defaultProfile);
      if (catalog) catalogs.push([defaultProfile, catalog]);
    } catch {
    }
    pool = loader.start({
      fs,
      limits,
      defaultProfile,
      catalogs,
      workers
    });
    return pool;
  };
  try {
    const listing = workers > 1 && scope.kind === "all" ? countingFs(fs, parallel.threshold, startPool) : fs;
    const files2 = [];
    const places = [];
    const listed = filesFor(listing, scope);
    for (const file of listed.files) {
      const place = classify(file);
      if (place.kind === "ignored") continue;
      files2.push(file);
      places.push(place);
    }
    for (const { path, kind, at } of listed.refused)
      repo.problems.push(refusalProblem(path, { kind, at: at ?? path }));
    repo.fileCount = files2.length + listed.refused.length;
    if (files2.length >= parallel.threshold && workers > 1) {
      startPool().run(
        {
          files: files2,
          read: (file) => fs.read(file, limits.maxBytes),
          batchSize: parallel.batchSize,
          mainHelps: parallel.mainHelps,
          stallTimeoutMs: parallel.stallTimeoutMs
        },
        (i) => {
          const file = files2[i];
          return parseRead(file, places[i], fs.read(file, limits.maxBytes), limits);
        },
        (i, result) => {
          if ("parsed" in result) mergeOutcome(repo, finish(result.parsed));
          else {
            const profile = profileOf(result.data, known, defaultProfile);
            mergeOutcome(
              repo,
              cleanOutcome(files2[i], places[i], result.data, profile)
            );
          }
        }
      );
    } else {
      for (let i = 0; i < files2.length; i++) {
        const file = files2[i];
        const parsed = parseRead(file, places[i], fs.read(file, limits.maxBytes), limits);
        mergeOutcome(repo, finish(parsed));
      }
    }
  } finally {
    pool?.close();
  }
  for (const list3 of repo.deliveries.values()) list3.sort((a, b) => a.data.application - b.data.application);
  for (const list3 of repo.applications.values())
    list3.sort((a, b) => a.data.sequence - b.data.sequence || (a.file < b.file ? -1 : 1));
  return repo;
}
function mergeOutcome(repo, outcome) {
  const { file, place, problems, source, header: header3, data } = outcome;
  if (source !== void 0) repo.sources.set(file, source);
  for (const p of problems) repo.problems.push(p);
  if (place.kind === "misplaced") return;
  const key = place.kind === "unit" ? "" : systemKey(place.unit, place.system);
  if (header3) {
    const list3 = repo.headers.get(key);
    if (list3) list3.push(header3);
    else repo.headers.set(key, [header3]);
  }
  if (data === void 0) return;
  if (place.kind === "unit") repo.units.set(place.unit, { file, data });
  else if (place.kind === "system") repo.systems.set(key, { file, data });
  else if (place.kind === "delivery") {
    const list3 = repo.deliveries.get(key);
    const entry2 = { file, data };
    if (list3) list3.push(entry2);
    else repo.deliveries.set(key, [entry2]);
  } else {
    const list3 = repo.applications.get(key);
    const entry2 = { file, data };
    if (list3) list3.push(entry2);
    else repo.applications.set(key, [entry2]);
  }
}

// scripts/core/calendar/provisional.ts
function provisionalCalendarMessage(years) {
  const y = years.join("\u3001");
  const yEn = years.join(", ");
  return text(
    `\u8FD9\u91CC\u7684\u5DE5\u4F5C\u65E5\u8BA1\u7B97\u7528\u5230\u4E86 ${y} \u5E74\u7684\u6682\u5B9A\u65E5\u5386\uFF1A\u56FD\u52A1\u9662\u529E\u516C\u5385\u7684 ${y} \u5E74\u653E\u5047\u5B89\u6392\u5C1A\u672A\u5BFC\u5165\uFF0C\u6682\u6309\u300A\u5168\u56FD\u5E74\u8282\u53CA\u7EAA\u5FF5\u65E5\u653E\u5047\u529E\u6CD5\u300B\u7684\u6CD5\u5B9A\u8282\u65E5\u63A8\u7B97\uFF08\u6CA1\u6709\u8C03\u4F11\u4E0A\u73ED\u65E5\uFF09\uFF0C\u7ED3\u679C\u53EF\u80FD\u5DEE\u4E00\u4E24\u4E2A\u5DE5\u4F5C\u65E5\u3002\u6B63\u5F0F\u901A\u77E5\u516C\u5E03\u540E\uFF0C\u8FD0\u884C npx govcloud calendar import <\u901A\u77E5.txt> \u5BFC\u5165\uFF08\u89C1 docs/calendar.md\uFF09\u3002`,
    `Working days here use the provisional calendar of ${yEn}: the State Council's holiday arrangement for ${yEn} has not been imported yet, so the statutory holidays are used without make-up working days, and results may be off by a working day or two. When the notice is published, import it with npx govcloud calendar import <notice.txt> (see docs/calendar.md).`
  );
}

// scripts/core/calendar/workdays.ts
import yaml4 from "js-yaml";

// scripts/core/calendar/statutory.ts
import chineseDays from "chinese-days";
var provisionalYears = { first: 1901, last: 2100 };
var pad = (n) => String(n).padStart(2, "0");
var iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
var DAY = 864e5;
var shift = (date, n) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
var weekday = (date) => (/* @__PURE__ */ new Date(`${date}T00:00:00Z`)).getUTCDay();
var isWeekend = (date) => weekday(date) === 0 || weekday(date) === 6;
function lunar(year, month, day2) {
  let offset = 0;
  for (let y = 1900; y < year; y++) offset += lunarYearLength(y);
  const leap = chineseDays.getYearLeapMonth(year);
  for (let m = 1; m < month; m++) {
    offset += chineseDays.monthDays(year, m);
    if (m === leap.leapMonth) offset += leap.days;
  }
  return shift(LUNAR_EPOCH, offset + day2 - 1);
}
var LUNAR_EPOCH = "1900-01-31";
var yearLengths = /* @__PURE__ */ new Map();
function lunarYearLength(year) {
  let days = yearLengths.get(year);
  if (days === void 0) {
    days = chineseDays.getYearLeapMonth(year).days;
    for (let m = 1; m <= 12; m++) days += chineseDays.monthDays(year, m);
    yearLengths.set(year, days);
  }
  return days;
}
function qingming(year) {
  const printed = chineseDays.getSolarTermDate(year, 4, "pure_brightness");
  const next = new Date(Date.parse(`${printed}T00:00:00Z`) + DAY);
  return next.getDate() !== next.getUTCDate() ? shift(printed, 1) : printed;
}
function statutoryDays(year) {
  const newYear = lunar(year, 1, 1);
  const day2 = (date, zh, en, detail) => ({
    date,
    name: detail ? text(`${zh}\uFF08${detail.zh}\uFF09`, `${en} (${detail.en})`) : text(zh, en),
    festival: text(zh, en),
    kind: "statutory"
  });
  return [
    day2(iso(year, 1, 1), "\u5143\u65E6", "New Year's Day"),
    day2(shift(newYear, -1), "\u6625\u8282", "Spring Festival", text("\u9664\u5915", "New Year's Eve")),
    day2(newYear, "\u6625\u8282", "Spring Festival", text("\u6B63\u6708\u521D\u4E00", "1st day")),
    day2(shift(newYear, 1), "\u6625\u8282", "Spring Festival", text("\u6B63\u6708\u521D\u4E8C", "2nd day")),
    day2(shift(newYear, 2), "\u6625\u8282", "Spring Festival", text("\u6B63\u6708\u521D\u4E09", "3rd day")),
    day2(qingming(year), "\u6E05\u660E\u8282", "Tomb-sweeping Day"),
    day2(iso(year, 5, 1), "\u52B3\u52A8\u8282", "Labour Day"),
    day2(iso(year, 5, 2), "\u52B3\u52A8\u8282", "Labour Day"),
    day2(lunar(year, 5, 5), "\u7AEF\u5348\u8282", "Dragon Boat Festival"),
    day2(lunar(year, 8, 15), "\u4E2D\u79CB\u8282", "Mid-autumn Festival"),
    day2(iso(year, 10, 1), "\u56FD\u5E86\u8282", "National Day"),
    day2(iso(year, 10, 2), "\u56FD\u5E86\u8282", "National Day"),
    day2(iso(year, 10, 3), "\u56FD\u5E86\u8282", "National Day")
  ].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}
function provisionalHolidays(year) {
  const days = statutoryDays(year);
  const off = new Set(days.map((d) => d.date));
  const seen = /* @__PURE__ */ new Set();
  const inLieu = [];
  for (const d of days) {
    const lost = isWeekend(d.date) || seen.has(d.date);
    seen.add(d.date);
    if (!lost) continue;
    let next = shift(d.date, 1);
    while (isWeekend(next) || off.has(next)) next = shift(next, 1);
    off.add(next);
    inLieu.push({
      date: next,
      name: text(`${d.festival.zh}\u8865\u4F11`, `${d.festival.en}, day in lieu`),
      festival: d.festival,
      kind: "in-lieu"
    });
  }
  const unique = /* @__PURE__ */ new Map();
  for (const d of [...days, ...inLieu]) if (!unique.has(d.date)) unique.set(d.date, d);
  return [...unique.values()].sort((a, b) => a.date < b.date ? -1 : 1);
}

// scripts/core/calendar/workdays.ts
var CalendarRangeError = class extends Error {
  constructor(date, years) {
    super(
      `\u5DE5\u4F5C\u65E5\u65E5\u5386\u7B97\u4E0D\u51FA ${date.slice(0, 4)} \u5E74\uFF1Achinese-days \u7684\u519C\u5386\u6570\u636E\u53EA\u8986\u76D6 ${provisionalYears.first}\u2013${provisionalYears.last} \u5E74\uFF0C\u65E0\u6CD5\u6309\u6CD5\u5F8B\u63A8\u7B97\u3002\u8BF7\u5728 catalog/calendar/cn.yaml \u4E2D\u8865\u4E0A\u8BE5\u5E74\u7684\u653E\u5047\u4E0E\u8C03\u4F11\u5B89\u6392\u3002`
    );
    this.date = date;
    this.years = years;
  }
  date;
  years;
};
var DAY2 = 864e5;
var isoPattern = /^\d{4}-\d{2}-\d{2}$/;
function toDay(date) {
  if (!isoPattern.test(date)) throw new RangeError(`\u65E5\u671F\u683C\u5F0F\u5E94\u4E3A YYYY-MM-DD\uFF1A${date}`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date)
    throw new RangeError(`\u4E0D\u5B58\u5728\u7684\u65E5\u671F\uFF1A${date}`);
  return t / DAY2;
}
var fromDay = (day2) => new Date(day2 * DAY2).toISOString().slice(0, 10);
var addDays = (date, n) => fromDay(toDay(date) + n);
var weekdayOf = (date) => ((toDay(date) + 4) % 7 + 7) % 7;
var isWeekend2 = (date) => {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
};
function addMonths(date, months) {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
var WORK = 1;
var PROVISIONAL = 2;
var WorkdayCalendar = class {
  special = /* @__PURE__ */ new Map();
  packageYears;
  overrideYears;
  /** 有正式数据（package 或 override）的年份，升序 */
  years;
  notices;
  /** 结果缓存：一次运行中反复问同样的日期（每份变更申请都要“申请日前 5 个工作日”）。WORK | PROVISIONAL 位。 */
  workdayCache = /* @__PURE__ */ new Map();
  beforeCache = /* @__PURE__ */ new Map();
  provisionalCache = /* @__PURE__ */ new Map();
  /** track() 正在收集的临时年份（嵌套时每一层都收到） */
  trackers = [];
  /** 一层数据（视为 package），或 package 与 override 两层。 */
  constructor(data) {
    const layers = "package" in data ? data : { package: data };
    const override = layers.override ?? { years: [], holidays: [], workdays: [] };
    this.packageYears = new Set(layers.package.years);
    this.overrideYears = new Set(override.years);
    this.years = [.../* @__PURE__ */ new Set([...layers.package.years, ...override.years])].sort((a, b) => a - b);
    this.notices = layers.notices ?? {};
    const add2 = (layer, source, skipYears) => {
      for (const [dates, work] of [
        [layer.holidays, false],
        [layer.workdays, true]
      ])
        for (const date of dates) {
          if (skipYears.has(Number(date.slice(0, 4)))) continue;
          const name2 = layer.names?.[date];
          this.special.set(date, { work, source, ...name2 ? { name: name2 } : {} });
        }
    };
    add2(layers.package, "package", this.overrideYears);
    add2(override, "override", /* @__PURE__ */ new Set());
  }
  /** 这一年的日子按什么算；超出农历数据范围的年份抛出 CalendarRangeError。 */
  yearSource(year, date) {
    if (this.overrideYears.has(year)) return "override";
    if (this.packageYears.has(year)) return "package";
    if (year >= provisionalYears.first && year <= provisionalYears.last) return "provisional";
    throw new CalendarRangeError(date, this.years);
  }
  /** 年份有正式的放假安排（chinese-days 或 cn.yaml）。 */
  covers(date) {
    const year = Number(date.slice(0, 4));
    return this.packageYears.has(year) || this.overrideYears.has(year);
  }
  /** 这一年没有正式安排，按法律推算（临时日历）。 */
  isProvisionalYear(year) {
    return Number.isInteger(year) && !this.packageYears.has(year) && !this.overrideYears.has(year) && year >= provisionalYears.first && year <= provisionalYears.last;
  }
  /** 这一年整体的依据（列出的个别日子可能另有来源，见 sourceOf）；超出农历数据范围时抛出 CalendarRangeError。 */
  sourceOfYear(year) {
    return this.yearSource(year, `${year}-01-01`);
  }
  /** 这一天的依据：cn.yaml 或 chinese-days 列出的日子按列出者，其余按所在年份。 */
  sourceOf(date) {
    toDay(date);
    return this.special.get(date)?.source ?? this.yearSource(Number(date.slice(0, 4)), date);
  }
  provisionalDays(year) {
    let days = this.provisionalCache.get(year);
    if (!days) {
      days = new Map(provisionalHolidays(year).map((d) => [d.date, d.name]));
      this.provisionalCache.set(year, days);
    }
    return days;
  }
  /** 一天的详情（显示用；不进 track）。 */
  describe(date) {
    toDay(date);
    const special2 = this.special.get(date);
    if (special2)
      return {
        date,
        work: special2.work,
        source: special2.source,
        special: special2.work ? "makeup" : "holiday",
        ...special2.name ? { name: special2.name } : {}
      };
    const year = Number(date.slice(0, 4));
    const source = this.yearSource(year, date);
    const name2 = source === "provisional" ? this.provisionalDays(year).get(date) : void 0;
    if (name2) return { date, work: false, source, special: "holiday", name: name2 };
    return { date, work: !isWeekend2(date), source };
  }
  note(date) {
    const year = Number(date.slice(0, 4));
    for (const t of this.trackers) t.add(year);
  }
  isWorkday(date) {
    const cached = this.workdayCache.get(date);
    if (cached !== void 0) {
      if (cached & PROVISIONAL && this.trackers.length > 0) this.note(date);
      return (cached & WORK) !== 0;
    }
    const info = this.describe(date);
    const provisional = info.source === "provisional";
    this.workdayCache.set(date, (info.work ? WORK : 0) | (provisional ? PROVISIONAL : 0));
    if (provisional) this.note(date);
    return info.work;
  }
  /**
   * 运行 fn（同步），并返回其间查询过的临时年份（升序）：从缓存得到的答案也算，嵌套的 track 各自都能看到。
   * 调用方据此给时限附上 calendar/provisional 警告。
   */
  track(fn) {
    const years = /* @__PURE__ */ new Set();
    this.trackers.push(years);
    try {
      const value = fn();
      return { value, provisional: [...years].sort((a, b) => a - b) };
    } finally {
      this.trackers.splice(this.trackers.lastIndexOf(years), 1);
    }
  }
  /** date 之后第 n 个工作日（date 当天不算）；n 为 0 时返回 date 本身。 */
  addWorkdays(date, n) {
    let day2 = toDay(date);
    let left = n;
    while (left > 0) {
      day2++;
      if (this.isWorkday(fromDay(day2))) left--;
    }
    return fromDay(day2);
  }
  /** 截至 end 之前（不含 end）的最近 n 个工作日，按时间先后。“近 5 个工作日”即申请日之前的 5 个。 */
  workdaysBefore(end, n) {
    const key = `${end}|${n}`;
    const cached = this.beforeCache.get(key);
    if (cached) {
      for (const year of cached.provisional) for (const t of this.trackers) t.add(year);
      return [...cached.days];
    }
    const { value: days, provisional } = this.track(() => {
      const out = [];
      let day2 = toDay(end);
      while (out.length < n) {
        day2--;
        const d = fromDay(day2);
        if (this.isWorkday(d)) out.unshift(d);
      }
      return out;
    });
    this.beforeCache.set(key, { days, provisional });
    return [...days];
  }
  /** (from, to] 之间的工作日数：from 当天不算，to 当天算。to 早于 from 时为负。 */
  workdaysBetween(from, to) {
    if (to < from) return -this.workdaysBetween(to, from);
    let count = 0;
    for (let day2 = toDay(from) + 1; day2 <= toDay(to); day2++) if (this.isWorkday(fromDay(day2))) count++;
    return count;
  }
};
var calendarFromData = (layers) => new WorkdayCalendar(layers);
var list2 = (value) => Array.isArray(value) ? value : [];
function overrideData(file) {
  const years = list2(file?.years).filter((y) => Number.isInteger(y));
  const dates = (v) => list2(v).map(String).filter((d) => isoPattern.test(d));
  const notices = {};
  if (file?.notices && typeof file.notices === "object") {
    for (const [y, n] of Object.entries(file.notices)) if (typeof n === "string") notices[Number(y)] = n;
  }
  return { data: { years, holidays: dates(file?.holidays), workdays: dates(file?.workdays) }, notices };
}
function packageName(value) {
  const [en, zh] = value.split(",");
  return en && zh ? text(zh, en) : void 0;
}
function calendarLayers(sources) {
  const names2 = {};
  for (const [date, value] of [...Object.entries(sources.holidays), ...Object.entries(sources.workdays)]) {
    const name2 = packageName(value);
    if (name2) names2[date] = name2;
  }
  const file = yaml4.load(sources.override, { schema: yaml4.JSON_SCHEMA });
  const override = overrideData(file);
  return {
    package: {
      years: sources.years,
      holidays: Object.keys(sources.holidays),
      workdays: Object.keys(sources.workdays),
      names: names2
    },
    override: override.data,
    notices: override.notices
  };
}

// scripts/core/rules/engine.ts
function runRules(repo, histories, options) {
  const systems = /* @__PURE__ */ new Map();
  const byUnit = /* @__PURE__ */ new Map();
  for (const [key, s] of repo.systems) {
    const unitDir = key.split("/")[0];
    const v = {
      key,
      unitDir,
      system: s.data,
      current: histories.get(key).current
    };
    systems.set(key, v);
    byUnit.set(unitDir, [...byUnit.get(unitDir) ?? [], v]);
  }
  const view = { systems, byUnit };
  const problems = [];
  for (const [key, apps] of repo.applications) {
    const [unitDir, systemDir] = key.split("/");
    const unit = repo.units.get(unitDir);
    const system = repo.systems.get(systemKey(unitDir, systemDir));
    const history = histories.get(key);
    if (!unit || !system || !history) continue;
    const loaded = new Set(apps.map((a) => a.file));
    const broken = (repo.headers.get(key) ?? []).filter((h) => !loaded.has(h.file));
    for (const { file, data: application } of apps) {
      if (options.targets && !options.targets.has(file)) continue;
      const historyComplete = !broken.some((h) => h.sequence === void 0 || h.sequence < application.sequence) && (repo.headers.get(key) ?? []).filter((h) => h.sequence === application.sequence).length <= 1;
      const catalog = options.catalogs(application.profile);
      if (!catalog) continue;
      const ctx = {
        application,
        file,
        unitDir,
        systemKey: key,
        unit: unit.data,
        system: system.data,
        before: history.before.get(application.sequence) ?? history.current,
        historyComplete,
        repository: view,
        catalog,
        calendar: options.calendar,
        today: options.today,
        pending: options.pending?.has(file) ?? false,
        ...options.metrics ? { metrics: options.metrics } : {}
      };
      const { provisional } = options.calendar.track(
        () => problems.push(...checkApplication(options.rulesFor(application.profile), ctx))
      );
      if (provisional.length > 0)
        problems.push({
          rule: "calendar/provisional",
          severity: "warning",
          message: provisionalCalendarMessage(provisional),
          file,
          path: "/date"
        });
    }
  }
  return problems;
}
function checkApplication(rules, ctx) {
  const { application, file } = ctx;
  const problems = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(application.type)) continue;
    try {
      for (const f of rule.check(ctx)) {
        problems.push({
          rule: rule.id,
          severity: f.severity ?? rule.severity,
          message: f.message,
          file,
          path: f.path,
          ...f.atKey ? { atKey: true } : {},
          citation: f.citation ?? rule.citation
        });
      }
    } catch (error) {
      if (error instanceof CalendarRangeError) {
        problems.push({
          rule: "calendar/unknown-year",
          severity: "error",
          message: text(
            error.message,
            `The working-day calendar cannot compute the year of ${error.date}. Add that year's holidays to catalog/calendar/cn.yaml.`
          ),
          file,
          path: "/date"
        });
        continue;
      }
      throw new Error(`\u89C4\u5219 ${rule.id} \u68C0\u67E5 ${file} \u65F6\u51FA\u9519\uFF1A${error.message}`, { cause: error });
    }
  }
  return problems;
}

// scripts/core/state/fold.ts
var emptyState = { resources: /* @__PURE__ */ new Map(), revoked: /* @__PURE__ */ new Map(), ports: [], applied: [] };
function portKey(rule) {
  const ports = Array.isArray(rule.ports) ? [...rule.ports].sort((a, b) => a - b).join(",") : String(rule.ports ?? "");
  return `${rule.source}|${rule.destination}|${rule.protocol}|${ports}`;
}
var configOf = (r) => {
  const { id: _id, service: _service, purpose: _purpose, remark: _remark, consultation: _c, ...config } = r;
  return config;
};
function periodEnd(start, period) {
  return "months" in period ? addMonths(start, period.months) : addDays(start, period.weeks * 7);
}
function apply(state, app) {
  const resources = new Map(state.resources);
  const revoked = new Map(state.revoked);
  let ports = [...state.ports];
  switch (app.type) {
    case "new":
    case "test":
      for (const r of app.resources) {
        resources.set(r.id, {
          id: r.id,
          service: r.service,
          ...r.purpose !== void 0 ? { purpose: r.purpose } : {},
          config: configOf(r),
          kind: app.type === "test" ? "test" : "production",
          createdBy: app.sequence,
          changedBy: [],
          instances: [],
          ...app.type === "test" ? { test: { period: app.test.period, renewedMonths: 0 } } : {}
        });
      }
      break;
    case "change":
      for (const c of app.changes) {
        const r = resources.get(c.resource);
        if (!r) continue;
        resources.set(c.resource, {
          ...r,
          config: { ...r.config, ...c.after },
          changedBy: [...r.changedBy, app.sequence]
        });
      }
      break;
    case "revoke":
      for (const rv of app.revocations) {
        const r = resources.get(rv.resource);
        if (!r) continue;
        resources.delete(rv.resource);
        revoked.set(rv.resource, { resource: r, revokedBy: app.sequence });
      }
      {
        const gone = /* @__PURE__ */ new Set();
        for (const rv of app.revocations) {
          const r = revoked.get(rv.resource)?.resource;
          if (!r) continue;
          gone.add(r.id);
          for (const i of r.instances) for (const ip of [i.ip, i.floatingIp]) if (ip) gone.add(ip);
        }
        ports = ports.filter((p) => !gone.has(p.rule.destination));
      }
      break;
    case "ports":
      for (const rule of app.ports.rules ?? []) {
        const key = portKey(rule);
        if (app.ports.business === "open") {
          if (!ports.some((p) => portKey(p.rule) === key)) ports.push({ rule, openedBy: app.sequence });
        } else ports = ports.filter((p) => portKey(p.rule) !== key);
      }
      break;
    case "test-renewal":
      for (const rn of app.renewals) {
        const r = resources.get(rn.resource);
        if (!r?.test) continue;
        resources.set(rn.resource, {
          ...r,
          test: {
            ...r.test,
            renewedMonths: r.test.renewedMonths + rn.months,
            ...r.test.expiresOn ? { expiresOn: addMonths(r.test.expiresOn, rn.months) } : {}
          }
        });
      }
      break;
  }
  return { resources, revoked, ports, applied: [...state.applied, app.sequence] };
}
function deliver(state, app, delivery) {
  const resources = new Map(state.resources);
  const revoked = new Map(state.revoked);
  const byId2 = new Map((delivery.resources ?? []).map((r) => [r.id, r]));
  const touched = app.type === "new" || app.type === "test" ? app.resources.map((r) => r.id) : app.type === "change" ? app.changes.map((c) => c.resource) : [...byId2.keys()];
  for (const id of touched) {
    const r = resources.get(id);
    if (!r) continue;
    const d = byId2.get(id);
    const first = r.deliveredOn === void 0 && (app.type === "new" || app.type === "test");
    const next = {
      ...r,
      ...first ? { deliveredOn: delivery.date } : {},
      ...d?.instances ? { instances: d.instances } : {},
      ...d?.config ? { config: { ...r.config, ...d.config } } : {}
    };
    if (first && next.test) {
      const base = periodEnd(delivery.date, next.test.period);
      next.test = {
        ...next.test,
        expiresOn: next.test.renewedMonths ? addMonths(base, next.test.renewedMonths) : base
      };
    }
    resources.set(id, next);
  }
  if (app.type === "revoke") {
    for (const rv of app.revocations) {
      const r = revoked.get(rv.resource);
      if (r) revoked.set(rv.resource, { ...r, revokedOn: delivery.date });
    }
  }
  return { ...state, resources, revoked };
}
function foldSystem(applications, deliveries) {
  const deliveriesBySeq = new Map(deliveries.map((d) => [d.data.application, d.data]));
  const before = /* @__PURE__ */ new Map();
  let state = emptyState;
  for (const { data: app } of [...applications].sort((a, b) => a.data.sequence - b.data.sequence)) {
    if (!before.has(app.sequence)) before.set(app.sequence, state);
    state = apply(state, app);
    const d = deliveriesBySeq.get(app.sequence);
    if (d) state = deliver(state, app, d);
  }
  return { before, current: state };
}

// scripts/core/state/histories.ts
function buildHistories(repo) {
  const histories = /* @__PURE__ */ new Map();
  for (const key of repo.systems.keys())
    histories.set(key, foldSystem(repo.applications.get(key) ?? [], repo.deliveries.get(key) ?? []));
  return histories;
}

// scripts/core/validate.ts
function sourcesOf(fs, known) {
  const cache3 = new Map(known);
  return {
    get(file) {
      if (!cache3.has(file)) {
        let source;
        try {
          source = decodeUtf8(file, fs.readFile(file)).source;
        } catch {
          source = void 0;
        }
        cache3.set(file, source);
      }
      return cache3.get(file);
    }
  };
}
function validate(options) {
  const catalogs = options.catalogs;
  const repo = loadRepository(options.fs, options.scope, {
    catalogs,
    profiles: options.profiles,
    ...options.parallelLoader ? { parallelLoader: options.parallelLoader } : {}
  });
  const scope = options.scope;
  const targets = scope.kind === "all" ? void 0 : new Set(scope.files);
  const histories = buildHistories(repo);
  const problems = [
    ...repo.problems,
    ...checkConsistency(repo, options.fs),
    ...runRules(repo, histories, {
      catalogs,
      rulesFor: (id) => findProfile(options.profiles, id)?.rules ?? [],
      calendar: options.calendar,
      today: options.today,
      ...targets ? { targets } : {},
      ...options.pending ?? targets ? { pending: options.pending ?? targets } : {},
      ...options.metrics ? { metrics: options.metrics } : {}
    })
  ];
  const inScope = targets ? (file) => targets.has(file) : () => true;
  const sources = sourcesOf(options.fs, repo.sources);
  const findings = toFindings(
    problems.filter((p) => inScope(p.file)),
    sources,
    options.lang
  );
  return { findings, repo, histories, sources };
}
function toFindings(problems, sources, lang) {
  const positions = /* @__PURE__ */ new Map();
  const positionsFor = (file) => {
    if (!positions.has(file)) {
      const source = sources.get(file);
      positions.set(file, source === void 0 ? null : new SourcePositions(source));
    }
    return positions.get(file) ?? null;
  };
  return sortFindings(
    problems.map((p) => {
      let { line: line2, column } = p;
      if (line2 === void 0 || column === void 0) {
        const located = positionsFor(p.file)?.locate(p.path, p.atKey) ?? { line: 1, column: 1 };
        line2 = located.line;
        column = located.column;
      }
      return {
        rule: p.rule,
        severity: p.severity,
        message: p.message[lang],
        file: p.file,
        line: line2,
        column,
        path: p.path,
        ...p.citation ? { citation: p.citation } : {}
      };
    })
  );
}

// scripts/core/forms/source.ts
var pad2 = (n) => String(n).padStart(4, "0");
function formsForFile(fs, file, options) {
  if (!fs.exists(file)) return { ok: false, reason: "not-found", file };
  const place = classify(file);
  if (place.kind !== "application" && place.kind !== "unit") return { ok: false, reason: "not-a-form", file };
  const { findings, repo, histories } = validate({
    fs,
    scope: { kind: "all" },
    lang: "zh",
    today: options.today,
    catalogs: options.catalogs,
    profiles: options.profiles,
    calendar: options.calendar,
    ...options.parallelLoader ? { parallelLoader: options.parallelLoader } : {}
  });
  const related = /* @__PURE__ */ new Set([file, `${requestsDir}/${place.unit}/unit.yaml`]);
  if (place.kind === "application") related.add(`${requestsDir}/${place.unit}/${place.system}/system.yaml`);
  const errors = findings.filter((f) => f.severity === "error" && related.has(f.file));
  if (errors.length > 0) return { ok: false, reason: "invalid", file, findings: errors };
  const unit = repo.units.get(place.unit)?.data;
  if (!unit) return { ok: false, reason: "invalid", file, findings: [] };
  if (place.kind === "unit") {
    const supervisor = unit.supervisor ? repo.units.get(unit.supervisor)?.data : void 0;
    const profile2 = findProfile(options.profiles, unit.profile);
    const docs2 = profile2?.forms.forUnit({ unit, ...supervisor ? { supervisor } : {} }, options.agent) ?? [];
    if (options.agent !== void 0 && docs2.length === 0)
      return {
        ok: false,
        reason: "no-agent",
        file,
        agent: options.agent,
        agents: unit.agents.map((a) => a.github)
      };
    return {
      ok: true,
      forms: docs2.map((d) => ({ fileName: `${place.unit}-${d.name}-${d.variant}`, document: d }))
    };
  }
  const key = systemKey(place.unit, place.system);
  const system = repo.systems.get(key)?.data;
  const loaded = repo.applications.get(key)?.find((a) => a.file === file);
  const history = histories.get(key);
  const catalog = loaded ? options.catalogs(loaded.data.profile) : void 0;
  const profile = loaded ? findProfile(options.profiles, loaded.data.profile) : void 0;
  if (!system || !loaded || !history || !catalog || !profile)
    return { ok: false, reason: "invalid", file, findings: [] };
  const application = loaded.data;
  const before = history.before.get(application.sequence) ?? history.current;
  const docs = profile.forms.forApplication({ application, unit, system, before, catalog });
  const base = `${place.unit}-${place.system}-${pad2(application.sequence)}`;
  return { ok: true, forms: docs.map((d) => ({ fileName: `${base}-${d.name}`, document: d })) };
}

// scripts/core/report/summary.ts
var tierNames = { sata: "\u666E\u901AIO", sas: "\u9AD8IO", ssd: "\u8D85\u9AD8IO" };
function describeConfig(c) {
  const parts = [];
  if (c.vcpu !== void 0 && c.memoryGB !== void 0) parts.push(`${c.vcpu}\u6838${c.memoryGB}GB`);
  else if (c.vcpu !== void 0) parts.push(`${c.vcpu} vCPU`);
  if (c.gpus !== void 0) parts.push(`${c.gpus} \u5757\u52A0\u901F\u5361`);
  if (c.systemDisk)
    parts.push(`\u7CFB\u7EDF\u76D8 ${c.systemDisk.sizeGB}GB ${tierNames[c.systemDisk.tier] ?? c.systemDisk.tier}`);
  for (const d of c.dataDisks ?? []) parts.push(`\u6570\u636E\u76D8 ${d.sizeGB}GB ${tierNames[d.tier] ?? d.tier}`);
  if (c.capacityGB !== void 0)
    parts.push(`${c.capacityGB}GB${c.tier ? ` ${tierNames[c.tier] ?? c.tier}` : ""}`);
  if (c.edition !== void 0) parts.push({ single: "\u5355\u673A\u7248", ha: "\u4E3B\u5907\u7248", cluster: "\u96C6\u7FA4\u7248" }[c.edition]);
  if (c.sizeGB !== void 0) parts.push(`${c.sizeGB}GB`);
  if (c.base !== void 0 || c.increments !== void 0)
    parts.push(`\u57FA\u7840\u5305 ${c.base ?? 0} \u4E2A\u3001\u589E\u91CF\u5305 ${c.increments ?? 0} \u4E2A`);
  if (c.connections !== void 0) parts.push(`${c.connections} \u8FDE\u63A5`);
  if (c.assets !== void 0) parts.push(`${c.assets} \u8D44\u4EA7`);
  if (c.bandwidthMbps !== void 0 && c.base === void 0) parts.push(`${c.bandwidthMbps}Mbps`);
  if (c.dailyGB !== void 0) parts.push(`${c.dailyGB}GB/\u5929`);
  if (c.network !== void 0) parts.push(c.network === "public" ? "\u516C\u7F51IP" : "\u653F\u52A1\u5916\u7F51IP");
  if (c.bindTo !== void 0) parts.push(`\u7ED1\u5B9A ${c.bindTo}`);
  if (c.ips !== void 0) parts.push(`${c.ips} \u4E2A\u79C1\u7F51 IP`);
  return parts.join("\uFF0C");
}
var withConfig = (c) => describeConfig(c) ? `\uFF08${describeConfig(c)}\uFF09` : "";
var sized = (c) => describeConfig(c) ? `${quantityOf(c)} \xD7 ${describeConfig(c)}` : `\u6570\u91CF ${quantityOf(c)}`;
var quantityOf = (c) => c.quantity ?? 1;
var unitOf = (service, catalog) => ["ecs", "bms", "cce-node"].includes(service) ? "\u53F0" : catalog.serviceById.get(service)?.shape === "count" ? "\u4E2A" : "\u9879";
var nameOf = (service, catalog) => catalog.serviceById.get(service)?.name ?? service;
function changedFields(before, after) {
  const out = [];
  const num2 = (label3, a, b, unit) => {
    if (a !== b && b !== void 0) out.push(`${label3} ${a ?? "\u2014"}\u2192${b}${unit}`);
  };
  num2("vCPU", before.vcpu, after.vcpu, " \u6838");
  num2("\u5185\u5B58", before.memoryGB, after.memoryGB, " GB");
  num2("\u5BB9\u91CF", before.capacityGB, after.capacityGB, " GB");
  num2("\u7F13\u5B58", before.sizeGB, after.sizeGB, " GB");
  num2("\u589E\u91CF\u5305", before.increments, after.increments, " \u4E2A");
  num2("\u8FDE\u63A5\u6570", before.connections, after.connections, "");
  num2("\u8D44\u4EA7\u6570", before.assets, after.assets, "");
  num2("\u6570\u91CF", before.quantity, after.quantity, "");
  const disks = (c) => (c.dataDisks ?? []).map((d) => `${d.sizeGB}GB`).join("+") || "\u65E0";
  if (after.dataDisks !== void 0 && disks(before) !== disks(after))
    out.push(`\u6570\u636E\u76D8 ${disks(before)}\u2192${disks(after)}`);
  return out.join("\uFF0C") || "\u914D\u7F6E\u4E0D\u53D8";
}
function summarize(app, before, catalog) {
  switch (app.type) {
    case "new":
    case "test": {
      const prefix = app.type === "test" ? "\u65B0\u589E\u6D4B\u8BD5\u8D44\u6E90" : "\u65B0\u589E";
      const period = app.type === "test" ? `\uFF0C\u4F7F\u7528\u671F\u9650 ${"months" in app.test.period ? `${app.test.period.months} \u4E2A\u6708` : `${app.test.period.weeks} \u5468`}` : "";
      return app.resources.map(
        (r) => `${prefix} ${quantityOf(r)} ${unitOf(r.service, catalog)}${nameOf(r.service, catalog)} ${r.id}${withConfig(r)}${r.purpose ? `\uFF1A${r.purpose}` : ""}${period}`
      );
    }
    case "change":
      return app.changes.map((c) => {
        const current = before.resources.get(c.resource);
        const svc = current ? nameOf(current.service, catalog) : "\u8D44\u6E90";
        const n = current ? quantityOf(current.config) : 1;
        return `\u53D8\u66F4${svc} ${c.resource}${n > 1 ? `\uFF08${n} ${unitOf(current?.service ?? "", catalog)}\uFF09` : ""}\uFF1A${changedFields({ ...current?.config ?? {}, ...c.before }, c.after)}${app.shutdown?.required ? `\uFF0C\u9700\u5173\u673A\uFF08${app.shutdown.date ?? "\u65E5\u671F\u5F85\u5B9A"}\uFF09` : ""}`;
      });
    case "revoke":
      return app.revocations.map((rv) => {
        const current = before.resources.get(rv.resource);
        const what = current ? `${nameOf(current.service, catalog)} ${rv.resource}\uFF08${quantityOf(current.config)} ${unitOf(current.service, catalog)}${describeConfig(current.config) ? `\uFF0C${describeConfig(current.config)}` : ""}\uFF09` : rv.resource;
        const data = { "backed-up": "\u6570\u636E\u5DF2\u5907\u4EFD", "not-needed": "\u6570\u636E\u65E0\u9700\u5907\u4EFD", "no-data": "\u4E0D\u6D89\u53CA\u6570\u636E" }[rv.dataBackup];
        return `\u64A4\u9500${what}\uFF0C${data}${rv.keep?.length ? `\uFF0C\u4FDD\u7559 ${rv.keep.join("\u3001")}` : ""}`;
      });
    case "ports": {
      const verb = app.ports.business === "open" ? "\u5F00\u653E" : "\u5173\u95ED";
      const rules = (app.ports.rules ?? []).map((r) => {
        const ports = Array.isArray(r.ports) ? r.ports.join("\u3001") : r.ports ?? "\u5168\u90E8\u7AEF\u53E3";
        const src = r.source.toLowerCase() === "any" ? "\u4EFB\u610F\u5730\u5740" : r.source;
        return `${verb} ${r.protocol.toUpperCase()} ${ports} \u81F3 ${r.destination}\uFF08\u6765\u6E90 ${src}\uFF0C${app.ports.network === "public" ? "\u653F\u52A1\u516C\u5171\u7F51" : "\u653F\u52A1\u529E\u516C\u7F51"}\uFF09`;
      });
      const ips = (app.ports.ipRequests ?? []).map(
        (ip) => `\u7533\u8BF7 ${ip.quantity} \u4E2A${{ virtual: "\u653F\u52A1\u4E91\u865A\u62DFIP", elastic: "\u653F\u52A1\u4E91\u5F39\u6027IP", public: "\u516C\u7F51IP" }[ip.type]}${ip.bindTo ? `\uFF0C\u7ED1\u5B9A ${ip.bindTo}` : ""}`
      );
      return [...rules, ...ips];
    }
    case "test-renewal":
      return app.renewals.map((rn) => {
        const expires = before.resources.get(rn.resource)?.test?.expiresOn;
        return `\u6D4B\u8BD5\u8D44\u6E90 ${rn.resource} \u7EED\u671F ${rn.months} \u4E2A\u6708${expires ? `\uFF08\u5230\u671F\u65E5 ${expires} \u2192 ${addMonths(expires, rn.months)}\uFF09` : ""}`;
      });
  }
}
function changeRows(app, before, catalog) {
  const row = (id, r, service, b, a) => ({
    resource: id,
    service: nameOf(r?.service ?? service, catalog),
    before: b,
    after: a
  });
  switch (app.type) {
    case "new":
    case "test":
      return app.resources.map((r) => row(r.id, void 0, r.service, "\u2014", sized(r)));
    case "change":
      return app.changes.map((c) => {
        const r = before.resources.get(c.resource);
        const cur = r?.config ?? c.before;
        return row(c.resource, r, "", sized(cur), sized({ ...cur, ...c.after }));
      });
    case "revoke":
      return app.revocations.map((rv) => {
        const r = before.resources.get(rv.resource);
        return row(rv.resource, r, "", r ? sized(r.config) : "\u2014", "\u64A4\u9500");
      });
    case "ports":
      return (app.ports.rules ?? []).map((p) => {
        const ports = Array.isArray(p.ports) ? p.ports.join("\u3001") : String(p.ports ?? "\u5168\u90E8");
        const rule = `${p.source} \u2192 ${p.protocol.toUpperCase()} ${ports}`;
        return app.ports.business === "open" ? { resource: p.destination, service: "\u7AEF\u53E3\u7B56\u7565", before: "\u2014", after: rule } : { resource: p.destination, service: "\u7AEF\u53E3\u7B56\u7565", before: rule, after: "\u5173\u95ED" };
      });
    case "test-renewal":
      return app.renewals.map((rn) => {
        const r = before.resources.get(rn.resource);
        const expires = r?.test?.expiresOn;
        return row(
          rn.resource,
          r,
          "",
          expires ? `\u5230\u671F ${expires}` : "\u672A\u4EA4\u4ED8",
          expires ? `\u5230\u671F ${addMonths(expires, rn.months)}` : `\u7EED\u671F ${rn.months} \u4E2A\u6708`
        );
      });
  }
}

// scripts/core/provision/types.ts
var pulumiTypes = {
  "security-group": "openstack:networking/secGroup:SecGroup",
  "security-group-rule": "openstack:networking/secGroupRule:SecGroupRule",
  port: "openstack:networking/port:Port",
  volume: "openstack:blockstorage/volume:Volume",
  instance: "openstack:compute/instance:Instance",
  "volume-attachment": "openstack:compute/volumeAttach:VolumeAttach",
  "floating-ip": "openstack:networking/floatingIp:FloatingIp",
  "floating-ip-association": "openstack:networking/floatingIpAssociate:FloatingIpAssociate",
  container: "openstack:objectstorage/container:Container",
  share: "openstack:sharedfilesystem/share:Share",
  "load-balancer": "openstack:loadbalancer/loadBalancer:LoadBalancer",
  listener: "openstack:loadbalancer/listener:Listener",
  pool: "openstack:loadbalancer/pool:Pool",
  network: "openstack:networking/network:Network",
  subnet: "openstack:networking/subnet:Subnet"
};

// scripts/core/provision/naming.ts
var pulumiProject = "govcloud";
var stackName = (unit, system) => `${unit}.${system}`;
function parseStackName(stack) {
  const last = stack.split("/").pop() ?? stack;
  const m = /^([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)$/.exec(last);
  return m ? { unit: m[1], system: m[2] } : void 0;
}
var urnFor = (stack, spec) => `urn:pulumi:${stack}::${pulumiProject}::${pulumiTypes[spec.kind]}::${spec.name}`;
function parseUrn(urn) {
  const m = /^urn:pulumi:([^:]+)::([^:]+)::(.+)::([^:]+)$/.exec(urn);
  if (!m) return void 0;
  const type = m[3].split("$").pop();
  return { stack: m[1], project: m[2], type, name: m[4] };
}
var flavorName = (vcpu, memoryGB) => `c${vcpu}m${memoryGB}`;
var addressSlug = (address) => address.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

// scripts/core/provision/services/common.ts
var internalGroup = "system-internal";
var quantityOf2 = (r) => r.config.quantity ?? 1;
var range = (n) => Array.from({ length: n }, (_, i) => i + 1);
var holdsData = (catalog, r) => catalog.serviceById.get(r.service)?.holdsData === true;

// scripts/core/provision/services/ecs.ts
var ecs = {
  service: "ecs",
  kinds: ["security-group", "volume", "port", "instance", "volume-attachment"],
  delivers: "instance",
  internal: true,
  securityGroups: (r) => [`${r.id}-sg`],
  bindTarget: (r, n) => ({ port: `${r.id}-${n}-port` }),
  attachTarget: (r, n) => `${r.id}-${n}`,
  specs(r, ctx, out) {
    const group = `${r.id}-sg`;
    const defaultSystemDisk = ctx.catalog.profile.granularity.systemDiskGB.default;
    out.specs.push({
      kind: "security-group",
      name: group,
      resource: r.id,
      protect: false,
      description: `govcloud: ${r.id}`
    });
    for (const n of range(quantityOf2(r))) {
      const inst = `${r.id}-${n}`;
      const system = `${inst}-system`;
      const port = `${inst}-port`;
      out.specs.push({
        kind: "volume",
        name: system,
        resource: r.id,
        protect: true,
        role: "system",
        sizeGB: r.config.systemDisk?.sizeGB ?? defaultSystemDisk,
        tier: r.config.systemDisk?.tier ?? "sata",
        fromImage: true
      });
      out.specs.push({
        kind: "port",
        name: port,
        resource: r.id,
        protect: false,
        instance: inst,
        network: ctx.network,
        securityGroups: [group, internalGroup]
      });
      out.specs.push({
        kind: "instance",
        name: inst,
        resource: r.id,
        protect: holdsData(ctx.catalog, r),
        flavor: flavorName(r.config.vcpu ?? 0, r.config.memoryGB ?? 0),
        vcpu: r.config.vcpu ?? 0,
        memoryGB: r.config.memoryGB ?? 0,
        systemVolume: system,
        port,
        test: r.kind === "test",
        index: n
      });
      for (const [i, d] of (r.config.dataDisks ?? []).entries()) {
        const disk3 = `${inst}-data-${i + 1}`;
        out.specs.push({
          kind: "volume",
          name: disk3,
          resource: r.id,
          protect: true,
          role: "data",
          sizeGB: d.sizeGB,
          tier: d.tier,
          fromImage: false
        });
        out.specs.push({
          kind: "volume-attachment",
          name: `${disk3}-attach`,
          resource: r.id,
          protect: false,
          instance: inst,
          volume: disk3
        });
      }
    }
  }
};

// scripts/core/provision/services/eip.ts
var bindRefusal = (r, target, bindable, n) => {
  const q = quantityOf2(r);
  if (!target)
    return text(
      `\u5F39\u6027IP ${r.id} \u7ED1\u5B9A\u7684 ${r.config.bindTo} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u3002\u8BF7\u6539\u6B63 bindTo\uFF0C\u6216\u4E00\u5E76\u64A4\u9500\u8FD9\u4E2A\u5F39\u6027IP\u3002`,
      `Elastic IP ${r.id} binds to ${r.config.bindTo}, which is not in service in this system.`
    );
  if (!bindable)
    return text(
      `\u5F39\u6027IP ${r.id} \u7ED1\u5B9A\u5230 ${target.id}\uFF08${target.service}\uFF09\uFF1A\u53EA\u80FD\u7ED1\u5B9A\u4E91\u4E3B\u673A\u6216\u8D1F\u8F7D\u5747\u8861\u3002`,
      `Elastic IP ${r.id} binds to ${target.id} (${target.service}): only hosts and load balancers can be bound.`
    );
  return text(
    `\u5F39\u6027IP ${r.id} \u6709 ${q} \u4E2A\uFF0C\u4E00\u5BF9\u4E00\u7ED1\u5B9A\u5230 ${target.id}\uFF08${quantityOf2(target)} \u53F0\uFF09\uFF1A\u7B2C ${n} \u4E2A\u6CA1\u6709\u5BF9\u5E94\u7684\u5B9E\u4F8B\u3002\u8BF7\u51CF\u5C11\u5F39\u6027IP \u6570\u91CF\uFF0C\u6216\u589E\u52A0\u4E3B\u673A\u53F0\u6570\u3002`,
    `Elastic IP ${r.id} has ${q} addresses bound one-to-one to ${target.id} (${quantityOf2(target)}): address ${n} has no target.`
  );
};
var eip = {
  service: "eip",
  kinds: ["floating-ip", "floating-ip-association"],
  delivers: "floating-ip",
  specs(r, ctx, out) {
    const pool = r.config.network === "public" ? `public-${r.config.carrier ?? "telecom"}` : "govnet";
    const target = r.config.bindTo ? ctx.state.resources.get(r.config.bindTo) : void 0;
    const bindTarget = target ? ctx.entry(target.service)?.bindTarget : void 0;
    for (const n of range(quantityOf2(r))) {
      const fip = `${r.id}-${n}`;
      out.specs.push({ kind: "floating-ip", name: fip, resource: r.id, protect: false, pool, index: n });
      if (!r.config.bindTo) continue;
      if (!target || !bindTarget || quantityOf2(target) < n) {
        out.refusals.push({
          code: "bind-target",
          resource: r.id,
          message: bindRefusal(r, target, bindTarget !== void 0, n)
        });
        continue;
      }
      out.specs.push({
        kind: "floating-ip-association",
        name: `${fip}-assoc`,
        resource: r.id,
        protect: false,
        floatingIp: fip,
        target: bindTarget(target, n)
      });
    }
  }
};

// scripts/core/provision/services/elb.ts
var elb = {
  service: "elb",
  kinds: ["security-group", "load-balancer", "listener", "pool"],
  delivers: "load-balancer",
  internal: true,
  securityGroups: (r) => [`${r.id}-sg`],
  bindTarget: (r, n) => ({ loadBalancer: `${r.id}-${n}` }),
  specs(r, ctx, out) {
    const group = `${r.id}-sg`;
    out.specs.push({
      kind: "security-group",
      name: group,
      resource: r.id,
      protect: false,
      description: `govcloud: ${r.id}`
    });
    for (const n of range(quantityOf2(r)))
      out.specs.push({
        kind: "load-balancer",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: false,
        network: ctx.network,
        securityGroups: [group, internalGroup],
        index: n
      });
  },
  portRuleSpecs(r, rule, claim) {
    const protocol = rule.protocol === "udp" ? "UDP" : "TCP";
    return range(quantityOf2(r)).flatMap((n) => {
      const listener = `${r.id}-${n}-${rule.protocol}-${rule.port}`;
      if (!claim(listener)) return [];
      return [
        {
          kind: "listener",
          name: listener,
          resource: r.id,
          protect: false,
          loadBalancer: `${r.id}-${n}`,
          protocol,
          port: rule.port
        },
        { kind: "pool", name: `${listener}-pool`, resource: r.id, protect: false, listener, protocol }
      ];
    });
  }
};

// scripts/core/provision/services/evs.ts
var evs = {
  service: "evs",
  kinds: ["volume", "volume-attachment"],
  delivers: "volume",
  specs(r, ctx, out) {
    const q = quantityOf2(r);
    const target = r.config.attachTo ? ctx.state.resources.get(r.config.attachTo) : void 0;
    for (const n of range(q)) {
      const disk3 = `${r.id}-${n}`;
      out.specs.push({
        kind: "volume",
        name: disk3,
        resource: r.id,
        protect: true,
        role: "data",
        sizeGB: r.config.capacityGB ?? 0,
        tier: r.config.tier ?? "sata",
        fromImage: false
      });
      if (!r.config.attachTo) continue;
      if (!target) {
        out.notes.push({
          resource: r.id,
          message: text(
            `\u4E91\u786C\u76D8 ${r.id} \u6302\u8F7D\u7684 ${r.config.attachTo} \u5DF2\u4E0D\u5728\u7528\uFF08\u64A4\u9500\u65F6\u4FDD\u7559\u4E86\u8FD9\u5757\u76D8\uFF09\uFF1A\u53EA\u4FDD\u7559\u5377\uFF0C\u4E0D\u6302\u8F7D\u3002`,
            `Disk ${r.id} was attached to ${r.config.attachTo}, which is no longer in service (kept on revocation): the volume stays, detached.`
          )
        });
        continue;
      }
      const attachTarget = ctx.entry(target.service)?.attachTarget;
      if (!attachTarget || !ctx.openstack(target)) {
        out.refusals.push({
          code: "attach-target",
          resource: r.id,
          message: text(
            `\u4E91\u786C\u76D8 ${r.id} \u6302\u8F7D\u5230 ${target.id}\uFF08${target.service}\uFF09\uFF0C\u5B83\u4E0D\u662F\u7531 OpenStack \u521B\u5EFA\u7684\u4E91\u4E3B\u673A\uFF0C\u65E0\u6CD5\u6302\u8F7D\u3002\u8BF7\u6539\u4E3A\u6302\u8F7D\u5230\u4E91\u4E3B\u673A\uFF0C\u6216\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u4EBA\u5DE5\u6302\u8F7D\u5E76\u5728\u5907\u6CE8\u4E2D\u8BF4\u660E\u3002`,
            `Disk ${r.id} attaches to ${target.id} (${target.service}), which is not an OpenStack host.`
          )
        });
        continue;
      }
      if (quantityOf2(target) < n) {
        out.refusals.push({
          code: "attach-target",
          resource: r.id,
          message: text(
            `\u4E91\u786C\u76D8 ${r.id} \u6709 ${q} \u5757\uFF0C\u6309\u53F0\u6302\u8F7D\u5230 ${target.id}\uFF08${quantityOf2(target)} \u53F0\uFF09\uFF1A\u7B2C ${n} \u5757\u6CA1\u6709\u5BF9\u5E94\u7684\u4E3B\u673A\u3002\u8BF7\u628A\u4E91\u786C\u76D8\u6570\u91CF\u6539\u4E3A\u4E0D\u8D85\u8FC7\u4E3B\u673A\u53F0\u6570\u3002`,
            `Disk ${r.id} has ${q} volumes attached one per host of ${target.id} (${quantityOf2(target)} hosts): volume ${n} has no host.`
          )
        });
        continue;
      }
      out.specs.push({
        kind: "volume-attachment",
        name: `${disk3}-attach`,
        resource: r.id,
        protect: false,
        instance: attachTarget(target, n),
        volume: disk3
      });
    }
  }
};

// scripts/core/provision/services/obs.ts
var obs = {
  service: "obs",
  kinds: ["container"],
  delivers: "container",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf2(r)))
      out.specs.push({
        kind: "container",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: true,
        quotaGB: r.config.capacityGB ?? 0,
        index: n
      });
  }
};

// scripts/core/provision/services/security-group.ts
var groups = (r) => range(quantityOf2(r)).map((n) => `${r.id}-${n}`);
var securityGroup = {
  service: "security-group",
  kinds: ["security-group"],
  delivers: "security-group",
  securityGroups: groups,
  specs(r, _ctx, out) {
    for (const name2 of groups(r))
      out.specs.push({
        kind: "security-group",
        name: name2,
        resource: r.id,
        protect: false,
        description: `govcloud: ${r.id}`
      });
  }
};

// scripts/core/provision/services/sfs.ts
var sfs = {
  service: "sfs",
  kinds: ["share"],
  delivers: "share",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf2(r)))
      out.specs.push({
        kind: "share",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: true,
        sizeGB: r.config.capacityGB ?? 0,
        protocol: "NFS",
        index: n
      });
  }
};

// scripts/core/provision/services/subnet.ts
function prefixLength(ips) {
  for (let p = 29; p >= 16; p--) if (2 ** (32 - p) - 5 >= ips) return p;
  return 16;
}
var subnet = {
  service: "subnet",
  kinds: ["subnet"],
  delivers: "subnet",
  specs(r, ctx, out) {
    for (const n of range(quantityOf2(r)))
      out.specs.push({
        kind: "subnet",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: false,
        network: ctx.vpcNetwork ?? { kind: "site" },
        prefixLength: prefixLength(r.config.ips ?? 1),
        ips: r.config.ips ?? 1
      });
  }
};

// scripts/core/provision/services/vpc.ts
var vpc = {
  service: "vpc",
  kinds: ["network"],
  delivers: "network",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf2(r)))
      out.specs.push({ kind: "network", name: `${r.id}-${n}`, resource: r.id, protect: false, index: n });
  }
};

// scripts/core/provision/services/registry.ts
var serviceEntries = new Map(
  [ecs, evs, obs, sfs, eip, securityGroup, elb, vpc, subnet].map((e) => [e.service, e])
);

// scripts/core/forms/common.ts
var line = (text2) => ({ text: text2 });
var cell = (...texts) => ({
  lines: texts.filter((t) => t !== void 0 && t !== "").map(line)
});
var cellOf = (lines) => ({ lines });
var label2 = (...texts) => ({ lines: texts.map(line), label: true });
var choice = (text2, checked) => ({ label: text2, checked });
var choicesLine = (choices, text2, after) => ({
  ...text2 !== void 0 ? { text: text2 } : {},
  choices,
  ...after !== void 0 ? { after } : {}
});
function formatDate(date) {
  if (!date) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${m[1]}\u5E74${Number(m[2])}\u6708${Number(m[3])}\u65E5`;
}
function serviceOf(catalog, id) {
  return catalog.serviceById.get(id);
}
function serviceName(catalog, id) {
  return serviceOf(catalog, id)?.name ?? id;
}
function countUnit(catalog, serviceId) {
  const service = serviceOf(catalog, serviceId);
  if (service?.shape === "compute") return "\u53F0";
  for (const item of catalog.items) {
    if (item.service !== serviceId) continue;
    if (/\d|GB|TB|vCPU|连接/.test(item.unit) || item.unit === "\u6309\u9700\u7533\u8BF7") continue;
    return item.unit;
  }
  if (service?.id === "private-ip" || service?.id === "subnet") return "\u4E2A";
  return "";
}
var tierLabel = (catalog, tier) => catalog.profile.diskTiers.find((t) => t.id === tier)?.label ?? tier;
var diskText = (catalog, disk3) => `${disk3.sizeGB}GB\uFF08${tierLabel(catalog, disk3.tier)}\uFF09`;
var editionLabel = (service, edition) => service?.cache?.find((e) => e.id === edition)?.label ?? edition;
var eipNetwork = { public: "\u516C\u7F51IP", govnet: "\u653F\u52A1\u5916\u7F51IP" };
var carriers = { telecom: "\u7535\u4FE1", unicom: "\u8054\u901A", mobile: "\u79FB\u52A8" };
var sslUsage = { ops: "\u8FD0\u7EF4", business: "\u4E1A\u52A1" };
function configLines(catalog, serviceId, config, form, refName = (id) => id) {
  const service = serviceOf(catalog, serviceId);
  const out = [];
  const compute = () => {
    if (config.vcpu !== void 0) out.push(`vCPU\uFF1A${config.vcpu}\u6838`);
    if (config.memoryGB !== void 0) out.push(`\u5185\u5B58\uFF1A${config.memoryGB}GB`);
    if (config.gpus !== void 0) out.push(`\u52A0\u901F\u5361\uFF1A${config.gpus}\u5757`);
    if (config.systemDisk) out.push(`\u7CFB\u7EDF\u76D8\uFF1A${diskText(catalog, config.systemDisk)}`);
    if (config.dataDisks && config.dataDisks.length > 0)
      for (const d of config.dataDisks) out.push(`\u6570\u636E\u76D8\uFF1A${diskText(catalog, d)}`);
    else if (form === "new") out.push("\u6570\u636E\u76D8\uFF1A\u65E0");
  };
  switch (service?.shape) {
    case "compute":
      compute();
      break;
    case "capacity":
      if (config.capacityGB !== void 0)
        out.push(
          `\u5BB9\u91CF\uFF1A${config.capacityGB}GB${config.tier ? `\uFF08${tierLabel(catalog, config.tier)}\uFF09` : ""}`
        );
      if (config.attachTo !== void 0) out.push(`\u6302\u8F7D\u5230\uFF1A${refName(config.attachTo)}`);
      break;
    case "vcpu":
      if (config.vcpu !== void 0)
        out.push(form === "new" ? `${config.vcpu} vCPU` : `vCPU\uFF1A${config.vcpu}\u6838`);
      break;
    case "cache":
      if (config.edition !== void 0 || config.sizeGB !== void 0)
        out.push(
          [
            config.edition !== void 0 ? editionLabel(service, config.edition) : "",
            config.sizeGB !== void 0 ? `${config.sizeGB}GB` : ""
          ].filter(Boolean).join("\uFF0C")
        );
      break;
    case "package": {
      const pkg = service?.package;
      if (config.base !== void 0) out.push(`\u57FA\u7840\u5305\uFF1A${config.base}\u4E2A`);
      if (config.increments !== void 0 && (config.increments > 0 || form === "change"))
        out.push(`\u589E\u91CF\u5305\uFF1A${config.increments}\u4E2A`);
      if (pkg) {
        const value = config[pkg.measure.field];
        if (typeof value === "number") out.push(`${pkg.measure.label}\uFF1A${value}${pkg.measure.unit}`);
      }
      if (config.domains !== void 0) out.push(`\u4FDD\u62A4\u57DF\u540D\uFF1A${config.domains}\u4E2A`);
      break;
    }
    case "choice": {
      const c = service?.choice;
      if (c) {
        const value = config[c.field];
        if (typeof value === "number")
          out.push(service?.id === "bastion" ? `\u652F\u6301${value}\u8D44\u4EA7\u7BA1\u7406` : `${c.label}\uFF1A${value}${c.unit}`);
      }
      break;
    }
    case "connections":
      if (config.connections !== void 0)
        out.push(
          `SSL VPN\uFF08${config.connections}\u8FDE\u63A5${config.usage ? `\uFF0C${sslUsage[config.usage] ?? config.usage}` : ""}\uFF09`
        );
      break;
    default:
      break;
  }
  switch (serviceId) {
    case "eip":
      if (config.network !== void 0)
        out.push(
          `${eipNetwork[config.network] ?? config.network}${config.carrier ? `\uFF08${carriers[config.carrier] ?? config.carrier}\uFF09` : ""}`
        );
      if (config.bindTo !== void 0) out.push(`\u6620\u5C04\uFF1A${refName(config.bindTo)}`);
      break;
    case "private-ip":
      if (config.ips !== void 0) out.push(`\u7CFB\u7EDF\u5171\u8BA1\u9700\u8981${config.ips}\u4E2A\u653F\u52A1\u4E91\u79C1\u7F51IP`);
      break;
    case "subnet":
      if (config.ips !== void 0) out.push(`\u72EC\u7ACB\u5B50\u7F51\uFF1A\u7CFB\u7EDF\u5171\u9700\u8981${config.ips}\u4E2A\u653F\u52A1\u4E91\u79C1\u7F51IP`);
      break;
    case "vpc":
      if (config.name !== void 0) out.push(`\u72EC\u7ACBVPC\uFF1A${config.name}`);
      break;
    case "vulnerability-scan":
      if (config.timesPerMonth !== void 0) out.push(`\u6BCF\u6708${config.timesPerMonth}\u6B21`);
      break;
    default:
      if (service?.shape === "count" && config.name !== void 0) out.push(config.name);
  }
  if (form === "change" && config.quantity !== void 0 && service?.shape !== "compute")
    out.push(`\u6570\u91CF\uFF1A${config.quantity}${countUnit(catalog, serviceId)}`);
  return out;
}
function quantityText(catalog, serviceId, quantity) {
  return `${quantity ?? 1}${countUnit(catalog, serviceId)}`;
}
function ipsOf(resource) {
  if (!resource) return [];
  const out = [];
  for (const i of resource.instances) {
    if (i.ip) out.push(i.ip);
    if (i.floatingIp) out.push(i.floatingIp);
  }
  return out;
}
function stateResource(state, id) {
  return state.resources.get(id) ?? state.revoked.get(id)?.resource;
}
function environmentChoices(environment) {
  return [
    choice("\u56FD\u4EA7\u73AF\u5883\uFF08ARM\uFF09", environment === "arm"),
    choice("\u975E\u56FD\u4EA7\u73AF\u5883\uFF08X86)", environment === "x86")
  ];
}

// scripts/core/provision/services.ts
var openstackServices = new Set(serviceEntries.keys());
function manualReason(service, serviceId) {
  if (service?.consultation) return "consultation";
  return openstackServices.has(serviceId) ? void 0 : "not-openstack";
}
function packagesOf(catalog, serviceId, config) {
  const service = catalog.serviceById.get(serviceId);
  const items2 = catalog.items.filter((i) => i.service === serviceId);
  const quantity = config.quantity ?? 1;
  if (!service) return [];
  switch (service.shape) {
    case "package": {
      if (!service.package) return [];
      const out = [`${service.package.baseItem} \xD7 ${config.base ?? 1}`];
      if ((config.increments ?? 0) > 0) out.push(`${service.package.incrementItem} \xD7 ${config.increments}`);
      return out;
    }
    case "choice": {
      const field = service.choice?.field;
      const value = field ? config[field] : void 0;
      const option = service.choice?.options.find((o) => o.value === value);
      return option ? [`${option.item} \xD7 ${quantity}`] : [];
    }
    case "cache": {
      const edition = service.cache?.find((e) => e.id === config.edition);
      return edition ? [`${edition.item} \xD7 ${config.sizeGB ?? 0}GB`] : [];
    }
    case "connections": {
      const item = items2.find((i) => i.id.endsWith(`.${config.usage ?? "ops"}`)) ?? items2[0];
      return item ? [`${item.id} \xD7 ${Math.ceil((config.connections ?? 10) / 10)}`] : [];
    }
    case "vcpu":
      return items2[0] ? [`${items2[0].id} \xD7 ${config.vcpu ?? 0} vCPU`] : [];
    case "capacity":
      return items2[0] ? [`${items2[0].id} \xD7 ${config.capacityGB ?? 0}GB`] : [];
    case "compute":
      return items2[0] ? [`${items2[0].id} \xD7 ${quantity}`] : [];
    case "count":
      return items2.length === 1 && items2[0] ? [`${items2[0].id} \xD7 ${quantity}`] : [];
  }
}
function quantityLabel(catalog, serviceId, quantity) {
  const unit = countUnit(catalog, serviceId);
  return unit ? `${quantity ?? 1}${unit}` : quantity !== void 0 && quantity > 1 ? `\xD7 ${quantity}` : "";
}

// scripts/core/provision/desired.ts
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function portRanges(rule) {
  if (rule.protocol === "icmp" || rule.ports === void 0) return [];
  if (typeof rule.ports === "number") return [[rule.ports, rule.ports]];
  if (Array.isArray(rule.ports)) return [...new Set(rule.ports)].sort((a, b) => a - b).map((p) => [p, p]);
  const [from, to] = rule.ports.split("-").map(Number);
  return [[Math.min(from, to), Math.max(from, to)]];
}
var isIpv6 = (s) => s.includes(":");
function specsOf(state, catalog) {
  const out = { specs: [], notes: [], refusals: [] };
  const manual2 = [];
  const resources = [...state.resources.values()].sort(byId);
  const ctx = specContext(state, catalog, resources, out);
  if (resources.some((r) => ctx.entry(r.service)?.internal && ctx.openstack(r))) internalGroupSpecs(out);
  for (const r of resources) {
    const service = catalog.serviceById.get(r.service);
    const reason = manualReason(service, r.service);
    if (reason) {
      manual2.push({
        resource: r.id,
        service: r.service,
        serviceName: service?.name ?? r.service,
        quantity: quantityLabel(catalog, r.service, r.config.quantity),
        config: describeConfig(r.config),
        packages: packagesOf(catalog, r.service, r.config),
        reason
      });
      continue;
    }
    ctx.entry(r.service)?.specs(r, ctx, out);
  }
  portRuleSpecs(state, resources, ctx, out);
  nameCollisions(out);
  return { ...out, manual: manual2 };
}
function specContext(state, catalog, resources, out) {
  const subnets = resources.filter((r) => r.service === "subnet");
  const vpcs = resources.filter((r) => r.service === "vpc");
  const vpcNetwork = vpcs[0] ? `${vpcs[0].id}-1` : void 0;
  let network = { kind: "site" };
  if (subnets.length === 1 && quantityOf2(subnets[0]) === 1) {
    const s = subnets[0];
    network = { kind: "subnet", subnet: `${s.id}-1`, network: vpcNetwork ?? "site" };
  } else if (subnets.length > 0)
    out.notes.push({
      message: text(
        "\u7CFB\u7EDF\u7533\u8BF7\u4E86\u591A\u4E2A\u5B50\u7F51\uFF1A\u4E3B\u673A\u4E0E\u8D1F\u8F7D\u5747\u8861\u653E\u5728\u7AD9\u70B9\u914D\u7F6E\u7684\u7F51\u7EDC\u4E2D\uFF0C\u5B50\u7F51\u7167\u6837\u521B\u5EFA\uFF0C\u8BF7\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u6309\u9700\u8C03\u6574\u3002",
        "The system has several subnets: hosts and load balancers go into the site network; the subnets are still created."
      )
    });
  return {
    state,
    catalog,
    network,
    vpcNetwork,
    openstack: (r) => !manualReason(catalog.serviceById.get(r.service), r.service),
    entry: (service) => serviceEntries.get(service)
  };
}
function internalGroupSpecs(out) {
  out.specs.push({
    kind: "security-group",
    name: internalGroup,
    protect: false,
    description: "govcloud: \u7CFB\u7EDF\u5185\u4E92\u901A"
  });
  out.specs.push({
    kind: "security-group-rule",
    name: `${internalGroup}-in-any-self`,
    protect: false,
    group: internalGroup,
    direction: "ingress",
    ethertype: "IPv4",
    protocol: "any",
    remote: { group: internalGroup }
  });
}
function portRuleSpecs(state, resources, ctx, out) {
  const seen = /* @__PURE__ */ new Set();
  const claim = (name2) => {
    if (seen.has(name2)) return false;
    seen.add(name2);
    return true;
  };
  const groupsOf = (r) => ctx.entry(r.service)?.securityGroups?.(r) ?? [];
  for (const { rule, openedBy } of state.ports) {
    let target = state.resources.get(rule.destination);
    if (!target)
      target = resources.find(
        (r) => r.instances.some((i) => i.ip === rule.destination || i.floatingIp === rule.destination)
      );
    const groups2 = target && ctx.openstack(target) ? groupsOf(target) : [];
    if (!target || groups2.length === 0) {
      out.notes.push(unplacedRule(rule, openedBy, target));
      continue;
    }
    const sourceResource = state.resources.get(rule.source);
    const sourceGroups = sourceResource ? groupsOf(sourceResource) : [];
    const remote = sourceGroups[0] !== void 0 ? { group: sourceGroups[0] } : rule.source === "any" ? { cidr: "0.0.0.0/0" } : {
      cidr: rule.source.includes("/") ? rule.source : `${rule.source}/${isIpv6(rule.source) ? 128 : 32}`
    };
    const sourceSlug = sourceGroups[0] !== void 0 ? rule.source : rule.source === "any" ? "any" : addressSlug(rule.source);
    const ranges = rule.protocol === "icmp" ? [void 0] : portRanges(rule);
    const extra = ctx.entry(target.service)?.portRuleSpecs;
    for (const group of groups2)
      for (const span2 of ranges) {
        const ports = span2 ? span2[0] === span2[1] ? `${span2[0]}` : `${span2[0]}-${span2[1]}` : "";
        const name2 = `${group}-in-${rule.protocol}${ports ? `-${ports}` : ""}-${sourceSlug}`;
        if (!claim(name2)) continue;
        out.specs.push({
          kind: "security-group-rule",
          name: name2,
          resource: target.id,
          protect: false,
          group,
          direction: "ingress",
          ethertype: isIpv6(rule.source) ? "IPv6" : "IPv4",
          protocol: rule.protocol,
          ...span2 ? { portMin: span2[0], portMax: span2[1] } : {},
          remote,
          openedBy
        });
        if (extra && span2 && span2[0] === span2[1] && rule.protocol !== "icmp")
          out.specs.push(...extra(target, { protocol: rule.protocol, port: span2[0] }, claim));
      }
  }
}
function unplacedRule(rule, openedBy, target) {
  return {
    ...target ? { resource: target.id } : {},
    message: target ? text(
      `\u7AEF\u53E3\u7B56\u7565\uFF08\u7533\u8BF7 ${openedBy}\uFF09\u7684\u76EE\u7684 ${rule.destination} \u662F ${target.service}\uFF0C\u6CA1\u6709\u5B89\u5168\u7EC4\uFF1A\u8FD9\u6761\u7B56\u7565\u987B\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u5728\u5BF9\u5E94\u670D\u52A1\u4E0A\u4EBA\u5DE5\u653E\u884C\u3002`,
      `The port rule of application ${openedBy} targets ${rule.destination} (${target.service}), which has no security group: open it by hand.`
    ) : text(
      `\u7AEF\u53E3\u7B56\u7565\uFF08\u7533\u8BF7 ${openedBy}\uFF09\u7684\u76EE\u7684 ${rule.destination} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u8D44\u6E90\u7684\u6807\u8BC6\u6216\u5DF2\u4EA4\u4ED8\u7684 IP\uFF1A\u8FD9\u6761\u7B56\u7565\u6CA1\u6709\u843D\u5230\u5B89\u5168\u7EC4\u3002`,
      `The port rule of application ${openedBy} targets ${rule.destination}, neither a resource in service nor a delivered IP: no security group rule.`
    )
  };
}
function nameCollisions(out) {
  const names2 = /* @__PURE__ */ new Map();
  for (const s of out.specs) {
    const other = names2.get(s.name);
    if (other && other.kind === s.kind)
      out.refusals.push({
        code: "name-collision",
        ...s.resource ? { resource: s.resource } : {},
        message: text(
          `\u903B\u8F91\u540D ${s.name} \u540C\u65F6\u51FA\u81EA ${other.resource ?? "\u7CFB\u7EDF"} \u4E0E ${s.resource ?? "\u7CFB\u7EDF"}\uFF1A\u8BF7\u5728\u65B0\u7684\u7533\u8BF7\u4E2D\u6362\u4E00\u4E2A\u8D44\u6E90\u6807\u8BC6\u3002`,
          `Logical name ${s.name} comes from both ${other.resource ?? "the system"} and ${s.resource ?? "the system"}.`
        )
      });
    names2.set(s.name, s);
  }
}
var sized2 = (s) => s.kind === "volume" || s.kind === "share" ? s.sizeGB : void 0;
function desiredSystem(input) {
  const { catalog, current } = input;
  const stack = stackName(input.unit, input.system);
  const result = specsOf(current, catalog);
  const history = deliveredHistory(input);
  const { releases, released } = releasesOf(current, history, catalog, stack);
  const deliveredSpecs = history.last === void 0 ? [] : specsOf(history.state, catalog).specs;
  const refusals = [
    ...result.refusals,
    ...brokenHistory(input.broken ?? []),
    ...resizeRefusals(result.specs, history),
    ...removalRefusals(deliveredSpecs, result.specs, released, current)
  ];
  const notes = [...result.notes];
  if (history.last === void 0 && result.specs.length > 0)
    notes.push({
      message: text(
        "\u672C\u7CFB\u7EDF\u8FD8\u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF1A\u5168\u90E8\u8D44\u6E90\u90FD\u5C06\u65B0\u5EFA\u3002\u5DF2\u5728\u4E91\u4E0A\u624B\u5DE5\u4EA4\u4ED8\u8FC7\u7684\u8D44\u6E90\u8BF7\u5148 pulumi import\uFF0C\u514D\u5F97\u91CD\u590D\u521B\u5EFA\u3002",
        "No delivery record yet: every resource will be created. Import resources delivered by hand first (pulumi import)."
      )
    });
  return {
    unit: input.unit,
    system: input.system,
    systemName: input.registration.name,
    stack,
    cloud: input.registration.environment,
    services: Object.fromEntries([...current.resources.values()].sort(byId).map((r) => [r.id, r.service])),
    specs: result.specs,
    manual: result.manual,
    releases,
    refusals,
    notes,
    changes: plannedChanges(deliveredSpecs, result.specs, released),
    ...history.last !== void 0 ? { lastDelivered: history.last } : {}
  };
}
function brokenHistory(broken) {
  if (broken.length === 0) return [];
  return [
    {
      code: "broken-history",
      message: text(
        `\u672C\u7CFB\u7EDF\u7684 ${broken.join("\u3001")} \u6709\u52A0\u8F7D\u6216 schema \u9519\u8BEF\uFF0C\u4E0D\u5728\u7CFB\u7EDF\u72B6\u6001\u4E2D\uFF1A\u7F3A\u4E86\u7684\u7533\u8BF7\u4F1A\u88AB\u5F53\u6210\u5220\u9664\uFF0C\u6240\u4EE5\u4E0D\u751F\u6210\u671F\u671B\u72B6\u6001\u3002\u8BF7\u5148\u6539\u6B63\uFF08govcloud validate\uFF09\u3002`,
        `${broken.join(", ")} of this system failed to load or validate: refusing to provision, since a missing application would look like a deletion.`
      )
    }
  ];
}
function deliveredHistory(input) {
  const applications = [...input.applications].sort((a, b) => a.data.sequence - b.data.sequence).map((a) => a.data);
  const deliveryOf = new Map(input.deliveries.map((d) => [d.data.application, d.data]));
  let state = emptyState;
  let last;
  const maxSize = /* @__PURE__ */ new Map();
  const tierOf = /* @__PURE__ */ new Map();
  for (const app of applications) {
    const d = deliveryOf.get(app.sequence);
    if (!d) continue;
    state = deliver(apply(state, app), app, d);
    last = app.sequence;
    for (const s of specsOf(state, input.catalog).specs) {
      const size = sized2(s);
      if (size !== void 0) maxSize.set(s.name, Math.max(maxSize.get(s.name) ?? 0, size));
      if (s.kind === "volume") tierOf.set(s.name, s.tier);
    }
  }
  return {
    applications,
    delivered: new Set(deliveryOf.keys()),
    state,
    ...last !== void 0 ? { last } : {},
    maxSize,
    tierOf
  };
}
function resizeRefusals(specs, history) {
  const lastChange = (resource) => history.applications.filter((a) => a.type === "change" && a.changes.some((c) => c.resource === resource)).pop()?.sequence;
  const refusals = [];
  for (const s of specs) {
    const size = sized2(s);
    const max = history.maxSize.get(s.name);
    const application = lastChange(s.resource);
    const where2 = {
      ...s.resource ? { resource: s.resource } : {},
      ...application !== void 0 ? { application } : {}
    };
    if (size !== void 0 && max !== void 0 && size < max)
      refusals.push({
        code: "shrink",
        ...where2,
        message: text(
          `${s.name} \u4EA4\u4ED8\u65F6\u4E3A ${max} GB\uFF0C\u671F\u671B\u72B6\u6001\u662F ${size} GB\uFF1A\u78C1\u76D8\u548C\u6587\u4EF6\u5B58\u50A8\u53EA\u80FD\u6269\u5BB9\uFF0C\u4E0D\u80FD\u7F29\u5C0F\uFF08\u7F29\u5C0F\u8981\u65B0\u5EFA\u518D\u8FC1\u79FB\u6570\u636E\uFF0C\u53D1\u653E\u4E0D\u4F1A\u66FF\u4F60\u5220\u9664\u6570\u636E\uFF09\u3002\u8BF7\u63D0\u4EA4\u53D8\u66F4\u7533\u8BF7\u628A\u5BB9\u91CF\u6539\u56DE\u4E0D\u5C0F\u4E8E ${max} GB\uFF1B\u786E\u9700\u7F29\u5C0F\u7684\uFF0C\u5148\u65B0\u589E\u4E00\u5757\u5C0F\u76D8\u8FC1\u79FB\u6570\u636E\uFF0C\u518D\u64A4\u9500\u539F\u76D8\u3002`,
          `${s.name} was delivered with ${max} GB; the desired state has ${size} GB. Disks and file shares can only grow. File a change back to at least ${max} GB.`
        )
      });
    const tier = history.tierOf.get(s.name);
    if (s.kind === "volume" && tier !== void 0 && tier !== s.tier)
      refusals.push({
        code: "tier-change",
        ...where2,
        message: text(
          `${s.name} \u4EA4\u4ED8\u65F6\u662F ${tier}\uFF0C\u671F\u671B\u72B6\u6001\u662F ${s.tier}\uFF1A\u6362\u78C1\u76D8\u7C7B\u578B\u8981\u8FC1\u79FB\u6570\u636E\uFF0C\u4E0D\u80FD\u81EA\u52A8\u5B8C\u6210\u3002\u8BF7\u4FDD\u6301\u539F\u7C7B\u578B\uFF1B\u9700\u8981\u66F4\u9AD8 IO \u7684\uFF0C\u65B0\u589E\u4E00\u5757\u76D8\u8FC1\u79FB\u6570\u636E\u540E\u64A4\u9500\u539F\u76D8\u3002`,
          `${s.name} was delivered as ${tier}; the desired state has ${s.tier}. Changing a disk type needs a data migration and is not done automatically.`
        )
      });
  }
  return refusals;
}
function releasesOf(current, history, catalog, stack) {
  const releases = [];
  const released = /* @__PURE__ */ new Set();
  for (const rv of [...current.revoked.values()].sort((a, b) => byId(a.resource, b.resource))) {
    if (history.delivered.has(rv.revokedBy)) continue;
    const app = history.applications.find((a) => a.sequence === rv.revokedBy);
    const revocation = app?.type === "revoke" ? app.revocations.find((x) => x.resource === rv.resource.id) : void 0;
    if (!revocation) continue;
    const holds = catalog.serviceById.get(rv.resource.service)?.holdsData === true;
    const alone = { ...emptyState, resources: /* @__PURE__ */ new Map([[rv.resource.id, rv.resource]]) };
    const protectedSpecs = specsOf(alone, catalog).specs.filter(
      (s) => s.resource === rv.resource.id && s.protect
    );
    const names2 = protectedSpecs.map((s) => s.name);
    if (names2.length === 0) continue;
    if (holds && revocation.dataBackup === "no-data") continue;
    for (const n of names2) released.add(n);
    releases.push({
      resource: rv.resource.id,
      service: rv.resource.service,
      revokedBy: rv.revokedBy,
      dataBackup: revocation.dataBackup,
      names: names2,
      urns: protectedSpecs.map((s) => urnFor(stack, s))
    });
  }
  return { releases, released };
}
function removalRefusals(deliveredSpecs, specs, released, current) {
  const desiredNames = new Set(specs.map((s) => s.name));
  const refusals = [];
  for (const s of deliveredSpecs) {
    if (!s.protect || desiredNames.has(s.name) || released.has(s.name)) continue;
    const stillInService = s.resource !== void 0 && current.resources.has(s.resource);
    refusals.push({
      code: stillInService ? "data-disk-removed" : "removed-without-revocation",
      ...s.resource ? { resource: s.resource } : {},
      message: stillInService ? text(
        `${s.name} \u5DF2\u4EA4\u4ED8\u3001\u627F\u8F7D\u6570\u636E\uFF0C\u4F46\u671F\u671B\u72B6\u6001\u91CC\u6CA1\u6709\u5B83\uFF08\u53D8\u66F4\u51CF\u5C11\u4E86\u53F0\u6570\u6216\u6570\u636E\u76D8\uFF09\uFF1A\u53D8\u66F4\u7533\u8BF7\u4E0D\u80FD\u5220\u9664\u627F\u8F7D\u6570\u636E\u7684\u8D44\u6E90\u3002\u8BF7\u63D0\u4EA4\u53D8\u66F4\u7533\u8BF7\u6062\u590D\uFF0C\u6216\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\u5E76\u5199\u660E\u6570\u636E\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\u3002`,
        `${s.name} was delivered and holds data but is missing from the desired state (a change reduced hosts or data disks). A change cannot delete data; restore it or revoke with a data statement.`
      ) : text(
        `${s.name} \u5DF2\u4EA4\u4ED8\u3001\u627F\u8F7D\u6570\u636E\uFF0C\u4F46\u671F\u671B\u72B6\u6001\u91CC\u6CA1\u6709\u5B83\uFF0C\u4E5F\u6CA1\u6709\u5199\u660E\u6570\u636E\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\u7684\u64A4\u9500\u7533\u8BF7\uFF1A\u53D1\u653E\u4E0D\u4F1A\u5220\u9664\u5B83\u3002\u8BF7\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF0C\u5199\u660E dataBackup\u3002`,
        `${s.name} was delivered and holds data, but no revocation with a data statement names it: it will not be deleted.`
      )
    });
  }
  return refusals;
}
var json = (s) => JSON.stringify(s);
function plannedChanges(before, after, released) {
  const old = new Map(before.map((s) => [s.name, s]));
  const out = [];
  const base = (s) => ({
    name: s.name,
    kind: s.kind,
    ...s.resource ? { resource: s.resource } : {}
  });
  for (const s of after) {
    const o = old.get(s.name);
    if (!o) {
      out.push({ ...base(s), action: "create" });
      continue;
    }
    if (json(o) === json(s)) continue;
    if (s.kind === "instance" && o.kind === "instance" && o.flavor !== s.flavor)
      out.push({
        ...base(s),
        action: "resize",
        detail: text(
          `\u89C4\u683C ${o.flavor} \u2192 ${s.flavor}\uFF08${o.vcpu}\u6838${o.memoryGB}GB \u2192 ${s.vcpu}\u6838${s.memoryGB}GB\uFF0C\u8C03\u6574\u89C4\u683C\u65F6\u4E3B\u673A\u91CD\u542F\uFF09`,
          `flavor ${o.flavor} \u2192 ${s.flavor} (the host reboots)`
        )
      });
    else if ((s.kind === "volume" || s.kind === "share") && (o.kind === "volume" || o.kind === "share") && s.sizeGB > o.sizeGB)
      out.push({
        ...base(s),
        action: "extend",
        detail: text(`\u5BB9\u91CF ${o.sizeGB} \u2192 ${s.sizeGB} GB`, `size ${o.sizeGB} \u2192 ${s.sizeGB} GB`)
      });
    else out.push({ ...base(s), action: "update" });
  }
  const now = new Set(after.map((s) => s.name));
  for (const s of before)
    if (!now.has(s.name)) out.push({ ...base(s), action: released.has(s.name) ? "release" : "delete" });
  return out;
}

// scripts/core/provision/input.ts
function provisionInputs(repo, histories, catalogs) {
  const out = [];
  for (const [key, system] of [...repo.systems].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const [unit, name2] = key.split("/");
    const catalog = catalogs(system.data.profile);
    const history = histories.get(key);
    if (!catalog || !history) continue;
    const prefix = `requests/${key}/`;
    const broken = [
      ...new Set(
        repo.problems.filter(
          (p) => p.severity === "error" && p.file.startsWith(prefix) && !p.file.includes("/attachments/")
        ).map((p) => p.file)
      )
    ].sort();
    out.push({
      unit,
      system: name2,
      registration: system.data,
      applications: repo.applications.get(key) ?? [],
      deliveries: repo.deliveries.get(key) ?? [],
      current: history.current,
      catalog,
      ...broken.length > 0 ? { broken } : {}
    });
  }
  return out;
}

// scripts/core/provision/load.ts
function loadRepositoryState(fs, data, parallelLoader) {
  const repo = loadRepository(
    fs,
    { kind: "all" },
    { catalogs: data.catalogs, profiles: data.profiles, ...parallelLoader ? { parallelLoader } : {} }
  );
  return { repo, histories: buildHistories(repo) };
}

// scripts/core/forms/authorization.ts
var authorizationTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6388\u6743\u59D4\u6258\u4E66";
var authorizationNotes = {
  title: "\u8BF4\u660E\uFF1A",
  items: [
    { text: "1.\u4EE3\u7406\u4EBA\u5E94\u4E3A\u8BE5\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\uFF1B" },
    {
      text: "2.\u5982\u524D\u671F\u5DF2\u83B7\u5F97\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u53EF\u81EA\u884C\u7533\u8BF7\u653F\u52A1\u4E91\u670D\u52A1\uFF0C\u672C\u59D4\u6258\u4E66\u76D6\u672C\u5355\u4F4D\u516C\u7AE0\uFF1B\u5982\u524D\u671F\u672A\u7ECF\u6388\u6743\uFF0C\u672C\u59D4\u6258\u4E66\u987B\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF1B"
    },
    { text: "3.\u59D4\u6258\u4E66\u5185\u5BB9\u9700\u586B\u5199\u6E05\u695A\uFF0C\u6D82\u6539\u65E0\u6548\u3002" }
  ]
};
function authorizationForm(ctx, agent) {
  const { unit, supervisor } = ctx;
  const supervisorName = supervisor?.name ?? unit.supervisor ?? "";
  const blocks = [
    { kind: "text", style: "salutation", lines: [line("\u6DF1\u5733\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\uFF1A")] },
    {
      kind: "text",
      style: "body",
      lines: [
        line(
          `\u5179\u6388\u6743 ${agent.name} \u4E3A\u6211\u5355\u4F4D\u7684\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u4EE3\u7406\u4EBA\uFF0C\u4EE3\u8868\u6211\u5355\u4F4D\u5728\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u7EDF\u4E00\u7BA1\u7406\u5E73\u53F0\uFF08\u4E91\u7BA1\u5E73\u53F0\uFF09\u529E\u7406\u4E91\u670D\u52A1\u6709\u5173\u7533\u8BF7\u3002\u4EE3\u7406\u4EBA\u7684\u884C\u4E3A\u6548\u529B\u7B49\u540C\u4E8E\u6211\u5355\u4F4D\uFF0C\u7531\u4EE3\u7406\u4EBA\u884C\u4E3A\u5BFC\u81F4\u7684\u98CE\u9669\uFF0C\u6211\u5355\u4F4D\u5168\u6743\u8D1F\u8D23\u3002`
        ),
        line("\u5177\u4F53\u60C5\u51B5\u5982\u4E0B\uFF1A")
      ]
    },
    {
      kind: "grid",
      columns: 4,
      widths: [18, 34, 14, 34],
      rows: [
        [label2("\u5355\u4F4D\u540D\u79F0"), cell(unit.name)],
        [label2("\u4E3B\u7BA1\u5355\u4F4D"), cell(supervisorName)],
        [label2("\u4EE3\u7406\u4EBA\u59D3\u540D"), cell(agent.name), label2("\u804C\u4F4D"), cell(agent.position)],
        [label2("\u8BC1\u4EF6\u53F7\u7801"), cell(agent.idNumber), label2("\u8054\u7CFB\u7535\u8BDD"), cell(agent.phone)],
        [
          label2("\u6388\u6743\u8303\u56F4"),
          cellOf([choicesLine([choice("\u6388\u6743\u4EE3\u7406\u672C\u5355\u4F4D\u653F\u52A1\u4E91\u7533\u8BF7", agent.scope === "own")])]),
          {
            ...cellOf([
              choicesLine([
                choice("\u6388\u6743\u4EE3\u7406\u4E3B\u7BA1\u5355\u4F4D\u53CA\u672C\u5355\u4F4D\u7684\u653F\u52A1\u4E91\u7533\u8BF7", agent.scope === "supervisor-and-own")
              ])
            ]),
            span: 2
          }
        ],
        [label2("\u6709\u6548\u671F\u9650"), cell(`${formatDate(agent.validFrom)}\u81F3${formatDate(agent.validTo)}`)]
      ]
    }
  ];
  const hints = [];
  if (unit.supervisorAuthorized)
    hints.push(
      `\u524D\u671F\u5DF2\u83B7\u5F97\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF1A${formatDate(unit.supervisorAuthorized.date)}\uFF0C${unit.supervisorAuthorized.document}`
    );
  if (agent.revokedOn)
    hints.push(`\u8BE5\u6388\u6743\u5DF2\u4E8E${formatDate(agent.revokedOn)}\u6CE8\u9500\uFF08\u7B2C17\u6761\uFF09\uFF0C\u672C\u59D4\u6258\u4E66\u4EC5\u4F9B\u5B58\u6863\u3002`);
  if (hints.length > 0) blocks.push({ kind: "text", style: "hint", lines: hints.map(line) });
  const stamp = agent.stampedBy === "supervisor" ? `${supervisorName}\uFF08\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF09` : `${unit.name}\uFF08\u672C\u5355\u4F4D\u516C\u7AE0\uFF09`;
  return {
    name: "\u6388\u6743\u59D4\u6258\u4E66",
    variant: agent.github,
    annex: "\u9644\u4EF63",
    title: authorizationTitle,
    blocks,
    notes: authorizationNotes,
    signature: {
      lines: [
        { label: "\u5355\u4F4D/\u4E3B\u7BA1\u5355\u4F4D\u76D6\u7AE0\uFF1A", value: stamp },
        { label: "\u65E5 \u671F\uFF1A", value: "" }
      ]
    }
  };
}
function authorizationForms(ctx, github) {
  return ctx.unit.agents.filter((a) => github === void 0 || a.github === github).map((a) => authorizationForm(ctx, a));
}

// scripts/core/forms/application.ts
var applicationTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u8868";
var applicationNotes = {
  title: "\u6CE8\uFF1A",
  items: [
    { text: "1. \u6807\u201C\uFE61\u201D\u7684\u4E3A\u5FC5\u586B\u9009\u9879\uFF0C\u8BF7\u6839\u636E\u8981\u6C42\u586B\u5199\u3002" },
    {
      text: "2. \u6B64\u7533\u8BF7\u8868\u4EC5\u4F9B1\u5957\u4FE1\u606F\u7CFB\u7EDF\u586B\u5199\uFF0C\u82E5\u6709\u591A\u5957\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u8BF7\u5206\u5F00\u586B\u5199\u3002\u65B0\u589E\u548C\u53D8\u66F4\u7533\u8BF7\u9700\u8981\u63D0\u4EA4\u300A\u4E91\u670D\u52A1\u6D4B\u7B97\u62A5\u544A\u300B\u3002\u4E91\u670D\u52A1\u540D\u79F0\u548C\u7C7B\u578B\u8BF7\u6309\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u586B\u5199\u3002"
    },
    {
      text: "3. \u4E91\u4E3B\u673A\u7684vCPU\u6838\u6570\u987B\u4EE52\u7684\u500D\u6570\u586B\u5199\uFF0C\u6700\u5C0F\u4E3A2\u6838\uFF1B\u5185\u5B58\u987B\u4EE54\u7684\u500D\u6570\u586B\u5199\uFF0C\u6700\u5C0F\u4E3A4GB\u3002\u6570\u636E\u76D8\u3001\u5BF9\u8C61\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8\u548C\u5907\u4EFD\u670D\u52A1\u7684\u5BB9\u91CF\u987B\u4EE5100GB\u7684\u500D\u6570\u586B\u5199\uFF0C\u4E0D\u8DB3100GB\u7684\u90E8\u5206\u5411\u4E0A\u53D6\u6574\u3002"
    },
    { text: "4. \u7533\u8BF7\u5355\u4F4D\u83B7\u5206\u914D\u7684\u8D44\u6E90\u9996\u6B21\u767B\u9646\u540E\u5E94\u53CA\u65F6\u4FEE\u6539\u5BC6\u7801\uFF0C\u505A\u597D\u7CFB\u7EDF\u3001\u6570\u636E\u5B89\u5168\u7BA1\u7406\u3002" },
    {
      text: "5. \u7CFB\u7EDF\u8D1F\u8D23\u4EBA\u987B\u4E3A\u4E91\u670D\u52A1\u4F7F\u7528\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\u3002\u6280\u672F\u8D1F\u8D23\u4EBA\u987B\u4E3A\u8D1F\u8D23\u8BE5\u7CFB\u7EDF\u7684\u7684\u6280\u672F\u4EBA\u5458\u3002\u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D773\u4E2A\u6708\u5185\u6709\u6548\uFF0C\u5982\u56E0\u7533\u8BF7\u5355\u4F4D\u539F\u56E0\u672A\u80FD\u53CA\u65F6\u5B8C\u6210\u76F8\u5173\u4E1A\u52A1\u7684\u529E\u7406\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\u3002"
    },
    { text: "6. \u6D89\u53CA\u6570\u636E\u76F8\u5173\u7684\u64A4\u9500\u7533\u8BF7\u987B\u660E\u786E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\u3002" },
    { text: "7. \u5176\u4ED6\u60C5\u51B5\u8BF7\u5728\u5907\u6CE8\u4E2D\u5199\u660E\u3002" }
  ]
};
var sectionTitles = {
  new: "\u4E00\u3001\u65B0\u589E\u7533\u8BF7\uFF08\u65B0\u589E\u7533\u8BF7\u65F6\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09",
  test: "\u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\uFF08\u65B0\u589E\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u65F6\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09",
  change: "\u4E09\u3001\u53D8\u66F4\u7533\u8BF7\uFF08\u53D8\u66F4\u73B0\u6709\u8D44\u6E90\u7533\u8BF7\u65F6\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09",
  revoke: "\u56DB\u3001\u64A4\u9500\u7533\u8BF7\uFF08\u64A4\u9500\u73B0\u6709\u8D44\u6E90\u7533\u8BF7\u8BF7\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09"
};
var demandTitle = "\u4E91\u670D\u52A1\u9700\u6C42\uFF08\u6839\u636E\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u6309\u9700\u586B\u5199\uFF09";
var testDemandTitle = "\u4E91\u670D\u52A1\u6D4B\u8BD5\u8D44\u6E90\u9700\u6C42\uFF08\u6839\u636E\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u6309\u9700\u586B\u5199\uFF09";
function header(ctx) {
  const { application: app, unit, system } = ctx;
  return {
    kind: "grid",
    columns: 6,
    widths: [17, 10, 8, 34, 8, 23],
    rows: [
      [label2("\u5355\u4F4D\u540D\u79F0\uFE61"), cell(app.unit)],
      [
        label2("\u7CFB\u7EDF\u8D1F\u8D23\u4EBA\uFE61"),
        cell(system.owner.name),
        label2("\u90AE\u7BB1\uFE61"),
        cell(system.owner.email),
        label2("\u624B\u673A\uFE61"),
        cell(system.owner.mobile)
      ],
      [
        label2("\u6280\u672F\u8D1F\u8D23\u4EBA\uFE61"),
        cell(system.technicalContact.name),
        label2("\u90AE\u7BB1\uFE61"),
        cell(system.technicalContact.email),
        label2("\u624B\u673A\uFE61"),
        cell(system.technicalContact.mobile)
      ],
      [label2("\u5355\u4F4D\u5730\u5740\uFE61"), cell(unit.address)],
      [label2("\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\uFE61"), cell(app.system)]
    ]
  };
}
function category(ctx, serviceId) {
  if (serviceId === "ecs" || serviceId === "bms" || serviceId === "ai-compute") return "compute";
  switch (serviceOf(ctx.catalog, serviceId)?.level1) {
    case "PaaS":
      return "paas";
    case "\u707E\u5907":
      return "dr";
    case "\u5B89\u5168":
      return "security";
    default:
      return "iaas";
  }
}
var printedRemarks = {
  "vulnerability-scan": "\u6BCF\u6708\u6700\u591A\u7533\u8BF7\u4E24\u6B21",
  "db-audit": "\u652F\u63012\u6570\u636E\u5E93\u5B9E\u4F8B",
  cce: "\u8BA1\u7B97\u8282\u70B9\u987B\u5355\u72EC\u7533\u8BF7",
  "cce-node": "\u987B\u4E0E\u5BB9\u5668\u7BA1\u7406\u642D\u914D\u4F7F\u7528",
  "private-ip": "\u5305\u542B\u5B89\u5168\u670D\u52A1\u3001\u865A\u62DFIP",
  subnet: "\u5305\u542B\u5B89\u5168\u670D\u52A1\u3001\u865A\u62DFIP",
  vpc: "\u8003\u8651\u73AF\u5883\u9694\u79BB\u3001\u4E91\u4E13\u7EBF\u63A5\u5165"
};
var packageRows = {
  "log-audit": { base: ["\u57FA\u7840\u5305", "\uFF0850\u4E2A\u65E5\u5FD7\u6E90\uFF09"], increment: ["\u589E\u91CF\u5305", "\uFF0850\u4E2A\u65E5\u5FD7\u6E90\uFF09"] },
  waf: {
    base: ["\u57FA\u7840\u5305\uFF08\u5355\u5B9E\u4F8B\u4FDD\u62A42\u4E2A\u57DF\u540D\uFF0C\u9632\u62A4\u5E26\u5BBD25Mpbs\uFF09"],
    increment: ["\u589E\u91CF\u5305\uFF08\u5355\u4E2A\u589E\u91CF\u5305\u589E\u52A0\u4FDD\u62A42\u4E2A\u57DF\u540D\uFF0C\u589E\u52A0\u9632\u62A4\u5E26\u5BBD25Mpbs\uFF09"]
  }
};
var consultationText = (r) => r.consultation ? `\u5DF2\u4E8E${formatDate(r.consultation.date)}\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A${r.consultation.contact ? `\uFF08${r.consultation.contact}\uFF09` : ""}\uFF1A${r.consultation.summary}` : void 0;
var refNameIn = (resources) => (id) => {
  const r = resources.find((x) => x.id === id);
  return r?.purpose ? `${r.purpose}\uFF08${id}\uFF09` : id;
};
function resourceRows(ctx, resources, opts, all = resources) {
  const rows = [];
  const refName = refNameIn(all);
  for (const r of resources) {
    const name2 = serviceName(ctx.catalog, r.service);
    const remarks = (printed) => [
      ...opts.purposeColumn || !r.purpose ? [] : [`\u7528\u9014\uFF1A${r.purpose}`],
      printed,
      consultationText(r),
      r.remark
    ];
    const pkg = packageRows[r.service];
    if (pkg && ((r.base ?? 0) > 0 || (r.increments ?? 0) > 0)) {
      const measure = configLines(
        ctx.catalog,
        r.service,
        { ...r, base: void 0, increments: void 0 },
        "new"
      );
      const parts = [];
      if ((r.base ?? 0) > 0) parts.push([[...pkg.base, ...measure], r.base, "\u7B2C\u4E00\u6B21\u9ED8\u8BA4\u7533\u8BF7"]);
      if ((r.increments ?? 0) > 0)
        parts.push([pkg.increment, r.increments, "\u57FA\u7840\u5305\u4E0D\u8DB3\u65F6\u53EF\u6309\u9700\u53E0\u52A0\u589E\u91CF\u5305"]);
      for (const [config2, count, printed] of parts) {
        rows.push([
          cell(String(rows.length + 1)),
          cell(name2),
          cell(...config2),
          ...opts.purposeColumn ? [cell(r.purpose)] : [],
          ...opts.quantityColumn ? [cell(quantityText(ctx.catalog, r.service, count))] : [],
          cell(...remarks(printed))
        ]);
      }
      continue;
    }
    const quantity = r.service === "vulnerability-scan" ? `${r.timesPerMonth ?? r.quantity ?? 1}\u6B21` : quantityText(ctx.catalog, r.service, r.quantity);
    const config = configLines(ctx.catalog, r.service, r, "new", refName).filter(
      (l) => !(r.service === "vulnerability-scan" && l.startsWith("\u6BCF\u6708"))
    );
    rows.push([
      cell(String(rows.length + 1)),
      cell(name2),
      cell(...config),
      ...opts.purposeColumn ? [cell(r.purpose)] : [],
      ...opts.quantityColumn ? [cell(quantity)] : [],
      cell(...remarks(printedRemarks[r.service]))
    ]);
  }
  return rows;
}
var tables = [
  {
    category: "compute",
    title: "\uFF08\u4E00\uFF09IaaS\u4E91\u4E3B\u673A/\u88F8\u91D1\u5C5E/GPU\u4E3B\u673A",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u7528\u9014\uFE61", "\u6570\u91CF\uFE61", "\u5907\u6CE8"],
    widths: [9, 12, 30, 21, 9, 19],
    opts: { purposeColumn: true, quantityColumn: true }
  },
  {
    category: "iaas",
    title: "\uFF08\u4E8C\uFF09IaaS\u5BF9\u8C61\u5B58\u50A8/\u6587\u4EF6\u5B58\u50A8/\u7F51\u7EDC",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u6570\u91CF\uFE61", "\u5907\u6CE8"],
    widths: [9, 15, 36, 10, 30],
    opts: { purposeColumn: false, quantityColumn: true }
  },
  {
    category: "paas",
    title: "\uFF08\u4E09\uFF09PaaS\u670D\u52A1",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u6570\u91CF", "\u5907\u6CE8"],
    widths: [9, 15, 36, 10, 30],
    opts: { purposeColumn: false, quantityColumn: true }
  },
  {
    category: "dr",
    title: "\uFF08\u516D\uFF09\u707E\u5907\u670D\u52A1",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u5907\u6CE8"],
    widths: [9, 15, 38, 38],
    opts: { purposeColumn: false, quantityColumn: false }
  },
  {
    category: "security",
    title: "\uFF08\u4E03\uFF09\u5B89\u5168\u670D\u52A1",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u6570\u91CF\u6216\u6B21\u6570\uFE61", "\u5907\u6CE8"],
    widths: [9, 15, 33, 14, 29],
    opts: { purposeColumn: false, quantityColumn: true }
  }
];
function demandBlocks(ctx, resources) {
  const blocks = [];
  for (const t of tables) {
    const mine = resources.filter((r) => category(ctx, r.service) === t.category);
    if (mine.length === 0) continue;
    blocks.push(
      { kind: "band", level: 4, title: t.title },
      {
        kind: "table",
        columns: t.columns,
        widths: t.widths,
        rows: resourceRows(ctx, mine, t.opts, resources)
      }
    );
  }
  return blocks;
}
function newSection(ctx, app) {
  const forTest = app.new.forDeploymentAndAssessment;
  const sa = app.new.securityAssessment;
  const grading = ["\u4F18", "\u826F", "\u4E2D"].map((c) => choice(c, sa?.kind === "grading" && sa.conclusion === c));
  const special2 = [choice("\u65E0\u4E2D\u9AD8\u98CE\u9669", sa?.kind === "special" && sa.conclusion === "\u65E0\u4E2D\u9AD8\u98CE\u9669")];
  const report = [sa?.reportNo ? `\u62A5\u544A\u7F16\u53F7\uFF1A${sa.reportNo}` : "", sa?.issuer ? `\u51FA\u5177\u5355\u4F4D\uFF1A${sa.issuer}` : ""].filter(Boolean).join("\uFF0C");
  return [
    { kind: "band", level: 2, title: sectionTitles.new },
    {
      kind: "grid",
      columns: 3,
      widths: [26, 37, 37],
      rows: [
        [
          label2("\u4E91\u73AF\u5883\uFE61", "\uFF08\u4E8C\u9009\u4E00\uFF09"),
          ...environmentChoices(ctx.system.environment).map((c) => cellOf([choicesLine([c])]))
        ],
        [
          label2("\u662F\u5426\u7528\u4E8E\u90E8\u7F72\u4E0E\u6D4B\u8BC4\uFE61", "\uFF08\u4E8C\u9009\u4E00\uFF09"),
          cellOf([
            choicesLine([choice("\u5426\uFF08\u52FE\u9009\u6B64\u9879\u8BF7\u63D0\u4F9B\u5B89\u5168\u62A5\u544A\uFF09", !forTest)]),
            choicesLine([choice("\u662F\uFF08\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\uFF09", forTest)])
          ])
        ],
        [
          label2("\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C"),
          cellOf([
            choicesLine(grading, "\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\uFF1A"),
            choicesLine(special2, "\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C\uFF1A"),
            ...report ? [line(report)] : []
          ])
        ],
        [label2("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61"), cell(formatDate(app.new.expectedLaunch))]
      ]
    },
    { kind: "band", level: 3, title: demandTitle },
    ...demandBlocks(ctx, app.resources)
  ];
}
function testHeader(environment, expectedLaunch) {
  return {
    kind: "grid",
    columns: 3,
    widths: [26, 37, 37],
    rows: [
      [
        label2("\u4E91\u73AF\u5883\uFE61", "\uFF08\u4E8C\u9009\u4E00\uFF09"),
        ...environmentChoices(environment).map((c) => cellOf([choicesLine([c])]))
      ],
      [label2("\u7F51\u7EDC\u533A\u57DF"), cell("\u653F\u52A1\u5916\u7F51\u533A")],
      [label2("\u90E8\u7F72\u4E0E\u6D4B\u8BC4"), cell("\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4")],
      ...expectedLaunch !== void 0 ? [[label2("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61"), cell(formatDate(expectedLaunch))]] : []
    ]
  };
}
function testSection(ctx, app) {
  const period = app.test.period;
  const months = [1, 2, 3].map((m) => choice(`${m}\u4E2A\u6708`, "months" in period && period.months === m));
  const weeks = [1, 2, 3, 4].map((w) => choice(`${w}\u5468`, "weeks" in period && period.weeks === w));
  return [
    { kind: "band", level: 2, title: sectionTitles.test },
    testHeader(app.test.environment ?? ctx.system.environment, app.test.expectedLaunch),
    { kind: "band", level: 3, title: demandTitle },
    {
      kind: "grid",
      columns: 3,
      widths: [26, 37, 37],
      rows: [[label2("\u6D4B\u8BD5\u8D44\u6E90\u4F7F\u7528\u671F\u9650\uFE61"), cellOf([choicesLine(months), choicesLine(weeks)])]]
    },
    { kind: "band", level: 3, title: testDemandTitle },
    { kind: "band", level: 4, title: "\u65B0\u589E\u6D4B\u8BD5\u8D44\u6E90" },
    {
      kind: "table",
      columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u7528\u9014\uFE61", "\u6570\u91CF\uFE61", "\u5907\u6CE8"],
      widths: [9, 12, 30, 21, 9, 19],
      rows: resourceRows(ctx, app.resources, { purposeColumn: true, quantityColumn: true })
    }
  ];
}
function renewalSection(ctx, app) {
  const rows = app.renewals.map((rn, i) => {
    const r = stateResource(ctx.before, rn.resource);
    const ips = rn.ip ? [rn.ip] : ipsOf(r);
    const expires = r?.test?.expiresOn;
    return [
      cell(String(i + 1)),
      cell(...ips),
      cellOf([choicesLine([1, 2, 3].map((m) => choice(`${m}\u4E2A\u6708`, rn.months === m)))]),
      cell(
        r ? `${serviceName(ctx.catalog, r.service)}${r.purpose ? `\uFF1A${r.purpose}` : ""}` : rn.resource,
        expires ? `\u539F\u5230\u671F\u65E5\uFF1A${formatDate(expires)}\uFF0C\u7EED\u671F\u540E\u81F3${formatDate(addMonths(expires, rn.months))}` : "",
        rn.remark
      )
    ];
  });
  return [
    { kind: "band", level: 2, title: sectionTitles.test },
    testHeader(ctx.system.environment),
    { kind: "band", level: 3, title: testDemandTitle },
    { kind: "band", level: 4, title: "\u7EED\u671F\u6D4B\u8BD5\u8D44\u6E90" },
    { kind: "table", columns: ["\u7F16\u53F7\uFE61", "IP\uFE61", "\u7EED\u671F\u65F6\u9650", "\u5907\u6CE8"], widths: [9, 25, 26, 40], rows }
  ];
}
var changeTables = [
  { category: "compute", title: "\uFF08\u4E00\uFF09IaaS\u4E91\u4E3B\u673A/\u88F8\u91D1\u5C5E", second: "IP\uFE61" },
  { category: "iaas", title: "\uFF08\u4E8C\uFF09IaaS\u5BF9\u8C61\u5B58\u50A8/\u6587\u4EF6\u5B58\u50A8", second: "\u7C7B\u578B\uFE61" },
  { category: "paas", title: "\uFF08\u4E09\uFF09PaaS\u670D\u52A1", second: "\u7C7B\u578B\uFE61" },
  { category: "dr", title: "\uFF08\u56DB\uFF09\u707E\u5907\u670D\u52A1", second: "\u7C7B\u578B\uFE61" },
  { category: "security", title: "\uFF08\u4E94\uFF09\u5B89\u5168\u670D\u52A1", second: "\u7C7B\u578B\uFE61" }
];
function shutdownBlocks(shutdown, article) {
  if (!shutdown) return [];
  return [
    { kind: "band", level: 3, title: `\u5173\u673A\u5B89\u6392\uFF08${article}\uFF09` },
    {
      kind: "grid",
      columns: 2,
      widths: [26, 74],
      rows: [
        [
          label2("\u662F\u5426\u9700\u8981\u5173\u673A\u64CD\u4F5C"),
          cellOf([choicesLine([choice("\u662F", shutdown.required), choice("\u5426", !shutdown.required)])])
        ],
        ...shutdown.date ? [[label2("\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7684\u5173\u673A\u65F6\u95F4"), cell(formatDate(shutdown.date))]] : [],
        ...shutdown.noticeDate ? [[label2("\u5173\u673A\u516C\u544A\u65E5\u671F"), cell(formatDate(shutdown.noticeDate))]] : []
      ]
    }
  ];
}
function changeSection(ctx, app) {
  const blocks = [{ kind: "band", level: 2, title: sectionTitles.change }];
  for (const t of changeTables) {
    const rows = [];
    for (const c of app.changes) {
      const r = stateResource(ctx.before, c.resource);
      const service = r?.service ?? "";
      if (category(ctx, service) !== t.category) continue;
      const type = r ? serviceName(ctx.catalog, service) : c.resource;
      const ips = c.ip ? [c.ip] : ipsOf(r);
      rows.push([
        cell(String(rows.length + 1)),
        t.category === "compute" ? cell(type, ...ips) : cell(type),
        cell(...configLines(ctx.catalog, service, c.before, "change")),
        cell(...configLines(ctx.catalog, service, c.after, "change")),
        cell(r?.purpose ? `\u7528\u9014\uFF1A${r.purpose}` : "", c.remark)
      ]);
    }
    if (rows.length === 0) continue;
    blocks.push(
      { kind: "band", level: 3, title: t.title },
      {
        kind: "table",
        columns: ["\u7F16\u53F7\uFE61", t.second, "\u53D8\u66F4\u524D\u914D\u7F6E\uFE61", "\u53D8\u66F4\u540E\u914D\u7F6E\uFE61", "\u5907\u6CE8"],
        widths: [9, 17, 26, 26, 22],
        rows
      }
    );
  }
  blocks.push(...shutdownBlocks(app.shutdown, "\u7B2C30\u6761(1)"));
  return blocks;
}
var backupText = {
  "backed-up": "\u6570\u636E\u5DF2\u5907\u4EFD",
  "not-needed": "\u6570\u636E\u65E0\u9700\u5907\u4EFD",
  "no-data": "\u4E0D\u6D89\u53CA\u6570\u636E"
};
function revokeSection(ctx, app) {
  const rows = app.revocations.map((rv, i) => {
    const r = stateResource(ctx.before, rv.resource);
    const service = r?.service ?? "";
    let info;
    if (rv.info !== void 0) info = [rv.info];
    else {
      const ips = rv.ip ? [`IP\uFF1A${rv.ip}`] : (r?.instances ?? []).filter((x) => x.ip || x.floatingIp).map(
        (x) => `IP\uFF1A${[x.ip, x.floatingIp].filter(Boolean).join("\u3001")}${x.hostname ? `\uFF08${x.hostname}\uFF09` : ""}`
      );
      info = [...ips, ...r ? configLines(ctx.catalog, service, r.config, "change") : []];
    }
    return [
      cell(String(i + 1)),
      cell(r ? serviceName(ctx.catalog, service) : rv.resource),
      cell(r?.purpose ? `\u7528\u9014\uFF1A${r.purpose}` : "", ...info),
      cell(
        `${backupText[rv.dataBackup] ?? rv.dataBackup}\uFF08\u6CE86\uFF09`,
        rv.keep && rv.keep.length > 0 ? `\u4FDD\u7559\uFF1A${rv.keep.join("\u3001")}` : "",
        rv.remark
      )
    ];
  });
  const extra = [];
  if (app.revoke?.systemOffline)
    extra.push([label2("\u7CFB\u7EDF\u4E0B\u7EBF\u65E5\u671F"), cell(formatDate(app.revoke.systemOffline))]);
  if (app.revoke?.wholeSystem !== void 0)
    extra.push([
      label2("\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500"),
      cellOf([choicesLine([choice("\u662F", app.revoke.wholeSystem), choice("\u5426", !app.revoke.wholeSystem)])])
    ]);
  return [
    { kind: "band", level: 2, title: sectionTitles.revoke },
    {
      kind: "table",
      columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u670D\u52A1\u4FE1\u606F\uFE61", "\u5907\u6CE8"],
      widths: [9, 14, 45, 32],
      rows
    },
    ...extra.length > 0 ? [{ kind: "grid", columns: 2, widths: [26, 74], rows: extra }] : [],
    ...shutdownBlocks(app.shutdown, "\u7B2C36\u6761")
  ];
}
var variants = {
  new: "\u65B0\u589E",
  test: "\u6D4B\u8BD5\u8D44\u6E90",
  "test-renewal": "\u7EED\u671F",
  change: "\u53D8\u66F4",
  revoke: "\u64A4\u9500"
};
function applicationForm(ctx) {
  const app = ctx.application;
  let section;
  switch (app.type) {
    case "new":
      section = newSection(ctx, app);
      break;
    case "test":
      section = testSection(ctx, app);
      break;
    case "test-renewal":
      section = renewalSection(ctx, app);
      break;
    case "change":
      section = changeSection(ctx, app);
      break;
    case "revoke":
      section = revokeSection(ctx, app);
      break;
    default:
      return void 0;
  }
  const tail = [];
  if (app.remark)
    tail.push({ kind: "grid", columns: 2, widths: [26, 74], rows: [[label2("\u5907\u6CE8"), cell(app.remark)]] });
  if (app.attachments && app.attachments.length > 0)
    tail.push({
      kind: "text",
      style: "body",
      lines: [line("\u9644\u4EF6\uFF1A"), ...app.attachments.map((a) => line(a))]
    });
  return {
    name: "\u7533\u8BF7\u8868",
    variant: variants[app.type],
    annex: "\u9644\u4EF65",
    title: applicationTitle,
    blocks: [header(ctx), ...section, ...tail],
    notes: applicationNotes,
    signature: {
      lines: [
        { label: "\u7533\u8BF7\u5355\u4F4D(\u76D6\u7AE0)\uFF1A", value: app.unit },
        { label: "\u65E5    \u671F\uFF1A", value: formatDate(app.date) }
      ]
    }
  };
}

// scripts/core/forms/estimate.ts
var estimateTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A";
var changeEstimateTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A";
var h2 = (title) => ({ kind: "heading", level: 2, title });
var h3 = (title) => ({ kind: "heading", level: 3, title });
var para = (...texts) => ({
  kind: "text",
  style: "body",
  lines: texts.filter((t) => t !== void 0 && t !== "").map(line)
});
var paraLines = (lines) => ({ kind: "text", style: "body", lines });
var notInvolved = "\u4E0D\u6D89\u53CA\u3002";
var backupTypes = {
  full: "\u5168\u91CF",
  incremental: "\u589E\u91CF",
  differential: "\u5DEE\u5F02",
  "full+incremental": "\u5168\u91CF+\u589E\u91CF"
};
function resourceTitle(ctx, resources, id) {
  const r = resources.find((x) => x.id === id);
  if (!r) return id;
  const name2 = serviceName(ctx.catalog, r.service);
  return serviceOf(ctx.catalog, r.service)?.shape === "compute" ? r.purpose ?? name2 : name2;
}
function architectureLines(a) {
  return [a.summary, ...(a.diagrams ?? []).map((d) => `\u9644\u56FE\uFF1A${d}`)];
}
function securityResources(ctx, resources) {
  const mine = resources.filter((r) => serviceOf(ctx.catalog, r.service)?.level1 === "\u5B89\u5168");
  if (mine.length === 0) return void 0;
  return {
    kind: "table",
    columns: ["\u7F16\u53F7", "\u5B89\u5168\u670D\u52A1", "\u914D\u7F6E", "\u6570\u91CF"],
    widths: [8, 24, 48, 20],
    rows: mine.map((r, i) => [
      cell(String(i + 1)),
      cell(serviceName(ctx.catalog, r.service)),
      cell(...configLines(ctx.catalog, r.service, r, "new")),
      cell(
        r.service === "vulnerability-scan" ? `${r.timesPerMonth ?? r.quantity ?? 1}\u6B21` : quantityText(ctx.catalog, r.service, r.quantity ?? (r.base !== void 0 ? r.base : void 0))
      )
    ])
  };
}
function newEstimate(ctx, app) {
  const e = app.estimate;
  const blocks = [
    h2("1\u3001\u7CFB\u7EDF\u6982\u8FF0"),
    h3("\uFF081\uFF09\u7CFB\u7EDF\u540D\u79F0"),
    para(app.system),
    h3("\uFF082\uFF09\u7CFB\u7EDF\u63CF\u8FF0"),
    para(e.description),
    h3("\uFF083\uFF09\u7CFB\u7EDF\u67B6\u6784\u56FE"),
    para(...architectureLines(e.architecture)),
    h3("\uFF084\uFF09\u7CFB\u7EDF\u7528\u6237"),
    para(
      `\u7528\u6237\u7FA4\u4F53\uFF1A${e.users.groups}`,
      `\u9884\u4F30\u6700\u5927\u7528\u6237\u91CF\uFF1A${e.users.maxUsers}\u4EBA`,
      `\u9884\u4F30\u6700\u5927\u5E76\u53D1\u91CF\uFF1A${e.users.maxConcurrent}`
    ),
    h2("2\u3001IaaS\u3001PaaS\u9700\u6C42\u8BF4\u660E"),
    paraLines([
      choicesLine(
        [choice("\u7CFB\u7EDF\u6D4B\u8BD5", e.method === "load-test"), choice("\u540C\u7C7B\u578B\u7CFB\u7EDF\u7C7B\u6BD4", e.method === "analogy")],
        "\u6D4B\u7B97\u65B9\u5F0F\uFF1A"
      )
    ])
  ];
  if (e.method === "load-test" && e.loadTest) {
    const lt = e.loadTest;
    const server = (name2) => lt.servers.find((s) => s.name === name2);
    blocks.push(
      h3("\uFF081\uFF09\u6D4B\u8BD5\u73AF\u5883"),
      {
        kind: "table",
        columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u6570\u91CF", "\u7528\u9014"],
        widths: [8, 20, 32, 10, 30],
        rows: lt.servers.map((s, i) => [
          cell(String(i + 1)),
          cell(s.name),
          cell(
            `CPU\uFF1A${s.vcpu}\u6838`,
            `\u5185\u5B58\uFF1A${s.memoryGB}GB`,
            s.systemDisk ? `\u7CFB\u7EDF\u76D8\uFF1A${diskText(ctx.catalog, s.systemDisk)}` : "",
            ...(s.dataDisks ?? []).map((d) => `\u6570\u636E\u76D8\uFF1A${diskText(ctx.catalog, d)}`)
          ),
          cell(`${s.quantity}\u53F0`),
          cell(s.purpose, s.environment ? `\u8FD0\u884C\u73AF\u5883\uFF1A${s.environment}` : "")
        ])
      },
      h3("\uFF082\uFF09\u6D4B\u8BD5\u573A\u666F\u53CA\u7ED3\u679C"),
      {
        kind: "table",
        columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u8D44\u6E90\u5229\u7528\u7387\u60C5\u51B5"],
        widths: [8, 20, 22, 50],
        rows: lt.scenarios.map((sc, i) => {
          const s = server(sc.server);
          return [
            cell(String(i + 1)),
            cell(sc.server),
            s ? cell(`CPU\uFF1A${s.vcpu}\u6838`, `\u5185\u5B58\uFF1A${s.memoryGB}GB`) : cell(),
            cell(
              `\u6D4B\u8BD5\u573A\u666F\uFF1A${sc.name}`,
              `\u9884\u8BBE\u5E76\u53D1\u91CF\uFF1A${sc.concurrency}`,
              `\u9884\u8BBE\u7ED3\u679C\uFF1A${sc.expected}`,
              `CPU\u5229\u7528\u7387\uFF1A${sc.cpuPercent}%`,
              `\u5185\u5B58\u5229\u7528\u7387\uFF1A${sc.memoryPercent}%`,
              sc.result ? `\u8FD0\u884C\u60C5\u51B5\uFF1A${sc.result}` : "",
              ...(sc.evidence ?? []).map((p) => `\u622A\u56FE\uFF1A${p}`)
            )
          ];
        })
      },
      h3("\uFF083\uFF09\u6D4B\u8BD5\u7ED3\u8BBA"),
      para(lt.conclusion)
    );
  } else if (e.analogy) {
    blocks.push(
      para(`\u7C7B\u6BD4\u7684\u540C\u7C7B\u578B\u7CFB\u7EDF\uFF1A${e.analogy.system}`, `\u6240\u9700\u89C4\u683C\u3001\u6570\u91CF\u7684\u6D4B\u7B97\u8BF4\u660E\uFF1A${e.analogy.explanation}`)
    );
  }
  blocks.push(h3("\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42"), {
    kind: "table",
    columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u6570\u91CF", "\u6D4B\u7B97\u8BF4\u660E"],
    widths: [8, 24, 20, 10, 38],
    rows: e.demand.map((d, i) => {
      const r = app.resources.find((x) => x.id === d.resource);
      return [
        cell(String(i + 1)),
        cell(r ? serviceName(ctx.catalog, r.service) : d.resource, r?.purpose),
        cell(
          d.vcpu !== void 0 ? `vCPU\uFF1A${d.vcpu}\u6838` : "",
          d.memoryGB !== void 0 ? `\u5185\u5B58\uFF1A${d.memoryGB}GB` : ""
        ),
        cell(d.quantity !== void 0 ? `${d.quantity}${r ? countUnit(ctx.catalog, r.service) : ""}` : ""),
        cell(d.basis)
      ];
    })
  });
  blocks.push(h2("3\u3001\u5B58\u50A8\u9700\u6C42\u8BF4\u660E"), {
    kind: "table",
    columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u6240\u9700\u5B58\u50A8\u91CF", "\u6240\u9700\u5B58\u50A8\u91CF\u8BF4\u660E"],
    widths: [8, 20, 26, 46],
    empty: "\u4E0D\u6D89\u53CA",
    rows: (e.storage ?? []).map((s, i) => {
      const r = app.resources.find((x) => x.id === s.resource);
      const compute = r && serviceOf(ctx.catalog, r.service)?.shape === "compute";
      const needed2 = compute ? [
        r.systemDisk ? `\u7CFB\u7EDF\u76D8\uFF1A${diskText(ctx.catalog, r.systemDisk)}` : "",
        ...(r.dataDisks ?? []).map((d) => `\u6570\u636E\u76D8\uFF1A${diskText(ctx.catalog, d)}`),
        `\u6D4B\u7B97\u6240\u9700\uFF1A${s.requiredGB}GB`
      ] : [`${s.requiredGB}GB`];
      return [
        cell(String(i + 1)),
        cell(resourceTitle(ctx, app.resources, s.resource)),
        cell(...needed2),
        cell(
          s.explanation,
          s.runtimeGB !== void 0 ? `\u8FD0\u884C\u73AF\u5883\u3001\u4E1A\u52A1\u90E8\u7F72\u5305\u7684\u5B58\u50A8\u5360\u7528\u91CF\uFF1A${s.runtimeGB}GB` : "",
          s.migratedGB !== void 0 ? `\u5DF2\u6709\u4E1A\u52A1\u6570\u636E\u8FC1\u79FB\u91CF\uFF1A${s.migratedGB}GB` : "",
          ...(s.migratedEvidence ?? []).map((p) => `\u622A\u56FE\uFF1A${p}`),
          s.growth ? `\u672A\u6765${s.growth.months}\u4E2A\u6708\u4E1A\u52A1\u6570\u636E\u589E\u957F\u91CF\uFF1A\u6BCF\u6708${s.growth.monthlyGB}GB` : "",
          s.growth ? `\u6570\u636E\u7684\u6784\u6210\uFF1A${s.growth.composition}` : "",
          s.growth?.formula ? `\u6D4B\u7B97\u4F9D\u636E\uFF1A${s.growth.formula}` : ""
        )
      ];
    })
  });
  blocks.push(h2("4\u3001\u707E\u5907\u9700\u6C42\u8BF4\u660E"));
  if (e.backup && e.backup.length > 0)
    blocks.push({
      kind: "table",
      columns: ["\u7F16\u53F7", "\u5907\u4EFD\u5185\u5BB9", "\u5907\u4EFD\u7C7B\u578B", "\u5907\u4EFD\u7B56\u7565", "\u4FDD\u5B58\u5468\u671F", "\u5907\u4EFD\u5BB9\u91CF", "\u63A8\u7B97\u8FC7\u7A0B"],
      widths: [7, 19, 10, 17, 9, 10, 28],
      rows: e.backup.map((b, i) => [
        cell(String(i + 1)),
        cell(
          b.content,
          b.resource ? `\u5BF9\u8C61\uFF1A${resourceTitle(ctx, app.resources, b.resource)}` : "",
          b.sourceGB !== void 0 ? `\u6E90\u6570\u636E\u91CF\uFF1A${b.sourceGB}GB` : ""
        ),
        cell(backupTypes[b.type] ?? b.type),
        cell(b.policy),
        cell(`${b.retentionDays}\u5929`),
        cell(`${b.capacityGB}GB`),
        cell(b.formula)
      ])
    });
  else blocks.push(para(notInvolved));
  blocks.push(
    h2("5\u3001\u5B89\u5168\u9700\u6C42\u8BF4\u660E"),
    para(`\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\uFF1A\u7B2C${ctx.system.protectionLevel}\u7EA7`, e.security?.explanation)
  );
  const sec = securityResources(ctx, app.resources);
  if (sec) blocks.push(sec);
  return {
    name: "\u6D4B\u7B97\u62A5\u544A",
    variant: "\u65B0\u589E",
    annex: "\u9644\u4EF66",
    title: estimateTitle,
    blocks
  };
}
function testEstimate(ctx, app) {
  const e = app.estimate;
  const blocks = [
    h2("1\u3001\u7CFB\u7EDF\u6982\u8FF0"),
    h3("\uFF081\uFF09\u7CFB\u7EDF\u540D\u79F0"),
    para(app.system),
    h3("\uFF082\uFF09\u7CFB\u7EDF\u63CF\u8FF0"),
    para(e.description),
    h3("\uFF083\uFF09\u7CFB\u7EDF\u67B6\u6784"),
    para(...architectureLines(e.architecture)),
    h2("2\u3001\u90E8\u7F72\u65B9\u6848"),
    para(e.deployment),
    {
      kind: "table",
      columns: ["\u7F16\u53F7", "\u90E8\u7F72\u8282\u70B9", "\u5BF9\u5E94\u8D44\u6E90", "\u914D\u7F6E"],
      widths: [8, 22, 30, 40],
      rows: e.nodes.map((n, i) => {
        const r = app.resources.find((x) => x.id === n.resource);
        return [
          cell(String(i + 1)),
          cell(n.name),
          cell(r ? serviceName(ctx.catalog, r.service) : n.resource, r?.purpose),
          cell(...r ? configLines(ctx.catalog, r.service, r, "new") : [])
        ];
      })
    },
    h2("3\u3001\u8D44\u6E90\u9700\u6C42"),
    {
      kind: "table",
      columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u7528\u9014", "\u6570\u91CF"],
      widths: [8, 14, 36, 30, 12],
      rows: app.resources.map((r, i) => [
        cell(String(i + 1)),
        cell(serviceName(ctx.catalog, r.service)),
        cell(...configLines(ctx.catalog, r.service, r, "new")),
        cell(r.purpose),
        cell(quantityText(ctx.catalog, r.service, r.quantity))
      ])
    },
    h2("4\u3001\u6D4B\u7B97\u4F9D\u636E"),
    para(e.basis)
  ];
  return {
    name: "\u6D4B\u7B97\u62A5\u544A",
    variant: "\u6D4B\u8BD5\u8D44\u6E90",
    annex: "\u9644\u4EF66",
    title: estimateTitle,
    subtitle: "\uFF08\u6D4B\u8BD5\u8D44\u6E90\uFF09",
    blocks
  };
}
function changeEstimate(ctx, app) {
  if (!app.estimate) return void 0;
  const e = app.estimate;
  const rows = {
    compute: [],
    storage: [],
    container: [],
    dr: [],
    security: [],
    other: []
  };
  const evidence = [];
  for (const c of app.changes) {
    const r = stateResource(ctx.before, c.resource);
    const service = r?.service ?? "";
    const svc = serviceOf(ctx.catalog, service);
    const name2 = r ? serviceName(ctx.catalog, service) : c.resource;
    const u2 = c.utilization;
    for (const p of u2?.evidence ?? []) evidence.push(`${name2}${r?.purpose ? `\uFF08${r.purpose}\uFF09` : ""}\uFF1A${p}`);
    const before = configLines(ctx.catalog, service, c.before, "change");
    const after = configLines(ctx.catalog, service, c.after, "change");
    const gb = (v) => v === void 0 ? "" : String(v);
    if (service === "ecs" || service === "bms" || service === "ai-compute") {
      const pct5 = (label3, v) => v ? `${label3}\u5E73\u5747${v.average}%${v.peak !== void 0 ? `\u3001\u5CF0\u503C${v.peak}%` : ""}` : "";
      rows.compute.push([
        cell(name2, ...c.ip ? [c.ip] : ipsOf(r)),
        cell(...before),
        cell(...after),
        cell(
          u2 ? `\u7EDF\u8BA1\u533A\u95F4\uFF1A${formatDate(u2.window.from)}\u81F3${formatDate(u2.window.to)}` : "",
          pct5("vCPU", u2?.cpu),
          pct5("\u5185\u5B58", u2?.memory),
          u2?.storage?.usedPercent !== void 0 ? `\u5B58\u50A8\u5CF0\u503C${u2.storage.usedPercent}%` : "",
          u2?.storage?.usedGB !== void 0 ? `\u5B58\u50A8\u5DF2\u4F7F\u7528${u2.storage.usedGB}GB` : ""
        )
      ]);
    } else if (service === "obs" || service === "sfs" || service === "evs") {
      rows.storage.push([
        cell(name2, r?.purpose),
        cell(gb(c.before.capacityGB)),
        cell(gb(u2?.storage?.usedGB)),
        cell(gb(c.after.capacityGB))
      ]);
    } else if (svc?.shape === "vcpu" || service === "cce-node") {
      rows.container.push([
        cell(name2, r?.purpose),
        cell(gb(c.before.vcpu)),
        cell(u2?.cpu ? `\u5E73\u5747${u2.cpu.average}${u2.cpu.peak !== void 0 ? `\uFF0C\u5CF0\u503C${u2.cpu.peak}` : ""}` : ""),
        cell(gb(c.after.vcpu))
      ]);
    } else if (svc?.level1 === "\u707E\u5907") {
      rows.dr.push([
        cell(gb(c.before.capacityGB)),
        cell(gb(u2?.storage?.usedGB)),
        cell(gb(c.after.capacityGB))
      ]);
    } else if (svc?.level1 === "\u5B89\u5168") {
      rows.security.push([
        cell(String(rows.security.length + 1)),
        cell(name2),
        cell(...before),
        cell(...after)
      ]);
    } else {
      rows.other.push([cell(String(rows.other.length + 1)), cell(name2), cell(...before), cell(...after)]);
    }
  }
  const table3 = (columns, body, widths) => ({
    kind: "table",
    columns,
    rows: body,
    widths,
    empty: "\u4E0D\u6D89\u53CA"
  });
  const blocks = [
    h2("1\u3001\u4E91\u670D\u52A1\u53D8\u66F4\u6C47\u603B"),
    h3("\uFF081\uFF09\u4E91\u4E3B\u673A\u3001\u88F8\u91D1\u5C5E"),
    table3(["IP", "\u53D8\u66F4\u524D\u914D\u7F6E\uFE61", "\u53D8\u66F4\u540E\u914D\u7F6E\uFE61", "\u8D44\u6E90\u5229\u7528\u7387"], rows.compute, [20, 26, 26, 28]),
    h3("\uFF082\uFF09\u5BF9\u8C61\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8"),
    table3(["\u540D\u79F0", "\u53D8\u66F4\u524D\u5BB9\u91CF\uFF08GB\uFF09", "\u5DF2\u4F7F\u7528\u91CF\uFF08GB\uFF09", "\u53D8\u66F4\u540E\u5BB9\u91CF\uFF08GB\uFF09"], rows.storage, [34, 22, 22, 22]),
    h3("\uFF083\uFF09\u5BB9\u5668"),
    table3(["\u540D\u79F0", "vCPU\uFF08\u6838\uFF09", "\u5229\u7528\u7387\uFF08%\uFF09", "\u53D8\u66F4\u540E\u5BB9\u91CF\uFF08\u6838\uFF09"], rows.container, [34, 22, 22, 22]),
    h3("\uFF084\uFF09\u707E\u5907\u670D\u52A1"),
    table3(["\u5BB9\u91CF\uFF08GB\uFF09", "\u4F7F\u7528\u91CF\uFF08GB\uFF09", "\u53D8\u66F4\u540E\u5BB9\u91CF\uFF08GB\uFF09"], rows.dr, [34, 33, 33]),
    h3("\uFF085\uFF09\u5B89\u5168\u670D\u52A1"),
    table3(["\u7F16\u53F7", "\u540D\u79F0", "\u914D\u7F6E", "\u53D8\u66F4\u540E\u914D\u7F6E"], rows.security, [8, 24, 34, 34])
  ];
  if (rows.other.length > 0)
    blocks.push(h3("\u5176\u4ED6\u670D\u52A1"), table3(["\u7F16\u53F7", "\u540D\u79F0", "\u914D\u7F6E", "\u53D8\u66F4\u540E\u914D\u7F6E"], rows.other, [8, 24, 34, 34]));
  const growth = e.storageGrowth;
  const overall = (e.evidence ?? []).filter((p) => !evidence.some((x) => x.endsWith(`\uFF1A${p}`)));
  blocks.push(
    h2("2\u3001\u4E91\u670D\u52A1\u53D8\u66F4\u524D\u622A\u56FE\u3001\u6D4B\u7B97\u8BF4\u660E"),
    h3("1\u3001\u53D8\u66F4\u524D\u4E91\u670D\u52A1\u4F7F\u7528\u60C5\u51B5\u622A\u56FE"),
    evidence.length + overall.length > 0 ? para(...evidence, ...overall.map((p) => `\u6574\u4F53\uFF1A${p}`)) : para("\u672A\u63D0\u4F9B\u3002"),
    h3("2\u3001\u8D44\u6E90\u53D8\u66F4\u7684\u6D4B\u7B97\u8FC7\u7A0B"),
    para(
      e.explanation,
      growth ? `\u5B58\u50A8\u53D8\u66F4\u91CF\uFF1A\u6BCF\u6708\u589E\u957F${growth.monthlyGB}GB\uFF0C\u6D4B\u7B97${growth.months}\u4E2A\u6708` : "",
      growth ? `\u6570\u636E\u7684\u6784\u6210\uFF1A${growth.composition}` : "",
      growth?.formula ? `\u6D4B\u7B97\u516C\u5F0F\uFF1A${growth.formula}` : ""
    )
  );
  return {
    name: "\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A",
    variant: "\u53D8\u66F4",
    annex: "\u9644\u4EF66",
    title: changeEstimateTitle,
    blocks
  };
}
function estimateForm(ctx) {
  const app = ctx.application;
  switch (app.type) {
    case "new":
      return newEstimate(ctx, app);
    case "test":
      return testEstimate(ctx, app);
    case "change":
      return changeEstimate(ctx, app);
    default:
      return void 0;
  }
}

// scripts/core/forms/ports.ts
var portsTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u6570\u636E\u4E2D\u5FC3\u670D\u52A1\u5668\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868";
var portsNotes = {
  title: "\u6CE8\uFF1A",
  items: [
    { text: "1. \u6B64\u7533\u8BF7\u8868\u4EC5\u4F9B1\u5957\u4FE1\u606F\u7CFB\u7EDF\u586B\u5199\uFF0C\u82E5\u6709\u591A\u5957\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u8BF7\u5206\u5F00\u586B\u5199\u3002" },
    { text: "2. \u5BF9\u4E8E\u7AEF\u53E3\u5F00\u653E\u7684\u7533\u8BF7\uFF0C\u5E94\u5F53\u5728\u76F8\u5173\u7533\u8BF7\u8868\u4E2D\u6CE8\u660E\u8BE5\u7AEF\u53E3\u5F00\u653E\u7684\u7528\u9014" },
    {
      text: "\u2460\u56E0\u670D\u52A1\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u65B0\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u63D0\u4F9B\u7531\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002\uFF08\u5982\u9009\u6B64\u9879\u9700\u586B\u5199\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\u548C\u62A5\u544A\u7ED3\u8BBA\uFF09",
      indent: true
    },
    { text: "\u2461\u56E0\u5B89\u5168\u9700\u8981\uFF0C\u7533\u8BF7\u6539\u53D8\u539F\u670D\u52A1\u7AEF\u53E3\u7684\uFF0C\u5BA1\u6838\u540E\u4E88\u4EE5\u5F00\u653E\u3002", indent: true },
    {
      text: "\u2462\u56E0\u7F51\u7BA1\u9700\u6C42,\u7533\u8BF7\u5F00\u653E\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684IP\u5730\u5740\uFF0C\u5BA1\u6838\u540E\u51B3\u5B9A\u662F\u5426\u4E88\u4EE5\u5F00\u653E\u3002",
      indent: true
    },
    {
      text: "\u2463\u5982\u9700\u5F00\u901A\u6216\u4FEE\u65393389\u7AEF\u53E3\u7B56\u7565\uFF0C\u8FD8\u5E94\u63D0\u4EA4\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\uFF0C\u7ECF\u62A5\u5BA1\u767B\u8BB0\u540E\u529E\u7406\u3002",
      indent: true
    },
    {
      text: "3. \u516C\u7F51IP\u5730\u5740\u7528\u4E8E\u7F51\u7AD9\u6216\u57FA\u4E8EWEB\u65B9\u5F0F\u8BBF\u95EE\u7684\u5E94\u7528\u7CFB\u7EDF\uFF0C\u987B\u6309\u5DE5\u4FE1\u90E8\u95E8\u8981\u6C42\u5B8C\u6210ICP\u5907\u6848\uFF0C\u7F51\u7AD9\u65B0\u589E\u5907\u6848\u548C\u5907\u6848\u53D8\u66F4\u5E94\u4E8E\u5B8C\u6210\u5907\u6848\u6216\u8005\u53D8\u66F4\u6210\u529F\u540E\uFF0C\u57283\u4E2A\u5DE5\u4F5C\u65E5\u5185\u4E3B\u52A8\u6B63\u5F0F\u62A5\u5907\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u8FDB\u884C\u4FE1\u606F\u66F4\u65B0\u3002\u7533\u8BF7\u516C\u7F51IP\u9700\u5B8C\u6210ICP\u5907\u6848\u7684\u987B\u586B\u5199\u5B8C\u6574\u7684\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\u3002"
    },
    {
      text: "4. \u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D773\u4E2A\u6708\u5185\u6709\u6548\uFF0C\u5982\u56E0\u7533\u8BF7\u5355\u4F4D\u539F\u56E0\u672A\u80FD\u53CA\u65F6\u5B8C\u6210\u76F8\u5173\u4E1A\u52A1\u7684\u529E\u7406\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\u3002"
    },
    { text: "5. \u653F\u52A1\u4E91\u5F39\u6027IP\u4EE5\u53CA\u7528\u4E8E\u653F\u52A1\u4E91\u7684\u516C\u7F51IP\u65B0\u589E\u7533\u8BF7\uFF0C\u987B\u5728\u5907\u6CE8\u4E2D\u660E\u786E\u7ED1\u5B9A\u7684\u865A\u62DF\u673AIP\u3002" }
  ]
};
var purposes = ["new-service", "change-port", "management", "rdp"];
var marks = ["\u2460", "\u2461", "\u2462", "\u2463"];
var ipTypes = [
  { type: "virtual", label: "\u653F\u52A1\u4E91\u865A\u62DFIP" },
  { type: "elastic", label: "\u653F\u52A1\u4E91\u5F39\u6027IP" },
  { type: "public", label: "\u516C\u7F51IP" }
];
function portsText(rule) {
  if (rule.ports === void 0) return rule.protocol === "icmp" ? "\u2014" : "";
  return Array.isArray(rule.ports) ? rule.ports.join("\u3001") : String(rule.ports);
}
function portsForm(ctx) {
  const app = ctx.application;
  if (app.type !== "ports") return void 0;
  const p = app.ports;
  const { unit, system } = ctx;
  const tc = system.technicalContact;
  const address = (target) => {
    const r = stateResource(ctx.before, target);
    if (!r) return [target];
    const ips = ipsOf(r);
    const name2 = r.purpose ?? serviceName(ctx.catalog, r.service);
    return ips.length > 0 ? [`${name2}\uFF1A`, ...ips] : [`${name2}\uFF08${target}\uFF09`];
  };
  const ruleRows = (p.rules ?? []).map((rule) => [
    cell(rule.source === "any" ? "any\uFF08\u4EFB\u610F\u5730\u5740\uFF09" : rule.source),
    cell(...address(rule.destination)),
    cell(rule.protocol.toUpperCase()),
    cell(portsText(rule)),
    cellOf([
      choicesLine(
        purposes.map((pp, i) => ({
          label: marks[i],
          checked: rule.purpose === pp,
          boxAfter: true
        }))
      ),
      line(rule.description)
    ])
  ]);
  const ipRows = [];
  for (const t of ipTypes) {
    const requests = (p.ipRequests ?? []).filter((r) => r.type === t.type);
    const icpHint = t.type === "public" ? "ICP\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u540D\u79F0\uFF1A" : "";
    if (requests.length === 0) {
      ipRows.push([cellOf([choicesLine([choice(t.label, false)])]), cell(), cell(), cell(icpHint)]);
      continue;
    }
    for (const r of requests)
      ipRows.push([
        cellOf([choicesLine([choice(t.label, true)])]),
        cell(`${r.quantity}\u4E2A`),
        cell(r.purpose),
        cell(
          r.bindTo ? `\u7ED1\u5B9A\u7684\u865A\u62DF\u673A\uFF1A${address(r.bindTo).join("")}` : "",
          t.type === "public" || r.icpEntity ? `ICP\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u540D\u79F0\uFF1A${r.icpEntity ?? ""}` : "",
          r.remark
        )
      ]);
  }
  const sr = p.securityReport;
  const natures = [
    choice("\u673A\u5173", unit.nature === "\u673A\u5173"),
    choice("\u4E8B\u4E1A", unit.nature === "\u4E8B\u4E1A"),
    choice("\u5176\u5B83\uFF08\u8BF7\u8BF4\u660E\uFF09\uFF1A", unit.nature === "\u5176\u5B83")
  ];
  return {
    name: "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868",
    variant: p.business === "open" ? "\u5F00\u653E" : "\u5173\u95ED",
    annex: "\u9644\u4EF68",
    title: portsTitle,
    blocks: [
      {
        kind: "grid",
        columns: 6,
        widths: [15, 20, 13, 19, 10, 23],
        rows: [
          [label2("\u5355\u4F4D\u540D\u79F0"), cell(app.unit)],
          [
            label2("\u8054\u7CFB\u4EBA"),
            cell(p.contact.name),
            label2("\u8054\u7CFB\u7535\u8BDD"),
            cell(p.contact.phone),
            label2("\u4F20\u771F"),
            cell(p.contact.fax)
          ],
          [
            label2("\u6280\u672F\u8054\u7CFB\u4EBA"),
            cell(tc.name),
            label2("\u529E\u516C\u7535\u8BDD"),
            cell(tc.officePhone),
            label2("\u624B\u673A"),
            cell(tc.mobile)
          ],
          [label2("\u5355\u4F4D\u5730\u5740"), cell(unit.address)],
          [label2("\u5355\u4F4D\u6027\u8D28"), cellOf([choicesLine(natures, void 0, unit.natureNote)])],
          [
            label2("\u63A5\u5165\u7F51\u7EDC"),
            cellOf([
              choicesLine([
                choice("\u515A\u653F\u673A\u5173\u5916\u7F51(\u653F\u52A1\u516C\u5171\u7F51)", p.network === "public"),
                choice("\u515A\u653F\u673A\u5173\u4E13\u7F51(\u653F\u52A1\u529E\u516C\u7F51)", p.network === "office")
              ])
            ])
          ],
          [
            label2("\u4E1A\u52A1\u7C7B\u578B"),
            cellOf([
              choicesLine([
                choice("\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7", p.business === "open"),
                choice("\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7", p.business === "close")
              ])
            ])
          ],
          [
            label2("\u4FE1\u606F\u7CFB\u7EDF", "\u540D\u79F0"),
            { ...cell(app.system), span: 2 },
            { ...label2("\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u8BBA"), span: 1 },
            cell(
              sr?.conclusion,
              sr && sr.system !== app.system ? `\u62A5\u544A\u6240\u5217\u7CFB\u7EDF\uFF1A${sr.system}` : "",
              sr?.reportNo ? `\u62A5\u544A\u7F16\u53F7\uFF1A${sr.reportNo}` : "",
              sr?.issuer ? `\u51FA\u5177\u5355\u4F4D\uFF1A${sr.issuer}` : ""
            )
          ]
        ]
      },
      {
        kind: "table",
        columns: ["\u6E90\u5730\u5740", "\u76EE\u7684\u5730\u5740", "\u7AEF\u53E3\u7C7B\u578BTCP/UDP/ICMP", "\u7AEF\u53E3\u53F7", "\u7AEF\u53E3\u7528\u9014\u8BF4\u660E (\u89C1\u6CE82)"],
        widths: [16, 23, 18, 11, 32],
        rows: ruleRows,
        empty: "\u4E0D\u6D89\u53CA"
      },
      { kind: "band", level: 3, title: "IP\u5730\u5740\u7533\u8BF7" },
      { kind: "table", columns: ["\u7C7B\u578B", "\u6570\u91CF", "\u7528\u9014", "\u5907\u6CE8"], widths: [22, 12, 30, 36], rows: ipRows },
      {
        kind: "grid",
        columns: 2,
        widths: [15, 85],
        rows: [
          [
            label2("\u5907\u6CE8"),
            cell(
              app.remark,
              p.rdpApproval ? `\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\u7F16\u53F7\uFF1A${p.rdpApproval.formNo}${p.rdpApproval.date ? `\uFF0C\u62A5\u5BA1\u767B\u8BB0\u65E5\u671F\uFF1A${formatDate(p.rdpApproval.date)}` : ""}` : "",
              ...(app.attachments ?? []).map((a) => `\u9644\u4EF6\uFF1A${a}`)
            )
          ]
        ]
      }
    ],
    notes: portsNotes,
    signature: {
      lines: [
        { label: "\u7533\u8BF7\u5355\u4F4D(\u76D6\u7AE0)\uFF1A", value: app.unit },
        { label: "\u65E5\u671F\uFF1A", value: formatDate(app.date) }
      ]
    }
  };
}

// scripts/core/forms/render.ts
import Handlebars2 from "handlebars";

// scripts/core/markup.ts
import Handlebars from "handlebars";
var invisible = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要找出控制字符
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu
);
var layout = /[\t\n\r]/g;
var codePoint = (ch) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
function visible2(text2, options = {}) {
  const shown = text2.replace(invisible, codePoint);
  return options.layout ? shown.replace(layout, codePoint) : shown;
}
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "~": "&#126;",
  "|": "&#124;",
  $: "&#36;",
  ":": "&#58;",
  "#": "&#35;"
};
var special = /GH-(?=\d)|www\.|(?<=[\p{L}\p{N}-])\.(?=[A-Za-z])|@(?=[A-Za-z0-9_-])|[&<>\\`*_[\]~|$:#]/giu;
var entity = (ch) => `&#${ch.charCodeAt(0)};`;
function escapeLine(line2) {
  const escaped = line2.replace(special, (m, at) => {
    if (m.length === 3) return `${m}<wbr>`;
    if (m.length === 4) return `${m.slice(0, 3)}&#46;`;
    if (m === ".") return "&#46;";
    if (m === "@") return "@<wbr>";
    if (m === "#" && /\d/.test(line2.charAt(at + 1))) return "&#35;<wbr>";
    return entities[m] ?? entity(m);
  });
  return escaped.replace(/^[-+](?=[ \t]|$)/, entity).replace(/^[-=](?=[-= \t]*$)/, entity).replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, (_, n, c) => n + entity(c));
}
function inlineText(text2) {
  return escapeLine(
    visible2(text2).replace(/\r\n?|[\n\t]/g, " ").trimStart()
  );
}
function blockText(text2) {
  return visible2(text2).split(/\r\n?|\n/).map((l) => inlineText(l).trimEnd()).filter((l) => l !== "").join("\\\n");
}
function longestRun(text2, ch) {
  let longest = 0;
  let run = 0;
  for (const c of text2) {
    run = c === ch ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
function codeSpan(text2) {
  const content = visible2(text2, { layout: true });
  if (content.trim() === "" || content.includes("|")) return inlineText(text2);
  const fence = "`".repeat(longestRun(content, "`") + 1);
  const pad5 = /^`|`$/.test(content) || content.startsWith(" ") && content.endsWith(" ") ? " " : "";
  return `${fence}${pad5}${content}${pad5}${fence}`;
}
function htmlText(text2) {
  return Handlebars.Utils.escapeExpression(visible2(text2));
}
var Markup = class {
  constructor(markdown) {
    this.markdown = markdown;
  }
  markdown;
  toString() {
    return this.markdown;
  }
};
var raw = (markdown) => new Markup(markdown);
var code = (text2) => new Markup(codeSpan(text2));
function md(strings, ...values) {
  let out = strings[0] ?? "";
  values.forEach((v, i) => {
    out += v instanceof Markup ? v.markdown : inlineText(String(v ?? ""));
    out += strings[i + 1] ?? "";
  });
  return out;
}
function codeBlock(text2, info = "") {
  const content = visible2(text2).replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  const fence = "`".repeat(Math.max(2, longestRun(content, "`")) + 1);
  return `${fence}${info.replace(/[`\s]/g, "")}
${content}
${fence}`;
}

// scripts/core/forms/render.ts
var formTemplateFiles = [
  "form.md.hbs",
  "form.html.hbs",
  "print.css.hbs",
  "line.html.hbs",
  "cell.html.hbs",
  "box.html.hbs",
  "cols.html.hbs"
];
function layout2(doc) {
  return {
    ...doc,
    blocks: doc.blocks.map((b) => {
      if (b.kind === "grid")
        return {
          ...b,
          rows: b.rows.map((row) => {
            const fixed = row.slice(0, -1).map((c) => c.span ?? 1);
            const used = fixed.reduce((a, n) => a + n, 0);
            return row.map((c, i) => ({
              ...c,
              span: i < row.length - 1 ? fixed[i] : Math.max(1, b.columns - used)
            }));
          })
        };
      if (b.kind === "table")
        return {
          ...b,
          numbered: b.columns[0]?.startsWith("\u7F16\u53F7") ?? false,
          emptyFill: Array.from({ length: Math.max(0, b.columns.length - 1) }, () => null)
        };
      return b;
    })
  };
}
var box = (checked) => checked ? "\u2611" : "\u25A1";
function lineText(line2) {
  const choices = (line2.choices ?? []).map((c) => c.boxAfter ? `${c.label}${box(c.checked)}` : `${box(c.checked)}${c.label}`).join("\u3000");
  return `${line2.text ?? ""}${choices}${line2.after ?? ""}`;
}
var md2 = Handlebars2.create();
var safe = (s) => new md2.SafeString(s);
var mdCell = (cell4) => cell4.lines.map((l) => inlineText(lineText(l))).join("<br>");
function mdGridRow(row) {
  let out = "";
  row.forEach((c, i) => {
    if (c.label) {
      if (i > 0) out += "\u3000";
      out += `**${c.lines.map((l) => inlineText(lineText(l))).join("")}**\uFF1A`;
    } else {
      if (i > 0 && !row[i - 1]?.label) out += "\u3000";
      out += mdCell(c);
    }
  });
  return out;
}
md2.registerHelper({
  eq: (a, b) => a === b,
  heading: (level) => "#".repeat(level),
  md: (text2) => safe(inlineText(String(text2 ?? ""))),
  mdCell: (cell4) => safe(mdCell(cell4)),
  mdGridRow: (row) => safe(mdGridRow(row)),
  mdLines: (lines) => safe(lines.map((l) => blockText(lineText(l))).join("\\\n")),
  mdNotes: (items2) => safe(items2.map((i) => `${i.indent ? "\u3000\u3000" : ""}${blockText(i.text)}`).join("\\\n")),
  mdSignature: (lines) => safe(lines.map((l) => blockText(`${l.label}${l.value}`)).join("\\\n"))
});
function escapedStrings(value) {
  if (typeof value === "string") return htmlText(value);
  if (Array.isArray(value)) return value.map(escapedStrings);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapedStrings(v)]));
  return value;
}
function formRenderer(sources) {
  const html = Handlebars2.create();
  html.registerHelper("eq", (a, b) => a === b);
  html.registerPartial({
    css: sources["print.css.hbs"],
    line: sources["line.html.hbs"].trim(),
    cell: sources["cell.html.hbs"].trim(),
    box: sources["box.html.hbs"].trim(),
    cols: sources["cols.html.hbs"].trim()
  });
  let compiled;
  const templates = () => {
    compiled ??= {
      md: md2.compile(sources["form.md.hbs"], { strict: false }),
      // 数据已由 htmlText 转义（html），这里不再转义
      html: html.compile(sources["form.html.hbs"], { strict: false, noEscape: true })
    };
    return compiled;
  };
  return {
    markdown: (docs) => {
      const list3 = Array.isArray(docs) ? docs : [docs];
      return `${list3.map(
        (d) => templates().md(layout2(d)).replace(/\n{3,}/g, "\n\n").trim()
      ).join("\n\n---\n\n")}
`;
    },
    html: (doc) => templates().html(layout2(escapedStrings(doc)))
  };
}

// scripts/core/forms/index.ts
function applicationForms(ctx) {
  return [applicationForm(ctx), estimateForm(ctx), portsForm(ctx)].filter(
    (f) => f !== void 0
  );
}

// scripts/core/notify/config.ts
var secretNamePattern = "^[A-Z][A-Z0-9_]{2,127}$";
var secretName = new RegExp(secretNamePattern);
var emailAddress = /^[^\s@<>"',;]+@[^\s@<>"',;]+\.[^\s@<>"',;]+$/;
function looksLikeSecret(value) {
  return /:\/\//.test(value) || /(?:^|[?&])(?:key|access_token)=/i.test(value) || /^SEC[0-9a-f]{16,}$/i.test(value) || /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(value) || /[0-9a-f]{32,}/i.test(value);
}
var pasted = (path) => ({
  path,
  message: text(
    `${path} \u76F4\u63A5\u5199\u4E86 webhook \u5730\u5740\u6216\u5BC6\u94A5\uFF1A\u4ED3\u5E93\u662F\u516C\u5F00\u7684\u7533\u8BF7\u8BB0\u5F55\uFF0C\u8FD9\u91CC\u53EA\u80FD\u5199\u5B58\u653E\u5B83\u7684\u73AF\u5883\u53D8\u91CF\u540D\uFF08\u5982 GOVCLOUD_NOTIFY_SZ_EDU_WECOM\uFF09\u3002\u8BF7\u7ACB\u5373\u5728\u4F01\u4E1A\u5FAE\u4FE1/\u9489\u9489\u4E2D\u91CD\u7F6E\u8FD9\u4E2A\u673A\u5668\u4EBA\u7684\u5730\u5740\u6216\u5BC6\u94A5\uFF0C\u628A\u65B0\u503C\u5B58\u4E3A\u4ED3\u5E93\u7684 Actions secret\uFF0C\u518D\u5728\u8FD9\u91CC\u5199\u5B83\u7684\u540D\u5B57\uFF08\u7B2C46\u6761\u63D0\u9192\u7ECF\u6B64\u53D1\u9001\uFF0C\u89C1 docs/notify.md\uFF09\u3002`,
    `${path} holds a webhook address or key itself: the repository is a public record, so only the name of the environment variable holding it belongs here (e.g. GOVCLOUD_NOTIFY_SZ_EDU_WECOM). Reset the robot's address or secret in WeCom/DingTalk now, store the new value as an Actions secret, and write its name here (see docs/notify.md).`
  )
});
var notAName = (path) => ({
  path,
  message: text(
    `${path} \u5E94\u4E3A\u73AF\u5883\u53D8\u91CF\u540D\uFF1A\u5927\u5199\u5B57\u6BCD\u5F00\u5934\uFF0C\u53EA\u542B\u5927\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u4E0E\u4E0B\u5212\u7EBF\uFF08\u5982 GOVCLOUD_NOTIFY_SZ_EDU_WECOM\uFF09\u3002`,
    `${path} must be an environment variable name: an upper-case letter, then upper-case letters, digits and underscores (e.g. GOVCLOUD_NOTIFY_SZ_EDU_WECOM).`
  )
});
function checkName(value, path, problems) {
  if (typeof value !== "string") {
    problems.push(notAName(path));
    return void 0;
  }
  if (secretName.test(value)) return value;
  problems.push(looksLikeSecret(value) ? pasted(path) : notAName(path));
  return void 0;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseNotifyConfig(raw2) {
  const problems = [];
  const config = {};
  if (raw2 === void 0 || raw2 === null) return { config, problems };
  if (!isObject(raw2)) {
    problems.push({
      path: "/notify",
      message: text(
        "notify \u5E94\u4E3A\u5BF9\u8C61\uFF08email\u3001wecom\u3001dingtalk\uFF09\u3002",
        "notify must be an object (email, wecom, dingtalk)."
      )
    });
    return { config, problems };
  }
  if (raw2.email !== void 0) {
    const list3 = Array.isArray(raw2.email) ? raw2.email : [raw2.email];
    const good = [];
    list3.forEach((a, i) => {
      if (typeof a === "string" && emailAddress.test(a)) good.push(a);
      else
        problems.push({
          path: `/notify/email/${i}`,
          message: text(
            `/notify/email/${i} \u4E0D\u662F\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002`,
            `/notify/email/${i} is not an e-mail address.`
          )
        });
    });
    if (good.length) config.email = good;
  }
  if (raw2.wecom !== void 0) {
    const w = isObject(raw2.wecom) ? raw2.wecom : { webhook: raw2.wecom };
    const webhook = checkName(w.webhook, "/notify/wecom/webhook", problems);
    if (webhook) config.wecom = { webhook };
  }
  if (raw2.dingtalk !== void 0) {
    const d = isObject(raw2.dingtalk) ? raw2.dingtalk : { webhook: raw2.dingtalk };
    const webhook = checkName(d.webhook, "/notify/dingtalk/webhook", problems);
    const secret = d.secret === void 0 ? void 0 : checkName(d.secret, "/notify/dingtalk/secret", problems);
    if (webhook) config.dingtalk = { webhook, ...secret ? { secret } : {} };
  }
  return { config, problems };
}

// scripts/core/schema/build.ts
var schemaBase = "https://govcloud-gitops.example/schemas";
function buildSchemas(catalog) {
  const b = new Builder(catalog);
  return { unit: b.unit(), system: b.system(), application: b.application(), delivery: b.delivery() };
}
var Builder = class {
  constructor(catalog) {
    this.catalog = catalog;
    this.profile = catalog.profile.id;
  }
  catalog;
  profile;
  /** 当前 schema 的 $defs：共用的字段定义只写一次，用 $ref 引用 */
  defs = {};
  cite(c) {
    return { "x-citation": { profile: this.profile, ...c } };
  }
  id(name2) {
    return `${schemaBase}/${this.profile}/${name2}.schema.json`;
  }
  def(name2, build) {
    if (!(name2 in this.defs)) this.defs[name2] = build();
    return { $ref: `#/$defs/${name2}` };
  }
  // ---------- 基本类型 ----------
  str(title, description, extra = {}) {
    return { type: "string", minLength: 1, title, ...description ? { description } : {}, ...extra };
  }
  date(title, description) {
    return { type: "string", format: "date", title, description: `${description}\uFF08\u683C\u5F0F YYYY-MM-DD\uFF09` };
  }
  int(title, description, extra = {}) {
    return { type: "integer", title, description, ...extra };
  }
  percent(title) {
    return { type: "number", minimum: 0, maximum: 100, title, description: `${title}\uFF0C\u5355\u4F4D %\uFF0C0\u2013100` };
  }
  obj(title, description, properties, required = [], extra = {}) {
    return {
      type: "object",
      title,
      description,
      properties,
      ...required.length ? { required } : {},
      additionalProperties: false,
      ...extra
    };
  }
  list(title, description, items2, extra = {}) {
    return { type: "array", title, description, items: items2, ...extra };
  }
  get g() {
    return this.catalog.profile.granularity;
  }
  vcpu() {
    return this.def("vcpu", () => this.vcpuSchema());
  }
  vcpuSchema() {
    const { multiple, min } = this.g.vcpu;
    return this.int("vCPU\uFF08\u6838\uFF09", `vCPU \u6838\u6570\uFF1A\u987B\u4E3A ${multiple} \u7684\u500D\u6570\uFF0C\u6700\u5C0F ${min} \u6838\uFF08\u9644\u4EF65 \u6CE83\uFF09\u3002`, {
      minimum: min,
      multipleOf: multiple,
      ...this.cite({ attachment: "\u9644\u4EF65", note: "3" })
    });
  }
  memory() {
    return this.def("memory", () => this.memorySchema());
  }
  memorySchema() {
    const { multiple, min } = this.g.memoryGB;
    return this.int("\u5185\u5B58\uFF08GB\uFF09", `\u5185\u5B58 GB\uFF1A\u987B\u4E3A ${multiple} \u7684\u500D\u6570\uFF0C\u6700\u5C0F ${min} GB\uFF08\u9644\u4EF65 \u6CE83\uFF09\u3002`, {
      minimum: min,
      multipleOf: multiple,
      ...this.cite({ attachment: "\u9644\u4EF65", note: "3" })
    });
  }
  capacity(title = "\u5BB9\u91CF\uFF08GB\uFF09") {
    const { multiple, min } = this.g.capacityGB;
    return this.int(
      title,
      `${title}\uFF1A\u987B\u4E3A ${multiple} GB \u7684\u500D\u6570\uFF0C\u4E0D\u8DB3 ${multiple} GB \u7684\u90E8\u5206\u5411\u4E0A\u53D6\u6574\uFF08\u9644\u4EF65 \u6CE83\uFF09\u3002`,
      {
        minimum: min,
        multipleOf: multiple,
        ...this.cite({ attachment: "\u9644\u4EF65", note: "3" })
      }
    );
  }
  tier() {
    return this.def("tier", () => this.tierSchema());
  }
  tierSchema() {
    return {
      type: "string",
      title: "\u78C1\u76D8\u7C7B\u578B",
      description: this.catalog.profile.diskTiers.map((t) => `${t.id}\uFF1A${t.label}`).join("\uFF1B"),
      enum: this.catalog.profile.diskTiers.map((t) => t.id)
    };
  }
  systemDisk() {
    return this.def("systemDisk", () => this.systemDiskSchema());
  }
  systemDiskSchema() {
    return this.obj(
      "\u7CFB\u7EDF\u76D8",
      `\u7CFB\u7EDF\u76D8\uFF0C\u9ED8\u8BA4 ${this.g.systemDiskGB.default} GB`,
      { sizeGB: this.int("\u7CFB\u7EDF\u76D8\u5BB9\u91CF\uFF08GB\uFF09", "\u7CFB\u7EDF\u76D8\u5BB9\u91CF GB", { minimum: 40 }), tier: this.tier() },
      ["sizeGB", "tier"]
    );
  }
  dataDisk() {
    return this.def("dataDisk", () => this.dataDiskSchema());
  }
  dataDiskSchema() {
    return this.obj(
      "\u6570\u636E\u76D8",
      "\u4E00\u5757\u6570\u636E\u76D8",
      { sizeGB: this.capacity("\u6570\u636E\u76D8\u5BB9\u91CF\uFF08GB\uFF09"), tier: this.tier() },
      ["sizeGB", "tier"]
    );
  }
  quantity() {
    return this.def("quantity", () => this.quantitySchema());
  }
  quantitySchema() {
    return this.int("\u6570\u91CF", "\u6570\u91CF\uFF08\u53F0\u3001\u4E2A\u3001\u5957\u2026\u2026\u6309\u76EE\u5F55\u8BA1\u91CF\u5355\u4F4D\uFF09", {
      minimum: 1,
      ...this.cite({ attachment: "\u9644\u4EF65", note: "1" })
    });
  }
  resourceId(title = "\u8D44\u6E90\u6807\u8BC6") {
    return this.str(
      title,
      "\u672C\u7CFB\u7EDF\u5185\u8D44\u6E90\u7684\u7A33\u5B9A\u6807\u8BC6\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF09\uFF0C\u53D8\u66F4\u3001\u64A4\u9500\u3001\u7AEF\u53E3\u5F00\u653E\u548C\u4E91\u4E0A\u8D44\u6E90\u540D\u90FD\u7528\u5B83\uFF1B\u6539\u540D\u4F1A\u88AB\u5F53\u4F5C\u64A4\u9500\u518D\u65B0\u589E\u3002",
      { pattern: "^[a-z][a-z0-9-]{0,39}$" }
    );
  }
  contact(title, description, extra = {}) {
    return this.obj(
      title,
      description,
      {
        name: this.str("\u59D3\u540D", "\u59D3\u540D"),
        email: this.str("\u90AE\u7BB1", "\u7535\u5B50\u90AE\u7BB1", { format: "email" }),
        mobile: this.str("\u624B\u673A", "\u624B\u673A\u53F7\u7801\uFF0811 \u4F4D\uFF09", { pattern: "^1[3-9][0-9]{9}$" }),
        officePhone: this.str("\u529E\u516C\u7535\u8BDD", "\u529E\u516C\u7535\u8BDD\uFF0C\u5982 0755-88888888", { pattern: "^[0-9+()\\- ]{5,20}$" }),
        position: this.str("\u804C\u52A1", "\u804C\u52A1"),
        github: this.str("GitHub \u8D26\u53F7", "GitHub \u7528\u6237\u540D", { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }),
        ...extra
      },
      ["name", "email", "mobile"]
    );
  }
  consultation() {
    return this.def("consultation", () => this.consultationSchema());
  }
  consultationSchema() {
    return this.obj(
      "\u4E8B\u524D\u6C9F\u901A\u8BB0\u5F55",
      "\u88F8\u91D1\u5C5E\u3001AI \u7B97\u529B\u3001\u8D85\u9AD8IO\u4E91\u786C\u76D8\uFF08SSD\uFF09\u7533\u8BF7\u524D\u987B\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A\uFF08\u9644\u4EF61 \u7B2C5\u30016\u300111\u9879\uFF09",
      {
        date: this.date("\u6C9F\u901A\u65E5\u671F", "\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A\u7684\u65E5\u671F"),
        contact: this.str("\u6C9F\u901A\u5BF9\u8C61", "\u4E2D\u5FC3\u7684\u6C9F\u901A\u4EBA\u6216\u7535\u8BDD"),
        summary: this.str("\u6C9F\u901A\u7ED3\u8BBA", "\u6C9F\u901A\u540E\u786E\u5B9A\u7684\u89C4\u683C\u4E0E\u7ED3\u8BBA")
      },
      ["date", "summary"],
      this.cite({ attachment: "\u9644\u4EF61" })
    );
  }
  attachments() {
    return this.def("attachments", () => this.attachmentsSchema());
  }
  attachmentsSchema() {
    return this.list(
      "\u9644\u4EF6",
      "\u622A\u56FE\u3001\u67B6\u6784\u56FE\u3001\u62A5\u544A\u7B49\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4E8E\u672C\u7CFB\u7EDF\u76EE\u5F55\uFF09\uFF0C\u5982 attachments/\u67B6\u6784\u56FE.png",
      this.str("\u9644\u4EF6\u8DEF\u5F84", "\u76F8\u5BF9\u4E8E\u7CFB\u7EDF\u76EE\u5F55\u7684\u8DEF\u5F84", { pattern: "^(?!/)(?!.*\\.\\.)[^\\\\]+$" })
    );
  }
  // ---------- 资源（云服务需求） ----------
  serviceResource(service) {
    const common2 = {
      id: this.resourceId(),
      service: { const: service.id, title: "\u670D\u52A1", description: `${service.name}\uFF08${service.level3}\uFF09` },
      purpose: this.str("\u7528\u9014", "\u7528\u9014\uFE61"),
      quantity: this.quantity(),
      remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
    };
    const required = ["id", "service"];
    const props = { ...common2 };
    const extra = {};
    switch (service.shape) {
      case "compute":
        Object.assign(props, {
          vcpu: this.vcpu(),
          memoryGB: this.memory(),
          systemDisk: this.systemDisk(),
          dataDisks: this.list("\u6570\u636E\u76D8", "\u6570\u636E\u76D8\u5217\u8868\uFF0C\u53EF\u4E3A\u7A7A", this.dataDisk())
        });
        if (service.id === "ai-compute")
          props.gpus = this.int("\u52A0\u901F\u5361\uFF08\u5757\uFF09", "AI \u7B97\u529B\u52A0\u901F\u5361\u5757\u6570", { minimum: 1 });
        required.push("purpose", "quantity", "vcpu", "memoryGB", "systemDisk");
        break;
      case "capacity":
        props.capacityGB = this.capacity();
        if (service.id === "evs") {
          props.tier = this.tier();
          props.attachTo = this.resourceId("\u6302\u8F7D\u5230");
          required.push("tier");
        }
        required.push("capacityGB");
        break;
      case "vcpu":
        props.vcpu = this.vcpu();
        required.push("vcpu");
        break;
      case "cache": {
        const editions = service.cache ?? [];
        props.edition = {
          type: "string",
          title: "\u7248\u672C",
          description: editions.map((e) => `${e.id}\uFF1A${e.label}`).join("\uFF1B"),
          enum: editions.map((e) => e.id)
        };
        props.sizeGB = this.int("\u5BB9\u91CF\uFF08GB\uFF09", "\u7F13\u5B58\u5BB9\u91CF GB", { minimum: 1 });
        required.push("edition", "sizeGB");
        extra.allOf = editions.map((e) => ({
          if: { properties: { edition: { const: e.id } }, required: ["edition"] },
          then: {
            properties: {
              sizeGB: {
                enum: e.sizesGB,
                description: `${e.label}\u5BB9\u91CF\u53EA\u80FD\u662F ${e.sizesGB.join("\u3001")} GB`,
                ...this.cite({ attachment: "\u9644\u4EF65" })
              }
            }
          }
        }));
        break;
      }
      case "package": {
        const p = service.package;
        if (!p) break;
        props.base = this.int(
          "\u57FA\u7840\u5305\uFF08\u4E2A\uFF09",
          `\u57FA\u7840\u5305\u6570\u91CF\uFF08\u542B ${p.baseAmount}${p.measure.unit}${p.measure.label}\uFF09`,
          {
            minimum: 0,
            maximum: 1
          }
        );
        props.increments = this.int(
          "\u589E\u91CF\u5305\uFF08\u4E2A\uFF09",
          `\u589E\u91CF\u5305\u6570\u91CF\uFF1A\u8D85\u51FA\u57FA\u7840\u5305\u7684\u90E8\u5206\uFF0C\u6BCF ${p.incrementAmount}${p.measure.unit}${p.measure.label}\u52A0\u4E00\u4E2A`,
          { minimum: 0 }
        );
        props[p.measure.field] = this.int(
          p.measure.label,
          `\u9700\u8981\u7684${p.measure.label}\uFF08${p.measure.unit}\uFF09\uFF0C\u7528\u4E8E\u6838\u5BF9\u5957\u9910\u6570\u91CF`,
          {
            minimum: 1
          }
        );
        required.push("base", "increments");
        break;
      }
      case "choice": {
        const c = service.choice;
        if (!c) break;
        props[c.field] = this.int(
          c.label,
          `${c.label}\uFF08${c.unit}\uFF09\uFF1A\u53EA\u80FD\u662F ${c.options.map((o) => o.value).join("\u3001")}`,
          {
            enum: c.options.map((o) => o.value),
            ...this.cite({ attachment: "\u9644\u4EF61" })
          }
        );
        required.push(c.field);
        break;
      }
      case "connections":
        props.connections = this.int("\u8FDE\u63A5\u6570", `\u8FDE\u63A5\u6570\uFF1A\u4EE5 ${this.g.sslVpnConnections.multiple} \u8FDE\u63A5\u4E3A\u5355\u4F4D`, {
          minimum: this.g.sslVpnConnections.multiple,
          multipleOf: this.g.sslVpnConnections.multiple,
          ...this.cite({ attachment: "\u9644\u4EF61" })
        });
        props.usage = {
          type: "string",
          title: "\u7528\u9014\u7C7B\u522B",
          description: "ops\uFF1A\u8FD0\u7EF4\uFF1Bbusiness\uFF1A\u4E1A\u52A1",
          enum: ["ops", "business"]
        };
        required.push("connections", "usage");
        break;
      case "count":
        break;
    }
    if (service.consultation || service.shape === "compute" || service.id === "evs")
      props.consultation = this.consultation();
    if (service.id === "waf")
      props.domains = this.int("\u9632\u62A4\u57DF\u540D\u6570", "\u9700\u8981\u9632\u62A4\u7684\u57DF\u540D\u6570\uFF1A\u57FA\u7840\u5305\u4E0E\u6BCF\u4E2A\u589E\u91CF\u5305\u5404\u542B 2 \u4E2A\u57DF\u540D", {
        minimum: 1
      });
    if (service.maxPerMonth !== void 0) {
      props.timesPerMonth = this.int("\u6BCF\u6708\u6B21\u6570", `\u6BCF\u6708\u6B21\u6570\uFF0C\u6700\u591A ${service.maxPerMonth} \u6B21`, {
        minimum: 1,
        maximum: service.maxPerMonth,
        ...this.cite({ attachment: "\u9644\u4EF65" })
      });
    }
    if (service.id === "eip") {
      Object.assign(props, {
        network: {
          type: "string",
          title: "IP \u7C7B\u578B",
          description: "public\uFF1A\u516C\u7F51IP\uFF08\u7535\u4FE1\u3001\u8054\u901A\u3001\u79FB\u52A8\u4E09\u9009\u4E00\uFF09\uFF1Bgovnet\uFF1A\u653F\u52A1\u5916\u7F51IP",
          enum: ["public", "govnet"]
        },
        carrier: {
          type: "string",
          title: "\u8FD0\u8425\u5546",
          description: "\u516C\u7F51 IP \u7684\u8FD0\u8425\u5546",
          enum: ["telecom", "unicom", "mobile"]
        },
        bindTo: this.resourceId("\u7ED1\u5B9A\u7684\u8D44\u6E90")
      });
      required.push("network");
    }
    if (service.id === "vpc") props.name = this.str("VPC \u540D\u79F0", "\u72EC\u7ACB VPC \u7684\u540D\u79F0\uFF08VPC_Name\uFF09");
    if (service.id === "subnet" || service.id === "private-ip")
      props.ips = this.int("\u79C1\u7F51 IP \u6570", "\u7CFB\u7EDF\u5171\u9700\u8981\u7684\u653F\u52A1\u4E91\u79C1\u7F51 IP \u6570\uFF08\u542B\u5B89\u5168\u670D\u52A1\u3001\u865A\u62DFIP\uFF09", {
        minimum: 1
      });
    return {
      ...this.obj(service.name, `${service.level1} / ${service.level2} / ${service.level3}`, props, required),
      ...extra
    };
  }
  resource() {
    const services = this.catalog.services.filter((s) => s.changeTypes.new);
    return {
      type: "object",
      title: "\u4E91\u670D\u52A1\u9700\u6C42",
      description: "\u4E00\u9879\u4E91\u670D\u52A1\u9700\u6C42\uFF08\u6309\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u586B\u5199\uFF09\uFF0C`service` \u51B3\u5B9A\u5176\u4F59\u5B57\u6BB5",
      required: ["service"],
      properties: { service: { type: "string", title: "\u670D\u52A1", enum: services.map((s) => s.id) } },
      // 服务项须与服务目录一致：未知的服务、缺少 service 都引这一款
      ...this.cite({ article: "\u7B2C21\u6761", clause: "(3)" }),
      discriminator: { propertyName: "service" },
      oneOf: services.map((s) => ({ $ref: `#/$defs/service-${s.id}` }))
    };
  }
  /** 变更前、变更后配置：字段取自各类服务的配置；哪些字段适用由规则按资源的服务核对。 */
  config(title) {
    return this.obj(title, `${title}\uFF08\u53EA\u5199\u4E0E\u8BE5\u8D44\u6E90\u76F8\u5173\u7684\u5B57\u6BB5\uFF09`, {
      vcpu: this.vcpu(),
      memoryGB: this.memory(),
      systemDisk: this.systemDisk(),
      dataDisks: this.list("\u6570\u636E\u76D8", "\u6570\u636E\u76D8\u5217\u8868", this.dataDisk()),
      capacityGB: this.capacity(),
      sizeGB: this.int("\u7F13\u5B58\u5BB9\u91CF\uFF08GB\uFF09", "\u5206\u5E03\u5F0F\u7F13\u5B58\u5BB9\u91CF GB", { minimum: 1 }),
      edition: { type: "string", title: "\u7F13\u5B58\u7248\u672C", enum: ["single", "ha", "cluster"] },
      base: this.int("\u57FA\u7840\u5305\uFF08\u4E2A\uFF09", "\u57FA\u7840\u5305\u6570\u91CF", { minimum: 0, maximum: 1 }),
      increments: this.int("\u589E\u91CF\u5305\uFF08\u4E2A\uFF09", "\u589E\u91CF\u5305\u6570\u91CF", { minimum: 0 }),
      connections: this.int("\u8FDE\u63A5\u6570", "\u8FDE\u63A5\u6570", { minimum: 10, multipleOf: 10 }),
      assets: this.int("\u8D44\u4EA7\u6570", "\u4E91\u5821\u5792\u673A\u8D44\u4EA7\u6570", { enum: [20, 50, 100, 200, 500] }),
      bandwidthMbps: this.int("\u5E26\u5BBD\uFF08Mbps\uFF09", "\u9632\u62A4\u5E26\u5BBD Mbps", { minimum: 1 }),
      dailyGB: this.int("\u65E5\u5206\u6790\u91CF\uFF08GB\uFF09", "\u6001\u52BF\u611F\u77E5\u65E5\u5206\u6790\u91CF", { enum: [5, 30] }),
      logSources: this.int("\u65E5\u5FD7\u6E90", "\u65E5\u5FD7\u6E90\u6570", { minimum: 1 }),
      quantity: this.quantity()
    });
  }
  utilization() {
    const pair = (title) => this.obj(
      title,
      `${title}\u5229\u7528\u7387\uFF0C\u5355\u4F4D %`,
      { average: this.percent("\u5E73\u5747\u5229\u7528\u7387"), peak: this.percent("\u5CF0\u503C\u5229\u7528\u7387") },
      ["average"]
    );
    return this.obj(
      "\u8D44\u6E90\u5229\u7528\u7387",
      "\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u8D44\u6E90\u5229\u7528\u7387\uFF08\u7B2C19\u6761(2)\uFF0C\u9644\u4EF66 \u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF09",
      {
        window: this.obj(
          "\u7EDF\u8BA1\u533A\u95F4",
          "\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u8D77\u6B62\u65E5\u671F",
          {
            from: this.date("\u8D77\u59CB\u65E5\u671F", "\u7EDF\u8BA1\u533A\u95F4\u7B2C\u4E00\u5929"),
            to: this.date("\u7ED3\u675F\u65E5\u671F", "\u7EDF\u8BA1\u533A\u95F4\u6700\u540E\u4E00\u5929")
          },
          ["from", "to"]
        ),
        cpu: pair("vCPU"),
        memory: pair("\u5185\u5B58"),
        storage: this.obj("\u5B58\u50A8", "\u5B58\u50A8\u4F7F\u7528\u60C5\u51B5", {
          usedPercent: this.percent("\u5B58\u50A8\u5229\u7528\u7387"),
          usedGB: this.int("\u5DF2\u4F7F\u7528\u91CF\uFF08GB\uFF09", "\u5DF2\u4F7F\u7528\u91CF GB", { minimum: 0 })
        }),
        evidence: this.attachments()
      },
      ["window"],
      this.cite({ article: "\u7B2C19\u6761", clause: "(2)" })
    );
  }
  growth() {
    return this.obj(
      "\u6570\u636E\u589E\u957F\u6D4B\u7B97",
      "\u672A\u6765\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u4E1A\u52A1\u6570\u636E\u589E\u957F\u91CF\uFF08\u7B2C23\u6761(2)\u3001\u7B2C29\u6761(2)\uFF09\uFF0C\u987B\u8BF4\u660E\u6570\u636E\u7684\u6784\u6210",
      {
        monthlyGB: { type: "number", minimum: 0, title: "\u6708\u589E\u957F\u91CF\uFF08GB\uFF09", description: "\u6BCF\u6708\u65B0\u589E\u6570\u636E\u91CF GB" },
        months: this.int("\u6D4B\u7B97\u6708\u6570", "\u6D4B\u7B97\u8986\u76D6\u7684\u6708\u6570\uFF0C\u4E0D\u8D85\u8FC7 6 \u4E2A\u6708", {
          minimum: 1,
          maximum: 6,
          ...this.cite({ article: "\u7B2C23\u6761", clause: "(2)" })
        }),
        composition: this.str("\u6570\u636E\u6784\u6210", "\u6570\u636E\u7684\u6784\u6210\uFF08\u4E1A\u52A1\u6570\u636E\u3001\u65E5\u5FD7\u3001\u9644\u4EF6\u2026\u2026\uFF09"),
        formula: this.str("\u6D4B\u7B97\u516C\u5F0F", "\u6D4B\u7B97\u516C\u5F0F\u4E0E\u4F9D\u636E")
      },
      ["monthlyGB", "months", "composition"]
    );
  }
  newEstimate() {
    const server = this.obj(
      "\u6D4B\u8BD5\u670D\u52A1\u5668",
      "\u7CFB\u7EDF\u6D4B\u8BD5\u65F6\u4F7F\u7528\u7684\u670D\u52A1\u5668\uFF08\u5E94\u4E0E\u67B6\u6784\u56FE\u4E2D\u7684\u8282\u70B9\u5BF9\u5E94\uFF09",
      {
        name: this.str("\u7C7B\u578B", "\u5982 \u5E94\u7528\u6D4B\u8BD5\u670D\u52A1\u5668"),
        vcpu: this.int("CPU\uFF08\u6838\uFF09", "CPU \u6838\u6570", { minimum: 1 }),
        memoryGB: this.int("\u5185\u5B58\uFF08GB\uFF09", "\u5185\u5B58 GB", { minimum: 1 }),
        systemDisk: this.systemDisk(),
        dataDisks: this.list("\u6570\u636E\u76D8", "\u6570\u636E\u76D8", this.dataDisk()),
        quantity: this.quantity(),
        purpose: this.str("\u7528\u9014", "\u7528\u9014"),
        environment: this.str("\u8FD0\u884C\u73AF\u5883", "\u64CD\u4F5C\u7CFB\u7EDF\u3001\u4E2D\u95F4\u4EF6\u7B49\u8FD0\u884C\u73AF\u5883")
      },
      ["name", "vcpu", "memoryGB", "quantity", "purpose"]
    );
    const scenario = this.obj(
      "\u6D4B\u8BD5\u573A\u666F",
      "\u91CD\u8981\u529F\u80FD\u6A21\u5757\u7684\u6D4B\u8BD5\u573A\u666F\uFF1A\u9884\u8BBE\u5E76\u53D1\u91CF\u3001\u9884\u8BBE\u7ED3\u679C\u4E0E\u6D4B\u8BD5\u670D\u52A1\u5668\u7684\u8FD0\u884C\u60C5\u51B5",
      {
        name: this.str("\u573A\u666F", "\u573A\u666F\u540D\u79F0"),
        server: this.str("\u6D4B\u8BD5\u670D\u52A1\u5668", "\u5BF9\u5E94\u7684\u6D4B\u8BD5\u670D\u52A1\u5668\u7C7B\u578B"),
        concurrency: this.int("\u9884\u8BBE\u5E76\u53D1\u91CF", "\u9884\u8BBE\u5E76\u53D1\u91CF", { minimum: 1 }),
        expected: this.str("\u9884\u8BBE\u7ED3\u679C", "\u9884\u8BBE\u7ED3\u679C\uFF0C\u5982 \u54CD\u5E94\u65F6\u95F4 \u2264 2 \u79D2"),
        cpuPercent: this.percent("CPU \u5229\u7528\u7387"),
        memoryPercent: this.percent("\u5185\u5B58\u5229\u7528\u7387"),
        result: this.str("\u8FD0\u884C\u60C5\u51B5", "\u8BE5\u573A\u666F\u4E0B\u6D4B\u8BD5\u670D\u52A1\u5668\u7684\u8FD0\u884C\u60C5\u51B5"),
        evidence: this.attachments()
      },
      ["name", "server", "concurrency", "expected", "cpuPercent", "memoryPercent"]
    );
    const demand = this.obj(
      "\u6D4B\u7B97\u51FA\u7684\u9700\u6C42",
      "\u6D4B\u7B97\u62A5\u544A\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42\uFF1B\u987B\u4E0E\u7533\u8BF7\u8868\u7684\u4E91\u670D\u52A1\u9700\u6C42\u4E00\u81F4\uFF08\u7B2C21\u6761(5)\uFF09",
      {
        resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90"),
        vcpu: this.vcpu(),
        memoryGB: this.memory(),
        quantity: this.quantity(),
        basis: this.str("\u6D4B\u7B97\u8BF4\u660E", "\u89C4\u683C\u3001\u6570\u91CF\u7684\u6D4B\u7B97\u8BF4\u660E")
      },
      ["resource", "basis"]
    );
    const storage = this.obj(
      "\u5B58\u50A8\u9700\u6C42",
      "\u6BCF\u53F0\u670D\u52A1\u5668\uFF08\u6216\u6587\u4EF6\u5B58\u50A8\u3001\u5BF9\u8C61\u5B58\u50A8\uFF09\u7684\u5B58\u50A8\u6D4B\u7B97\u8FC7\u7A0B\uFF08\u9644\u4EF66 \u7B2C3\u8282\uFF09",
      {
        resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90"),
        runtimeGB: {
          type: "number",
          minimum: 0,
          title: "\u8FD0\u884C\u73AF\u5883\u5360\u7528\uFF08GB\uFF09",
          description: "\u8FD0\u884C\u73AF\u5883\u3001\u4E1A\u52A1\u90E8\u7F72\u5305\u7684\u5B58\u50A8\u5360\u7528\u91CF"
        },
        migratedGB: {
          type: "number",
          minimum: 0,
          title: "\u8FC1\u79FB\u6570\u636E\uFF08GB\uFF09",
          description: "\u8FC1\u79FB\u81F3\u672C\u6B21\u7533\u8BF7\u8D44\u6E90\u7684\u5DF2\u6709\u4E1A\u52A1\u6570\u636E\u91CF"
        },
        migratedEvidence: this.attachments(),
        growth: this.growth(),
        requiredGB: this.int(
          "\u6240\u9700\u5B58\u50A8\u91CF\uFF08GB\uFF09",
          "\u6240\u9700\u5B58\u50A8\u91CF GB\uFF1A\u6570\u636E\u76D8\uFF08\u4E0D\u542B\u7CFB\u7EDF\u76D8\uFF0C\u7CFB\u7EDF\u76D8\u6309\u7533\u8BF7\u8868\u914D\u7F6E\uFF09\u6216\u5BF9\u8C61/\u6587\u4EF6\u5B58\u50A8\u7684\u5BB9\u91CF",
          { minimum: 0 }
        ),
        explanation: this.str("\u6240\u9700\u5B58\u50A8\u91CF\u8BF4\u660E", "\u6240\u9700\u5B58\u50A8\u91CF\u8BF4\u660E")
      },
      ["resource", "requiredGB", "explanation"]
    );
    const backup = this.obj(
      "\u707E\u5907\u9700\u6C42",
      "\u5907\u4EFD\u6D4B\u7B97\uFF1A\u5907\u4EFD\u5185\u5BB9\u3001\u7C7B\u578B\u3001\u7B56\u7565\u3001\u4FDD\u5B58\u5468\u671F\uFF0C\u63A8\u7B97\u5907\u4EFD\u5BB9\u91CF\uFF08\u7B2C23\u6761(3)\uFF09",
      {
        resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90"),
        content: this.str("\u5907\u4EFD\u5185\u5BB9", "\u5907\u4EFD\u76EE\u7684\u4E0E\u5185\u5BB9\uFF0C\u5982 \u4E1A\u52A1\u6570\u636E\u5E93"),
        type: {
          type: "string",
          title: "\u5907\u4EFD\u7C7B\u578B",
          enum: ["full", "incremental", "differential", "full+incremental"],
          description: "full\uFF1A\u5168\u91CF\uFF1Bincremental\uFF1A\u589E\u91CF\uFF1Bdifferential\uFF1A\u5DEE\u5F02\uFF1Bfull+incremental\uFF1A\u5168\u91CF+\u589E\u91CF"
        },
        policy: this.str("\u5907\u4EFD\u7B56\u7565", "\u5982 \u6BCF\u5468\u65E5\u5168\u91CF\u3001\u6BCF\u65E5\u589E\u91CF"),
        retentionDays: this.int("\u4FDD\u5B58\u5468\u671F\uFF08\u5929\uFF09", "\u5907\u4EFD\u4FDD\u5B58\u5929\u6570", { minimum: 1 }),
        sourceGB: {
          type: "number",
          minimum: 0,
          title: "\u5907\u4EFD\u6E90\u6570\u636E\u91CF\uFF08GB\uFF09",
          description: "\u6BCF\u6B21\u5168\u91CF\u5907\u4EFD\u7684\u6570\u636E\u91CF"
        },
        capacityGB: this.int("\u5907\u4EFD\u5BB9\u91CF\uFF08GB\uFF09", "\u63A8\u7B97\u51FA\u7684\u5907\u4EFD\u5BB9\u91CF GB", { minimum: 0 }),
        formula: this.str("\u63A8\u7B97\u8FC7\u7A0B", "\u7531\u7B56\u7565\u4E0E\u4FDD\u5B58\u5468\u671F\u63A8\u7B97\u5BB9\u91CF\u7684\u8FC7\u7A0B")
      },
      ["content", "type", "policy", "retentionDays", "capacityGB"],
      this.cite({ article: "\u7B2C23\u6761", clause: "(3)" })
    );
    return this.obj(
      "\u6D4B\u7B97\u62A5\u544A",
      "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF0C\u65B0\u589E\uFF09",
      {
        description: this.str("\u7CFB\u7EDF\u63CF\u8FF0", "\u7CFB\u7EDF\u7B80\u4ECB\u3001\u4F7F\u7528\u573A\u666F\u3001\u4E3B\u8981\u529F\u80FD\u6A21\u5757\u3001\u672C\u6B21\u8D44\u6E90\u7533\u8BF7\u5BF9\u5E94\u7684\u6A21\u5757"),
        architecture: this.obj(
          "\u7CFB\u7EDF\u67B6\u6784\u56FE",
          "\u90E8\u7F72\u67B6\u6784\u56FE\u548C\u7F51\u7EDC\u62D3\u6251\u56FE\uFF08\u6807\u660E\u653F\u52A1\u5916\u7F51\u533A\u3001\u4E92\u8054\u7F51\u533A\u548C\u90E8\u7F72\u8282\u70B9\uFF09",
          {
            summary: this.str("\u67B6\u6784\u8BF4\u660E", "\u67B6\u6784\u7684\u6587\u5B57\u8BF4\u660E"),
            diagrams: this.attachments()
          },
          ["summary"]
        ),
        users: this.obj(
          "\u7CFB\u7EDF\u7528\u6237",
          "\u7CFB\u7EDF\u7528\u6237\u7FA4\u4F53\u3001\u9884\u4F30\u6700\u5927\u7528\u6237\u91CF\u548C\u6700\u5927\u5E76\u53D1\u91CF",
          {
            groups: this.str("\u7528\u6237\u7FA4\u4F53", "\u7528\u6237\u7FA4\u4F53"),
            maxUsers: this.int("\u6700\u5927\u7528\u6237\u91CF", "\u9884\u4F30\u6700\u5927\u7528\u6237\u91CF", { minimum: 0 }),
            maxConcurrent: this.int("\u6700\u5927\u5E76\u53D1\u91CF", "\u9884\u4F30\u6700\u5927\u5E76\u53D1\u91CF", { minimum: 0 })
          },
          ["groups", "maxUsers", "maxConcurrent"]
        ),
        method: {
          type: "string",
          title: "\u6D4B\u7B97\u65B9\u5F0F",
          description: "load-test\uFF1A\u7CFB\u7EDF\u6D4B\u8BD5\uFF1Banalogy\uFF1A\u540C\u7C7B\u578B\u7CFB\u7EDF\u7C7B\u6BD4",
          enum: ["load-test", "analogy"]
        },
        loadTest: this.obj(
          "\u7CFB\u7EDF\u6D4B\u8BD5",
          "\u7CFB\u7EDF\u6D4B\u8BD5\u65B9\u5F0F\u7684\u6D4B\u8BD5\u73AF\u5883\u3001\u573A\u666F\u4E0E\u7ED3\u8BBA",
          {
            servers: this.list("\u6D4B\u8BD5\u73AF\u5883", "\u6D4B\u8BD5\u670D\u52A1\u5668", server, { minItems: 1 }),
            scenarios: this.list("\u6D4B\u8BD5\u573A\u666F\u53CA\u7ED3\u679C", "\u6D4B\u8BD5\u573A\u666F", scenario, { minItems: 1 }),
            conclusion: this.str("\u6D4B\u8BD5\u7ED3\u8BBA", "\u7ED3\u5408\u6D4B\u8BD5\u7ED3\u679C\u8BBA\u8BC1 vCPU\u3001\u5185\u5B58\u9700\u6C42\u91CF\u7684\u5408\u7406\u6027")
          },
          ["servers", "scenarios", "conclusion"]
        ),
        analogy: this.obj(
          "\u540C\u7C7B\u578B\u7CFB\u7EDF\u7C7B\u6BD4",
          "\u7C7B\u6BD4\u7684\u7CFB\u7EDF\u4E0E\u6D4B\u7B97\u8BF4\u660E",
          {
            system: this.str("\u7C7B\u6BD4\u7CFB\u7EDF", "\u540C\u7C7B\u578B\u7CFB\u7EDF\u540D\u79F0"),
            explanation: this.str("\u6D4B\u7B97\u8BF4\u660E", "\u6240\u9700\u89C4\u683C\u3001\u6570\u91CF\u7684\u6D4B\u7B97\u8BF4\u660E")
          },
          ["system", "explanation"]
        ),
        demand: this.list("\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42", "\u6BCF\u9879\u8BA1\u7B97\u8D44\u6E90\u7684\u6D4B\u7B97\u7ED3\u679C\uFF08\u7B2C21\u6761(5)\uFF09", demand, {
          minItems: 1
        }),
        storage: this.list("\u5B58\u50A8\u9700\u6C42\u8BF4\u660E", "\u5B58\u50A8\u6D4B\u7B97\uFF08\u9644\u4EF66 \u7B2C3\u8282\uFF09", storage),
        backup: this.list("\u707E\u5907\u9700\u6C42\u8BF4\u660E", "\u5907\u4EFD\u6D4B\u7B97\uFF08\u9644\u4EF66 \u7B2C4\u8282\uFF09", backup),
        security: this.obj(
          "\u5B89\u5168\u9700\u6C42\u8BF4\u660E",
          "\u6309\u7B49\u7EA7\u4FDD\u62A4\u8981\u6C42\u9009\u62E9\u5B89\u5168\u670D\u52A1\uFF0C\u5E76\u8BF4\u660E\u914D\u7F6E\u4E0E\u6570\u91CF\uFF08\u7B2C23\u6761(4)\uFF09",
          {
            explanation: this.str("\u8BF4\u660E", "\u5B89\u5168\u670D\u52A1\u9009\u62E9\u7684\u8BF4\u660E")
          },
          ["explanation"],
          this.cite({ article: "\u7B2C23\u6761", clause: "(4)" })
        )
      },
      ["description", "architecture", "users", "method", "demand"],
      {
        allOf: [
          { if: { properties: { method: { const: "load-test" } } }, then: { required: ["loadTest"] } },
          { if: { properties: { method: { const: "analogy" } } }, then: { required: ["analogy"] } }
        ],
        ...this.cite({ article: "\u7B2C23\u6761", clause: "(2)" })
      }
    );
  }
  changeEstimate() {
    return this.obj(
      "\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A",
      "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF0C\u53D8\u66F4\uFF1B\u7F29\u5BB9\u65F6\u53EF\u4E0D\u63D0\u4F9B\uFF0C\u7B2C27\u6761\uFF09",
      {
        explanation: this.str("\u6D4B\u7B97\u8BF4\u660E", "\u7ED3\u5408\u4F7F\u7528\u73B0\u72B6\u4E0E\u622A\u56FE\uFF0C\u8BBA\u8FF0\u8D44\u6E90\u53D8\u66F4\u7684\u6D4B\u7B97\u8FC7\u7A0B"),
        evidence: this.attachments(),
        storageGrowth: this.growth()
      },
      ["explanation"]
    );
  }
  testEstimate() {
    return this.obj(
      "\u6D4B\u8BD5\u8D44\u6E90\u6D4B\u7B97\u62A5\u544A",
      "\u6D4B\u7B97\u62A5\u544A\u5E94\u660E\u786E\u7CFB\u7EDF\u540D\u79F0\u3001\u7CFB\u7EDF\u67B6\u6784\u3001\u90E8\u7F72\u65B9\u6848\u3001\u8D44\u6E90\u9700\u6C42\u3001\u6D4B\u7B97\u4F9D\u636E\uFF08\u7B2C49\u6761(4)\uFF09",
      {
        description: this.str("\u7CFB\u7EDF\u63CF\u8FF0", "\u7CFB\u7EDF\u7B80\u4ECB"),
        architecture: this.obj(
          "\u7CFB\u7EDF\u67B6\u6784",
          "\u7CFB\u7EDF\u67B6\u6784\u8BF4\u660E\u4E0E\u67B6\u6784\u56FE",
          {
            summary: this.str("\u67B6\u6784\u8BF4\u660E", "\u67B6\u6784\u7684\u6587\u5B57\u8BF4\u660E"),
            diagrams: this.attachments()
          },
          ["summary"]
        ),
        deployment: this.str("\u90E8\u7F72\u65B9\u6848", "\u90E8\u7F72\u65B9\u6848\uFF1A\u90E8\u7F72\u8282\u70B9\u53CA\u5176\u4F5C\u7528"),
        nodes: this.list(
          "\u90E8\u7F72\u8282\u70B9",
          "\u90E8\u7F72\u8282\u70B9\uFF1B\u539F\u5219\u4E0A\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u53EA\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\uFF08\u7B2C49\u6761(5)\uFF09",
          this.obj(
            "\u90E8\u7F72\u8282\u70B9",
            "\u4E00\u4E2A\u90E8\u7F72\u8282\u70B9",
            { name: this.str("\u8282\u70B9", "\u8282\u70B9\u540D\u79F0"), resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90") },
            ["name", "resource"]
          ),
          { minItems: 1 }
        ),
        basis: this.str("\u6D4B\u7B97\u4F9D\u636E", "\u8D44\u6E90\u9700\u6C42\u7684\u6D4B\u7B97\u4F9D\u636E\uFF08\u6309\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\uFF0C\u7B2C51\u6761(2)\uFF09")
      },
      ["description", "architecture", "deployment", "nodes", "basis"],
      this.cite({ article: "\u7B2C49\u6761", clause: "(4)" })
    );
  }
  shutdown() {
    return this.obj(
      "\u5173\u673A\u5B89\u6392",
      "\u9700\u8981\u5173\u673A\u64CD\u4F5C\u65F6\uFF1A\u4F7F\u7528\u5355\u4F4D\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF0C\u63D0\u4F9B\u5546\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\uFF08\u7B2C30\u6761(1)\u3001\u7B2C36\u6761\uFF09",
      {
        required: { type: "boolean", title: "\u662F\u5426\u9700\u8981\u5173\u673A", description: "\u662F\u5426\u9700\u8981\u5173\u673A\u64CD\u4F5C" },
        date: this.date("\u5173\u673A\u65E5\u671F", "\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7684\u5173\u673A\u65E5\u671F"),
        noticeDate: this.date("\u516C\u544A\u65E5\u671F", "\u4F7F\u7528\u5355\u4F4D\u53D1\u5E03\u5173\u673A\u516C\u544A\u7684\u65E5\u671F")
      },
      ["required"],
      this.cite({ article: "\u7B2C30\u6761", clause: "(1)" })
    );
  }
  application() {
    this.defs = {};
    const types2 = {
      new: "\u65B0\u589E\u7533\u8BF7",
      change: "\u53D8\u66F4\u7533\u8BF7",
      revoke: "\u64A4\u9500\u7533\u8BF7",
      ports: "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7",
      test: "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
      "test-renewal": "\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F"
    };
    const common2 = {
      $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
      kind: { const: "application", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A application\uFF08\u7533\u8BF7\uFF09" },
      profile: {
        const: this.profile,
        title: "\u89C4\u8303",
        description: `\u9002\u7528\u7684\u89C4\u8303\uFF1A${this.catalog.profile.title}`
      },
      sequence: this.int("\u7533\u8BF7\u5E8F\u53F7", "\u672C\u7CFB\u7EDF\u5185\u7533\u8BF7\u7684\u987A\u5E8F\u53F7\uFF0C\u4ECE 1 \u8D77\u8FDE\u7EED\u9012\u589E\uFF1B\u51B3\u5B9A\u7533\u8BF7\u7684\u5148\u540E\uFF0C\u4E0D\u770B\u6587\u4EF6\u540D", {
        minimum: 1
      }),
      type: {
        type: "string",
        title: "\u7533\u8BF7\u7C7B\u578B",
        description: Object.entries(types2).map(([k, v]) => `${k}\uFF1A${v}`).join("\uFF1B"),
        enum: Object.keys(types2)
      },
      date: this.date("\u7533\u8BF7\u65E5\u671F", "\u7533\u8BF7\u65E5\u671F\uFF1B\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 3 \u4E2A\u6708\u5185\u6709\u6548\uFF08\u9644\u4EF65 \u6CE85\uFF09"),
      unit: this.str("\u5355\u4F4D\u540D\u79F0", "\u4F7F\u7528\u5355\u4F4D\u5168\u79F0\uFF0C\u987B\u4E0E\u5355\u4F4D\u767B\u8BB0\uFF08unit.yaml\uFF09\u7684\u540D\u79F0\u4E00\u81F4\uFF08\u7B2C21\u6761(1)\uFF09"),
      system: this.str("\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0", "\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\uFF0C\u987B\u4E0E\u9996\u6B21\u7533\u8BF7\u65F6\u586B\u5199\u7684\u540D\u79F0\u5B8C\u5168\u4E00\u81F4\uFF08\u7B2C21\u6761(2)\uFF09"),
      remark: this.str("\u5907\u6CE8", "\u5176\u4ED6\u60C5\u51B5\u8BF7\u5728\u5907\u6CE8\u4E2D\u5199\u660E\uFF08\u9644\u4EF65 \u6CE87\uFF09"),
      attachments: this.attachments()
    };
    const commonRequired = ["kind", "profile", "sequence", "type", "date", "unit", "system"];
    const branch = (type, props, required, extra = {}) => ({
      type: "object",
      title: types2[type],
      properties: { ...common2, type: { const: type, title: "\u7533\u8BF7\u7C7B\u578B", description: types2[type] }, ...props },
      required: [...commonRequired, ...required],
      additionalProperties: false,
      ...extra
    });
    const resources = this.list(
      "\u4E91\u670D\u52A1\u9700\u6C42",
      "\u4E91\u670D\u52A1\u9700\u6C42\uFF08\u6839\u636E\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u6309\u9700\u586B\u5199\uFF09",
      {
        $ref: "#/$defs/resource"
      },
      { minItems: 1 }
    );
    const env = this.catalog.profile.environments;
    const newSection2 = this.obj(
      "\u65B0\u589E\u7533\u8BF7",
      "\u4E00\u3001\u65B0\u589E\u7533\u8BF7",
      {
        forDeploymentAndAssessment: {
          type: "boolean",
          title: "\u662F\u5426\u7528\u4E8E\u90E8\u7F72\u4E0E\u6D4B\u8BC4",
          description: "true\uFF1A\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\uFF1Bfalse\uFF1A\u6B63\u5F0F\u4F7F\u7528\uFF0C\u987B\u63D0\u4F9B\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C"
        },
        securityAssessment: this.obj(
          "\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C",
          "\u4E0D\u7528\u4E8E\u90E8\u7F72\u4E0E\u6D4B\u8BC4\u65F6\u5FC5\u586B\uFF08\u9644\u4EF65 \u4E00\u3001\u65B0\u589E\u7533\u8BF7\uFF09",
          {
            kind: {
              type: "string",
              title: "\u7C7B\u522B",
              description: "grading\uFF1A\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\uFF1Bspecial\uFF1A\u5B89\u5168\u4E13\u9879\u68C0\u6D4B",
              enum: ["grading", "special"]
            },
            conclusion: {
              type: "string",
              title: "\u7ED3\u8BBA",
              description: "\u7B49\u7EA7\u6D4B\u8BC4\uFF1A\u4F18\u3001\u826F\u3001\u4E2D\uFF1B\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\uFF1A\u65E0\u4E2D\u9AD8\u98CE\u9669",
              enum: ["\u4F18", "\u826F", "\u4E2D", "\u65E0\u4E2D\u9AD8\u98CE\u9669"]
            },
            reportNo: this.str("\u62A5\u544A\u7F16\u53F7", "\u62A5\u544A\u7F16\u53F7"),
            issuer: this.str("\u51FA\u5177\u5355\u4F4D", "\u6D4B\u8BC4\u673A\u6784")
          },
          ["kind", "conclusion"],
          {
            allOf: [
              {
                if: { properties: { kind: { const: "grading" } }, required: ["kind"] },
                then: { properties: { conclusion: { enum: ["\u4F18", "\u826F", "\u4E2D"] } } }
              },
              {
                if: { properties: { kind: { const: "special" } }, required: ["kind"] },
                then: { properties: { conclusion: { const: "\u65E0\u4E2D\u9AD8\u98CE\u9669" } } }
              }
            ]
          }
        ),
        expectedLaunch: this.date("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4", "\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61")
      },
      ["forDeploymentAndAssessment", "expectedLaunch"],
      {
        if: {
          properties: { forDeploymentAndAssessment: { const: false } },
          required: ["forDeploymentAndAssessment"]
        },
        then: { required: ["securityAssessment"], ...this.cite({ attachment: "\u9644\u4EF65" }) }
      }
    );
    const change = this.obj(
      "\u53D8\u66F4\u9879",
      "\u4E00\u9879\u73B0\u6709\u8D44\u6E90\u7684\u53D8\u66F4\uFF08\u9644\u4EF65 \u4E09\u3001\u53D8\u66F4\u7533\u8BF7\uFF09",
      {
        resource: this.resourceId("\u53D8\u66F4\u7684\u8D44\u6E90"),
        ip: this.str("IP", "\u8D44\u6E90\u7684 IP\uFF08\u4EA4\u4ED8\u8BB0\u5F55\u4E2D\u6709\u5219\u53EF\u7701\u7565\uFF09", { format: "ipv4" }),
        before: this.config("\u53D8\u66F4\u524D\u914D\u7F6E"),
        after: this.config("\u53D8\u66F4\u540E\u914D\u7F6E"),
        utilization: this.utilization(),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["resource", "before", "after"],
      this.cite({ attachment: "\u9644\u4EF65" })
    );
    const revocation = this.obj(
      "\u64A4\u9500\u9879",
      "\u4E00\u9879\u8981\u64A4\u9500\u7684\u8D44\u6E90\uFF08\u9644\u4EF65 \u56DB\u3001\u64A4\u9500\u7533\u8BF7\uFF09",
      {
        resource: this.resourceId("\u64A4\u9500\u7684\u8D44\u6E90"),
        ip: this.str("IP", "\u8D44\u6E90\u7684 IP", { format: "ipv4" }),
        info: this.str("\u670D\u52A1\u4FE1\u606F", "IP\u3001\u76F8\u5173\u89C4\u683C\uFF08\u4E0D\u586B\u5219\u7531\u4EA4\u4ED8\u8BB0\u5F55\u751F\u6210\uFF09"),
        dataBackup: {
          type: "string",
          title: "\u6570\u636E\u5907\u4EFD\u60C5\u51B5",
          description: "backed-up\uFF1A\u6570\u636E\u5DF2\u5907\u4EFD\uFF1Bnot-needed\uFF1A\u65E0\u9700\u5907\u4EFD\uFF1Bno-data\uFF1A\u4E0D\u6D89\u53CA\u6570\u636E\uFF08\u9644\u4EF65 \u6CE86\uFF09",
          enum: ["backed-up", "not-needed", "no-data"],
          ...this.cite({ attachment: "\u9644\u4EF65", note: "6" })
        },
        keep: this.list(
          "\u4FDD\u7559\u7684\u6570\u636E\u76D8",
          "\u64A4\u9500\u4E3B\u673A\u65F6\u4FDD\u7559\uFF08\u4E0D\u5220\u9664\uFF09\u7684\u6570\u636E\u76D8\u6216\u5B58\u50A8\u7684\u6807\u8BC6",
          this.str("\u6807\u8BC6", "\u6570\u636E\u76D8\u6807\u8BC6")
        ),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["resource", "dataBackup"]
    );
    const portRule = this.obj(
      "\u7AEF\u53E3\u7B56\u7565",
      "\u4E00\u6761\u7AEF\u53E3\u5F00\u653E\uFF08\u6216\u5173\u95ED\uFF09\u7B56\u7565\uFF08\u9644\u4EF68\uFF09",
      {
        source: this.str("\u6E90\u5730\u5740", "\u6E90\u5730\u5740\uFF1AIP\u3001CIDR \u7F51\u6BB5\uFF0C\u6216 any\uFF08\u4EFB\u610F\u5730\u5740\uFF09"),
        destination: this.str("\u76EE\u7684\u5730\u5740", "\u76EE\u7684\u5730\u5740\uFF1A\u672C\u7CFB\u7EDF\u8D44\u6E90\u6807\u8BC6\u6216 IP"),
        protocol: {
          type: "string",
          title: "\u7AEF\u53E3\u7C7B\u578B",
          description: "TCP/UDP/ICMP",
          enum: ["tcp", "udp", "icmp"]
        },
        ports: {
          title: "\u7AEF\u53E3\u53F7",
          description: "\u7AEF\u53E3\u53F7\uFF1A\u5355\u4E2A\u7AEF\u53E3\u3001\u7AEF\u53E3\u5217\u8868\u6216\u8303\u56F4\u5B57\u7B26\u4E32\uFF08\u5982 8000-8010\uFF09\uFF1BICMP \u4E0D\u586B",
          oneOf: [
            { type: "integer", minimum: 1, maximum: 65535 },
            { type: "array", minItems: 1, items: { type: "integer", minimum: 1, maximum: 65535 } },
            { type: "string", pattern: "^[0-9]{1,5}-[0-9]{1,5}$" }
          ]
        },
        purpose: {
          type: "string",
          title: "\u7AEF\u53E3\u7528\u9014",
          description: "new-service\uFF1A\u2460\u56E0\u670D\u52A1\u9700\u8981\u5F00\u653E\u65B0\u7AEF\u53E3\uFF08\u987B\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF09\uFF1Bchange-port\uFF1A\u2461\u56E0\u5B89\u5168\u9700\u8981\u6539\u53D8\u539F\u670D\u52A1\u7AEF\u53E3\uFF1Bmanagement\uFF1A\u2462\u56E0\u7F51\u7BA1\u9700\u6C42\uFF08\u987B\u9650\u5236\u6E90\u5730\u5740\uFF09\uFF1Brdp\uFF1A\u2463\u5F00\u901A\u6216\u4FEE\u6539 3389 \u7AEF\u53E3\u7B56\u7565\uFF08\u987B RDP \u5BA1\u6279\u8868\uFF09",
          enum: ["new-service", "change-port", "management", "rdp"],
          ...this.cite({ attachment: "\u9644\u4EF68", note: "2" })
        },
        description: this.str("\u7AEF\u53E3\u7528\u9014\u8BF4\u660E", "\u7AEF\u53E3\u7528\u9014\u8BF4\u660E")
      },
      ["source", "destination", "protocol", "purpose", "description"]
    );
    const ipRequest = this.obj(
      "IP \u5730\u5740\u7533\u8BF7",
      "IP \u5730\u5740\u7533\u8BF7\uFF08\u9644\u4EF68\uFF09",
      {
        type: {
          type: "string",
          title: "\u7C7B\u578B",
          description: "virtual\uFF1A\u653F\u52A1\u4E91\u865A\u62DFIP\uFF1Belastic\uFF1A\u653F\u52A1\u4E91\u5F39\u6027IP\uFF1Bpublic\uFF1A\u516C\u7F51IP",
          enum: ["virtual", "elastic", "public"]
        },
        quantity: this.quantity(),
        purpose: this.str("\u7528\u9014", "\u7528\u9014"),
        bindTo: this.resourceId("\u7ED1\u5B9A\u7684\u865A\u62DF\u673A"),
        icpEntity: this.str("ICP\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u540D\u79F0", "\u516C\u7F51 IP \u7528\u4E8E\u7F51\u7AD9\u65F6\uFF0CICP \u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\uFF08\u9644\u4EF68 \u6CE83\uFF09"),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["type", "quantity", "purpose"]
    );
    const ports = this.obj(
      "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7",
      "\u6DF1\u5733\u5E02\u653F\u52A1\u6570\u636E\u4E2D\u5FC3\u670D\u52A1\u5668\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\uFF08\u9644\u4EF68\uFF09",
      {
        business: {
          type: "string",
          title: "\u4E1A\u52A1\u7C7B\u578B",
          description: "open\uFF1A\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\uFF1Bclose\uFF1A\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7",
          enum: ["open", "close"]
        },
        network: {
          type: "string",
          title: "\u63A5\u5165\u7F51\u7EDC",
          description: "public\uFF1A\u515A\u653F\u673A\u5173\u5916\u7F51\uFF08\u653F\u52A1\u516C\u5171\u7F51\uFF09\uFF1Boffice\uFF1A\u515A\u653F\u673A\u5173\u4E13\u7F51\uFF08\u653F\u52A1\u529E\u516C\u7F51\uFF09",
          enum: ["public", "office"]
        },
        contact: this.obj(
          "\u8054\u7CFB\u4EBA",
          "\u7533\u8BF7\u8868\u8054\u7CFB\u4EBA",
          {
            name: this.str("\u59D3\u540D", "\u8054\u7CFB\u4EBA"),
            phone: this.str("\u8054\u7CFB\u7535\u8BDD", "\u8054\u7CFB\u7535\u8BDD"),
            fax: this.str("\u4F20\u771F", "\u4F20\u771F")
          },
          ["name", "phone"]
        ),
        securityReport: this.obj(
          "\u5B89\u5168\u4E13\u9879\u62A5\u544A",
          "\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF08\u5F00\u653E\u65B0\u7AEF\u53E3\u65F6\u5FC5\u586B\uFF0C\u7B2C38\u6761(1)\uFF09",
          {
            system: this.str("\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0", "\u62A5\u544A\u4E2D\u7684\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0"),
            conclusion: this.str("\u62A5\u544A\u7ED3\u8BBA", "\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u8BBA"),
            reportNo: this.str("\u62A5\u544A\u7F16\u53F7", "\u62A5\u544A\u7F16\u53F7"),
            issuer: this.str("\u51FA\u5177\u5355\u4F4D", "\u6D4B\u8BC4\u4E2D\u5FC3")
          },
          ["system", "conclusion"],
          this.cite({ article: "\u7B2C38\u6761", clause: "(1)" })
        ),
        rdpApproval: this.obj(
          "RDP \u5BA1\u6279\u8868",
          "\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\uFF08\u9644\u4EF68 \u6CE82\u2463\uFF09",
          {
            formNo: this.str("\u5BA1\u6279\u8868\u7F16\u53F7", "\u5BA1\u6279\u8868\u7F16\u53F7"),
            date: this.date("\u767B\u8BB0\u65E5\u671F", "\u62A5\u5BA1\u767B\u8BB0\u65E5\u671F")
          },
          ["formNo"],
          this.cite({ attachment: "\u9644\u4EF68", note: "2\u2463" })
        ),
        rules: this.list("\u7AEF\u53E3\u7B56\u7565", "\u6E90\u5730\u5740\u3001\u76EE\u7684\u5730\u5740\u3001\u7AEF\u53E3\u7C7B\u578B\u3001\u7AEF\u53E3\u53F7\u3001\u7528\u9014", portRule),
        ipRequests: this.list("IP \u5730\u5740\u7533\u8BF7", "\u653F\u52A1\u4E91\u865A\u62DFIP\u3001\u5F39\u6027IP\u3001\u516C\u7F51IP", ipRequest)
      },
      ["business", "network", "contact"]
    );
    const testPeriod = {
      title: "\u6D4B\u8BD5\u8D44\u6E90\u4F7F\u7528\u671F\u9650",
      description: "1\u30012\u30013 \u4E2A\u6708\u6216 1\u30012\u30013\u30014 \u5468\uFF1B\u5355\u6B21\u4E0D\u8D85\u8FC7\u4E09\u4E2A\u6708\uFF08\u7B2C45\u6761\u3001\u7B2C49\u6761(3)\uFF09",
      oneOf: [
        this.obj(
          "\u6309\u6708",
          "\u6708\u6570",
          {
            months: this.int("\u6708", "1\u20133 \u4E2A\u6708", {
              minimum: 1,
              maximum: this.catalog.profile.testResources.maxPeriodMonths,
              ...this.cite({ article: "\u7B2C45\u6761" })
            })
          },
          ["months"]
        ),
        this.obj(
          "\u6309\u5468",
          "\u5468\u6570",
          {
            weeks: this.int("\u5468", "1\u20134 \u5468", {
              minimum: 1,
              maximum: 4,
              ...this.cite({ article: "\u7B2C49\u6761", clause: "(3)" })
            })
          },
          ["weeks"]
        )
      ],
      ...this.cite({ article: "\u7B2C49\u6761", clause: "(3)" })
    };
    const testSection2 = this.obj(
      "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
      "\u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
      {
        environment: {
          type: "string",
          title: "\u4E91\u73AF\u5883",
          description: env.map((e) => `${e.id}\uFF1A${e.label}`).join("\uFF1B"),
          enum: env.map((e) => e.id)
        },
        networkZone: {
          const: "\u653F\u52A1\u5916\u7F51\u533A",
          title: "\u7F51\u7EDC\u533A\u57DF",
          description: "\u6D4B\u8BD5\u8D44\u6E90\u53EA\u5728\u653F\u52A1\u5916\u7F51\u533A\uFF08\u9644\u4EF65 \u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\uFF09",
          ...this.cite({ attachment: "\u9644\u4EF65" })
        },
        period: testPeriod,
        expectedLaunch: this.date("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4", "\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61")
      },
      ["period", "expectedLaunch"]
    );
    const renewal = this.obj(
      "\u7EED\u671F\u9879",
      "\u7EED\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90",
      {
        resource: this.resourceId("\u7EED\u671F\u7684\u8D44\u6E90"),
        ip: this.str("IP", "\u6D4B\u8BD5\u8D44\u6E90\u7684 IP", { format: "ipv4" }),
        months: this.int("\u7EED\u671F\u65F6\u9650\uFF08\u6708\uFF09", "\u7EED\u671F 1\u20133 \u4E2A\u6708\uFF1B\u7D2F\u8BA1\u4F7F\u7528\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\uFF08\u7B2C45\u6761\uFF09", {
          minimum: 1,
          maximum: this.catalog.profile.testResources.maxPeriodMonths,
          ...this.cite({ article: "\u7B2C45\u6761" })
        }),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["resource", "months"]
    );
    const revokeSection2 = this.obj("\u64A4\u9500\u8BF4\u660E", "\u64A4\u9500\u7533\u8BF7\u7684\u8865\u5145\u4FE1\u606F", {
      systemOffline: this.date(
        "\u7CFB\u7EDF\u4E0B\u7EBF\u65E5\u671F",
        "\u7CFB\u7EDF\u5DF2\u4E0B\u7EBF\u65F6\u7684\u4E0B\u7EBF\u65E5\u671F\uFF1A\u4E0B\u7EBF\u540E 2 \u4E2A\u6708\u5185\u987B\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF08\u7B2C19\u6761(3)\uFF09"
      ),
      wholeSystem: {
        type: "boolean",
        title: "\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500",
        description: "\u64A4\u9500\u7CFB\u7EDF\u7684\u5168\u90E8\u4E91\u8D44\u6E90\u53CA\u5176\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A"
      }
    });
    const schemaId = this.id("application");
    const defs = { resource: this.resource() };
    for (const s of this.catalog.services)
      if (s.changeTypes.new) defs[`service-${s.id}`] = this.serviceResource(s);
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: schemaId,
      title: `\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\uFF08${this.catalog.profile.title}\uFF09`,
      description: "\u4E00\u4EFD\u7533\u8BF7\u4E00\u4E2A\u6587\u4EF6\uFF0C\u4E00\u4E2A\u6587\u4EF6\u53EA\u6D89\u53CA\u4E00\u4E2A\u4FE1\u606F\u7CFB\u7EDF\uFF08\u9644\u4EF65 \u6CE82\uFF09\u3002\u653E\u5728 requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/ \u4E0B\uFF1B`type` \u51B3\u5B9A\u5176\u4F59\u90E8\u5206\u3002",
      type: "object",
      required: ["type"],
      properties: { type: common2.type },
      discriminator: { propertyName: "type" },
      oneOf: [
        branch(
          "new",
          { new: newSection2, resources, estimate: this.newEstimate() },
          ["new", "resources", "estimate"],
          {
            ...this.cite({ article: "\u7B2C21\u6761" }),
            // 缺测算报告时引要求提交它的条款（第21条），不是关于其内容的第23条(2)
            "x-required-by": { estimate: { profile: this.profile, article: "\u7B2C21\u6761" } }
          }
        ),
        branch(
          "change",
          {
            changes: this.list("\u53D8\u66F4\u9879", "\u4E09\u3001\u53D8\u66F4\u7533\u8BF7", change, { minItems: 1 }),
            shutdown: this.shutdown(),
            estimate: this.changeEstimate()
          },
          ["changes"]
        ),
        branch(
          "revoke",
          {
            revocations: this.list("\u64A4\u9500\u9879", "\u56DB\u3001\u64A4\u9500\u7533\u8BF7", revocation, { minItems: 1 }),
            revoke: revokeSection2,
            shutdown: this.shutdown()
          },
          ["revocations"]
        ),
        branch("ports", { ports }, ["ports"]),
        branch("test", { test: testSection2, resources, estimate: this.testEstimate() }, [
          "test",
          "resources",
          "estimate"
        ]),
        branch(
          "test-renewal",
          { renewals: this.list("\u7EED\u671F\u6D4B\u8BD5\u8D44\u6E90", "\u7EED\u671F\u6D4B\u8BD5\u8D44\u6E90", renewal, { minItems: 1 }) },
          ["renewals"]
        )
      ],
      $defs: { ...this.defs, ...defs }
    };
  }
  /** 交付记录：提供商发放后写入（第25条：IP、主机名、配置），状态折叠据此得到交付日期。 */
  delivery() {
    this.defs = {};
    const instance = this.obj(
      "\u5B9E\u4F8B",
      "\u53D1\u653E\u7684\u4E00\u53F0\u4E3B\u673A\uFF08\u6216\u4E00\u4E2A\u5B9E\u4F8B\uFF09",
      {
        name: this.str("\u5B9E\u4F8B\u540D", "\u4E91\u4E0A\u8D44\u6E90\u540D\uFF0C\u5982 app-1", { pattern: "^[a-z][a-z0-9-]{0,62}$" }),
        hostname: this.str("\u4E3B\u673A\u540D", "\u4E3B\u673A\u540D"),
        ip: this.str("IP", "\u653F\u52A1\u4E91\u79C1\u7F51 IP", { format: "ipv4" }),
        floatingIp: this.str("\u5F39\u6027/\u653F\u52A1\u5916\u7F51 IP", "\u7ED1\u5B9A\u7684\u5F39\u6027 IP \u6216\u653F\u52A1\u5916\u7F51 IP", { format: "ipv4" }),
        cloudId: this.str("\u4E91\u4E0A\u6807\u8BC6", "OpenStack / HCS \u4E2D\u7684\u8D44\u6E90 ID")
      },
      ["name"]
    );
    const resource = this.obj(
      "\u4EA4\u4ED8\u7684\u8D44\u6E90",
      "\u7533\u8BF7\u4E2D\u7684\u4E00\u9879\u8D44\u6E90\uFF08\u6309\u8D44\u6E90\u6807\u8BC6\uFF09\u7684\u4EA4\u4ED8\u60C5\u51B5",
      {
        id: this.resourceId(),
        instances: this.list("\u5B9E\u4F8B", "\u9010\u53F0\u7684\u4E3B\u673A\u540D\u4E0E IP", instance),
        config: this.config("\u4EA4\u4ED8\u914D\u7F6E"),
        endpoint: this.str("\u8BBF\u95EE\u5730\u5740", "\u5BF9\u8C61\u5B58\u50A8\u6876\u3001\u6587\u4EF6\u5171\u4EAB\u7B49\u7684\u8BBF\u95EE\u5730\u5740"),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["id"]
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("delivery"),
      title: "\u4EA4\u4ED8\u8BB0\u5F55",
      description: "requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/deliveries/<\u5E8F\u53F7>.yaml\uFF1A\u4E00\u4EFD\u7533\u8BF7\u5B9E\u65BD\u540E\u7684\u4EA4\u4ED8\u60C5\u51B5\uFF08\u7B2C24\u300125\u6761\uFF09\uFF0C\u7531\u53D1\u653E\u6D41\u6C34\u7EBF\u5199\u5165\uFF0C\u4EBA\u5DE5\u4E0D\u6539",
      ...this.obj(
        "\u4EA4\u4ED8\u8BB0\u5F55",
        "\u4E00\u4EFD\u7533\u8BF7\u7684\u4EA4\u4ED8\u8BB0\u5F55",
        {
          $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
          kind: { const: "delivery", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A delivery" },
          profile: { const: this.profile, title: "\u89C4\u8303", description: this.catalog.profile.title },
          application: this.int("\u7533\u8BF7\u5E8F\u53F7", "\u6240\u4EA4\u4ED8\u7684\u7533\u8BF7\u7684\u5E8F\u53F7\uFF08sequence\uFF09", { minimum: 1 }),
          date: this.date("\u4EA4\u4ED8\u65E5\u671F", "\u5B8C\u6210\u53D1\u653E\uFF08\u5B9E\u65BD\uFF09\u7684\u65E5\u671F"),
          resources: this.list("\u4EA4\u4ED8\u7684\u8D44\u6E90", "\u9010\u9879\u8D44\u6E90\u7684\u4EA4\u4ED8\u60C5\u51B5", resource),
          remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
        },
        ["kind", "profile", "application", "date"]
      ),
      $defs: this.defs
    };
  }
  unit() {
    this.defs = {};
    const agent = this.obj(
      "\u6388\u6743\u4EE3\u7406\u4EBA",
      "\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6388\u6743\u59D4\u6258\u4E66\u300B\uFF08\u9644\u4EF63\uFF09\u4E2D\u7684\u4EE3\u7406\u4EBA\uFF1B\u4EE3\u7406\u4EBA\u5E94\u4E3A\u8BE5\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458",
      {
        name: this.str("\u4EE3\u7406\u4EBA\u59D3\u540D", "\u4EE3\u7406\u4EBA\u59D3\u540D"),
        github: this.str("GitHub \u8D26\u53F7", "\u4EE3\u7406\u4EBA\u63D0\u4EA4\u62C9\u53D6\u8BF7\u6C42\u6240\u7528\u7684 GitHub \u7528\u6237\u540D", {
          pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"
        }),
        position: this.str("\u804C\u4F4D", "\u804C\u4F4D"),
        idNumber: this.str(
          "\u8BC1\u4EF6\u53F7\u7801",
          "\u8BC1\u4EF6\u53F7\u7801\uFF08\u4ED3\u5E93\u516C\u5F00\u53EF\u89C1\uFF1A\u53EA\u5199\u8131\u654F\u540E\u7684\u53F7\u7801\uFF0C\u4E2D\u95F4\u7528 * \u906E\u76D6\uFF0C\u5982 440304********1234\uFF09",
          {
            pattern: "^[0-9A-Za-z]{2,6}\\*{4,}[0-9Xx]{2,4}$"
          }
        ),
        phone: this.str("\u8054\u7CFB\u7535\u8BDD", "\u8054\u7CFB\u7535\u8BDD"),
        scope: {
          type: "string",
          title: "\u6388\u6743\u8303\u56F4",
          description: "own\uFF1A\u6388\u6743\u4EE3\u7406\u672C\u5355\u4F4D\u653F\u52A1\u4E91\u7533\u8BF7\uFF1Bsupervisor-and-own\uFF1A\u6388\u6743\u4EE3\u7406\u4E3B\u7BA1\u5355\u4F4D\u53CA\u672C\u5355\u4F4D\u7684\u653F\u52A1\u4E91\u7533\u8BF7",
          enum: ["own", "supervisor-and-own"]
        },
        validFrom: this.date("\u6709\u6548\u671F\u8D77", "\u6388\u6743\u6709\u6548\u671F\u5F00\u59CB\u65E5\u671F"),
        validTo: this.date("\u6709\u6548\u671F\u6B62", "\u6388\u6743\u6709\u6548\u671F\u7ED3\u675F\u65E5\u671F\uFF08\u9ED8\u8BA4\u4E00\u5E74\uFF09"),
        stampedBy: {
          type: "string",
          title: "\u76D6\u7AE0\u5355\u4F4D",
          description: "own\uFF1A\u672C\u5355\u4F4D\u516C\u7AE0\uFF08\u5DF2\u83B7\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u53EF\u81EA\u884C\u7533\u8BF7\u65F6\uFF09\uFF1Bsupervisor\uFF1A\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0",
          enum: ["own", "supervisor"],
          ...this.cite({ attachment: "\u9644\u4EF63", note: "\u8BF4\u660E2" })
        },
        letter: this.str("\u59D4\u6258\u4E66\u626B\u63CF\u4EF6", "\u76D6\u7AE0\u59D4\u6258\u4E66\u626B\u63CF\u4EF6\u7684\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4E8E\u5355\u4F4D\u76EE\u5F55\uFF09"),
        inService: {
          const: true,
          title: "\u5728\u5C97\u516C\u804C\u4EBA\u5458",
          description: "\u786E\u8BA4\u4EE3\u7406\u4EBA\u4E3A\u8BE5\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\uFF08\u9644\u4EF63 \u8BF4\u660E1\uFF09",
          ...this.cite({ attachment: "\u9644\u4EF63", note: "\u8BF4\u660E1" })
        },
        revokedOn: this.date(
          "\u6CE8\u9500\u65E5\u671F",
          "\u6388\u6743\u4EBA\u5458\u53D8\u52A8\u3001\u8D26\u53F7\u6CE8\u9500\u7684\u65E5\u671F\uFF1A\u6B64\u540E\u8BE5\u4EE3\u7406\u4EBA\u7684\u7533\u8BF7\u4E00\u5F8B\u4E0D\u4E88\u53D7\u7406\uFF08\u7B2C17\u6761\uFF09"
        )
      },
      ["name", "github", "position", "phone", "inService", "scope", "validFrom", "validTo", "stampedBy"],
      this.cite({ article: "\u7B2C17\u6761" })
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("unit"),
      title: "\u4F7F\u7528\u5355\u4F4D\u767B\u8BB0",
      description: "requests/<\u5355\u4F4D>/unit.yaml\uFF1A\u5355\u4F4D\u5168\u79F0\u3001\u4E3B\u7BA1\u5355\u4F4D\u3001\u5730\u5740\u4E0E\u6388\u6743\u4EE3\u7406\u4EBA\uFF08\u9644\u4EF63\uFF09",
      ...this.obj(
        "\u4F7F\u7528\u5355\u4F4D",
        "\u653F\u52A1\u4E91\u670D\u52A1\u4F7F\u7528\u5355\u4F4D",
        {
          $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
          kind: { const: "unit", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A unit" },
          profile: { const: this.profile, title: "\u89C4\u8303", description: this.catalog.profile.title },
          name: this.str("\u5355\u4F4D\u540D\u79F0", "\u5355\u4F4D\u5168\u79F0\uFF08\u7B2C21\u6761(1)\uFF09"),
          supervisor: this.str("\u4E3B\u7BA1\u5355\u4F4D", "\u4E3B\u7BA1\u5355\u4F4D\u7684\u76EE\u5F55\u540D\uFF08requests/ \u4E0B\u7684\u6587\u4EF6\u5939\u540D\uFF09\uFF1B\u65E0\u4E3B\u7BA1\u5355\u4F4D\u65F6\u4E0D\u586B", {
            pattern: "^[a-z][a-z0-9-]{0,63}$"
          }),
          supervisorAuthorized: this.obj(
            "\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743",
            "\u5DF2\u83B7\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u53EF\u81EA\u884C\u7533\u8BF7\u653F\u52A1\u4E91\u670D\u52A1\uFF08\u7B2C5\u6761\u3001\u9644\u4EF63 \u8BF4\u660E2\uFF09",
            {
              date: this.date("\u6388\u6743\u65E5\u671F", "\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u65E5\u671F"),
              document: this.str("\u6388\u6743\u6587\u4EF6", "\u6388\u6743\u6587\u4EF6\u540D\u79F0\u6216\u6587\u53F7")
            },
            ["date", "document"]
          ),
          nature: {
            type: "string",
            title: "\u5355\u4F4D\u6027\u8D28",
            description: "\u673A\u5173\u3001\u4E8B\u4E1A\u3001\u5176\u5B83\uFF08\u9644\u4EF68\uFF09",
            enum: ["\u673A\u5173", "\u4E8B\u4E1A", "\u5176\u5B83"]
          },
          natureNote: this.str("\u5355\u4F4D\u6027\u8D28\u8BF4\u660E", "\u5355\u4F4D\u6027\u8D28\u4E3A\u201C\u5176\u5B83\u201D\u65F6\u8BF4\u660E"),
          address: this.str("\u5355\u4F4D\u5730\u5740", "\u5355\u4F4D\u5730\u5740\uFE61"),
          agents: this.list("\u6388\u6743\u4EE3\u7406\u4EBA", "\u6388\u6743\u4EE3\u7406\u4EBA\uFF08\u9644\u4EF63\uFF09", agent, { minItems: 1 }),
          notify: this.notify()
        },
        ["kind", "profile", "name", "nature", "address", "agents"]
      )
    };
  }
  /** unit.yaml 的 notify 一节：通知渠道，只写密钥所在的环境变量名（docs/notify.md）。 */
  notify() {
    const secret = (title, what) => this.str(
      title,
      `${what}\u6240\u5728\u7684\u73AF\u5883\u53D8\u91CF\u540D\uFF08\u4ED3\u5E93\u7684 Actions secret\uFF09\uFF0C\u5982 GOVCLOUD_NOTIFY_SZ_EDU_WECOM\uFF1B\u4E0D\u8981\u5199\u5730\u5740\u6216\u5BC6\u94A5\u672C\u8EAB\uFF0C\u4ED3\u5E93\u662F\u516C\u5F00\u7684`,
      // x-secret：写错时发现中不引用所填的值（可能是贴进来的 webhook 地址或密钥）
      { pattern: secretNamePattern, "x-secret": { repeat: false } }
    );
    return this.obj(
      "\u901A\u77E5\u6E20\u9053",
      "\u5230\u671F\u63D0\u9192\uFF08\u7B2C46\u6761\uFF09\u7B49\u901A\u77E5\u53D1\u5F80\u7684\u90AE\u7BB1\u4E0E\u7FA4\u673A\u5668\u4EBA\uFF1B\u673A\u5668\u4EBA\u53EA\u5199\u73AF\u5883\u53D8\u91CF\u540D\uFF0C\u89C1 docs/notify.md",
      {
        email: this.list(
          "\u6536\u4EF6\u90AE\u7BB1",
          "\u63A5\u6536\u901A\u77E5\u7684\u7535\u5B50\u90AE\u4EF6\u5730\u5740",
          this.str("\u90AE\u7BB1", "\u7535\u5B50\u90AE\u4EF6\u5730\u5740", { format: "email" }),
          { minItems: 1 }
        ),
        wecom: this.obj(
          "\u4F01\u4E1A\u5FAE\u4FE1\u7FA4\u673A\u5668\u4EBA",
          "\u4F01\u4E1A\u5FAE\u4FE1\u7FA4\u673A\u5668\u4EBA",
          { webhook: secret("webhook", "\u673A\u5668\u4EBA webhook \u5730\u5740") },
          ["webhook"]
        ),
        dingtalk: this.obj(
          "\u9489\u9489\u81EA\u5B9A\u4E49\u673A\u5668\u4EBA",
          "\u9489\u9489\u81EA\u5B9A\u4E49\u673A\u5668\u4EBA\uFF08\u5EFA\u8BAE\u5F00\u542F\u52A0\u7B7E\uFF09",
          {
            webhook: secret("webhook", "\u673A\u5668\u4EBA webhook \u5730\u5740"),
            secret: secret("\u52A0\u7B7E\u5BC6\u94A5", "\u52A0\u7B7E\u5BC6\u94A5\uFF08SEC \u5F00\u5934\uFF09")
          },
          ["webhook"]
        )
      },
      [],
      this.cite({ article: "\u7B2C46\u6761" })
    );
  }
  system() {
    this.defs = {};
    const env = this.catalog.profile.environments;
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("system"),
      title: "\u4FE1\u606F\u7CFB\u7EDF\u767B\u8BB0",
      description: "requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/system.yaml\uFF1A\u7CFB\u7EDF\u540D\u79F0\uFF08\u9996\u6B21\u7533\u8BF7\u65F6\u7684\u540D\u79F0\uFF09\u3001\u8D1F\u8D23\u4EBA\u3001\u6280\u672F\u8D1F\u8D23\u4EBA\u3001\u4E91\u73AF\u5883\u3001\u7B49\u7EA7\u4FDD\u62A4",
      ...this.obj(
        "\u4FE1\u606F\u7CFB\u7EDF",
        "\u4E91\u4E0A\u4FE1\u606F\u7CFB\u7EDF",
        {
          $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
          kind: { const: "system", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A system" },
          profile: { const: this.profile, title: "\u89C4\u8303", description: this.catalog.profile.title },
          name: this.str(
            "\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0",
            "\u9996\u6B21\u7533\u8BF7\u65F6\u586B\u5199\u7684\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\uFF1B\u4E4B\u540E\u6BCF\u4EFD\u7533\u8BF7\u90FD\u987B\u4E0E\u5B83\u5B8C\u5168\u4E00\u81F4\uFF08\u7B2C21\u6761(2)\uFF09"
          ),
          owner: this.contact("\u7CFB\u7EDF\u8D1F\u8D23\u4EBA", "\u7CFB\u7EDF\u8D1F\u8D23\u4EBA\uFF1A\u987B\u4E3A\u4F7F\u7528\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\uFF08\u9644\u4EF65 \u6CE85\uFF09", {
            inService: {
              const: true,
              title: "\u5728\u5C97\u516C\u804C\u4EBA\u5458",
              description: "\u786E\u8BA4\u7CFB\u7EDF\u8D1F\u8D23\u4EBA\u4E3A\u5728\u5C97\u516C\u804C\u4EBA\u5458",
              ...this.cite({ attachment: "\u9644\u4EF65", note: "5" })
            }
          }),
          technicalContact: this.contact("\u6280\u672F\u8D1F\u8D23\u4EBA", "\u6280\u672F\u8D1F\u8D23\u4EBA\uFF1A\u8D1F\u8D23\u8BE5\u7CFB\u7EDF\u7684\u6280\u672F\u4EBA\u5458\uFF08\u9644\u4EF65 \u6CE85\uFF09"),
          environment: {
            type: "string",
            title: "\u4E91\u73AF\u5883",
            description: env.map((e) => `${e.id}\uFF1A${e.label}`).join("\uFF1B"),
            enum: env.map((e) => e.id),
            ...this.cite({ attachment: "\u9644\u4EF65" })
          },
          protectionLevel: this.int(
            "\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B",
            "\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B\uFF081\u20134\uFF09\uFF0C\u51B3\u5B9A\u987B\u9009\u7684\u5B89\u5168\u670D\u52A1\uFF08\u7B2C23\u6761(4)\uFF09",
            { minimum: 1, maximum: 4 }
          ),
          classified: {
            const: false,
            title: "\u6D89\u5BC6",
            description: "\u4E91\u4E0A\u7CFB\u7EDF\u987B\u4E3A\u975E\u6D89\u5BC6\uFF08\u7B2C4\u6761\uFF09",
            ...this.cite({ article: "\u7B2C4\u6761" })
          },
          commercial: {
            const: false,
            title: "\u5546\u4E1A\u76C8\u5229",
            description: "\u4E91\u4E0A\u7CFB\u7EDF\u987B\u4E3A\u975E\u5546\u4E1A\u76C8\u5229\u6027\u8D28\uFF08\u7B2C4\u6761\uFF09",
            ...this.cite({ article: "\u7B2C4\u6761" })
          },
          description: this.str("\u7CFB\u7EDF\u7B80\u4ECB", "\u7CFB\u7EDF\u7B80\u4ECB")
        },
        [
          "kind",
          "profile",
          "name",
          "owner",
          "technicalContact",
          "environment",
          "protectionLevel",
          "classified",
          "commercial"
        ]
      )
    };
  }
};

// scripts/profiles/shenzhen/rules/define.ts
var cite = (article, clause) => ({
  profile: "shenzhen",
  article,
  ...clause ? { clause } : {}
});
var annex = (attachment, note) => ({
  profile: "shenzhen",
  attachment,
  ...note ? { note } : {}
});
function defineRule(rule) {
  return { ...rule, id: `shenzhen/${rule.id}` };
}

// scripts/profiles/shenzhen/annual.ts
var shenzhenAnnual = {
  basis: {
    citation: cite("\u7B2C8\u6761"),
    text: text(
      "\u5E02\u653F\u52A1\u670D\u52A1\u6570\u636E\u7BA1\u7406\u5C40\u6BCF\u5E74\u5B9A\u671F\u5BF9\u5404\u5355\u4F4D\u653F\u52A1\u4E91\u4F7F\u7528\u60C5\u51B5\u8FDB\u884C\u901A\u62A5\u3001\u8003\u6838\uFF0C\u5E76\u4F5C\u4E3A\u540E\u7EED\u7533\u8BF7\u4E91\u670D\u52A1\u7684\u91CD\u8981\u5BA1\u6279\u4F9D\u636E\u3002",
      "Each year the administration reports on and assesses every unit's use of the government cloud; it weighs in later applications."
    )
  },
  lowLoad: {
    test: (u2) => u2.cpu !== void 0 && u2.cpu.average < 4 && u2.cpu.peak < 40 || u2.memory !== void 0 && u2.memory.average < 25,
    rule: text(
      "\u5168\u5E74\u5DE5\u4F5C\u65E5 vCPU \u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 4% \u4E14\u5CF0\u503C\u4F4E\u4E8E 40%\uFF0C\u6216\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 25% \u7684\u4E91\u4E3B\u673A\uFF08\u7F29\u5BB9\u6307\u6807\uFF09\u3002",
      "Hosts whose working-day vCPU average is below 4 % with peaks below 40 %, or whose memory average is below 25 % (the scale-down thresholds)."
    ),
    citation: cite("\u7B2C19\u6761", "(2)")
  }
};

// scripts/profiles/shenzhen/kinds.ts
var shenzhenKinds = {
  new: { name: text("\u65B0\u589E\u7533\u8BF7", "new resources"), short: text("\u65B0\u589E", "new") },
  change: { name: text("\u53D8\u66F4\u7533\u8BF7", "change"), short: text("\u53D8\u66F4", "change") },
  revoke: { name: text("\u64A4\u9500\u7533\u8BF7", "revocation"), short: text("\u64A4\u9500", "revoke") },
  ports: { name: text("\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7", "port opening"), short: text("\u7AEF\u53E3\u5F00\u653E", "ports") },
  test: { name: text("\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7", "test resources"), short: text("\u6D4B\u8BD5\u8D44\u6E90", "test") },
  "test-renewal": { name: text("\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F", "test renewal"), short: text("\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F", "renewal") }
};

// scripts/profiles/shenzhen/rules/application-validity.ts
var applicationValidity = defineRule({
  id: "application-validity",
  title: text("\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 3 \u4E2A\u6708\u5185\u6709\u6548", "An application is valid for 3 months from its date"),
  citation: annex("\u9644\u4EF65", "5"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "\u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D773\u4E2A\u6708\u5185\u6709\u6548\uFF0C\u5982\u56E0\u7533\u8BF7\u5355\u4F4D\u539F\u56E0\u672A\u80FD\u53CA\u65F6\u5B8C\u6210\u76F8\u5173\u4E1A\u52A1\u7684\u529E\u7406\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\uFF08\u9644\u4EF65 \u6CE85\uFF0C\u9644\u4EF68 \u6CE84\uFF09\u3002",
    "An application is valid for 3 months from its date; after that it must be submitted again (\u9644\u4EF65 \u6CE85, \u9644\u4EF68 \u6CE84)."
  ),
  check({ application: a, today, pending, catalog }) {
    if (!pending) return [];
    if (a.date > today)
      return [
        {
          path: "/date",
          message: text(
            `\u7533\u8BF7\u65E5\u671F ${a.date} \u5728\u4ECA\u5929\uFF08${today}\uFF09\u4E4B\u540E\u3002\u8BF7\u586B\u5199\u5B9E\u9645\u63D0\u4EA4\u7533\u8BF7\u7684\u65E5\u671F\u3002`,
            `The application date ${a.date} is after today (${today}). Use the date it is submitted.`
          )
        }
      ];
    const months = catalog.profile.applicationValidityMonths;
    const until = addMonths(a.date, months);
    if (today > until)
      return [
        {
          path: "/date",
          message: text(
            `\u7533\u8BF7\u65E5\u671F\u4E3A ${a.date}\uFF0C\u6709\u6548\u671F\u5230 ${until}\uFF0C\u4ECA\u5929\uFF08${today}\uFF09\u5DF2\u8FC7\u671F\u3002\u8BF7\u628A date \u6539\u4E3A\u4ECA\u5929\u5E76\u91CD\u65B0\u786E\u8BA4\u5185\u5BB9\uFF0C\u4F5C\u4E3A\u65B0\u7684\u7533\u8BF7\u63D0\u4EA4\u3002`,
            `The application dated ${a.date} was valid until ${until} and has expired (today is ${today}). Set date to today and resubmit.`
          )
        }
      ];
    return [];
  }
});

// scripts/profiles/shenzhen/rules/change-allowed.ts
var shapeFields = {
  compute: ["vcpu", "memoryGB", "systemDisk", "dataDisks", "quantity"],
  capacity: ["capacityGB", "quantity"],
  vcpu: ["vcpu", "quantity"],
  cache: ["edition", "sizeGB", "quantity"],
  package: ["base", "increments", "quantity"],
  choice: ["quantity"],
  connections: ["connections", "quantity"],
  count: ["quantity"]
};
function configFields(svc) {
  const fields = [...shapeFields[svc.shape]];
  if (svc.package) fields.push(svc.package.measure.field);
  if (svc.choice) fields.push(svc.choice.field);
  return fields;
}
function inService(change, current) {
  const before = { ...change.before, ...current?.config ?? {} };
  return { before, after: { ...before, ...change.after } };
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${k}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(value) ?? "undefined";
}
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`).join(", ")} }`;
  return String(value);
}
var dataTotal = (c) => (c.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0);
var disk = (d) => `${d.sizeGB} GB ${d.tier}`;
function show(field, value) {
  if (value === void 0) return text("\u672A\u586B", "not set");
  if (field === "dataDisks") {
    const disks = value;
    return disks.length ? text(disks.map(disk).join("\u3001"), disks.map(disk).join(", ")) : text("\u65E0\u6570\u636E\u76D8", "no data disks");
  }
  if (field === "systemDisk") return text(disk(value), disk(value));
  if (field === "vcpu") return text(`${value} \u6838`, `${value} vCPU`);
  if (/GB$/.test(field)) return text(`${value} GB`, `${value} GB`);
  if (field === "bandwidthMbps") return text(`${value} Mbps`, `${value} Mbps`);
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return text(s, s);
}
var measures = [
  { field: "vcpu", zh: "vCPU", en: "vCPU", get: (c) => c.vcpu },
  { field: "memoryGB", zh: "\u5185\u5B58", en: "memory", get: (c) => c.memoryGB },
  { field: "systemDisk", zh: "\u7CFB\u7EDF\u76D8", en: "system disk", get: (c) => c.systemDisk?.sizeGB },
  {
    field: "dataDisks",
    zh: "\u6570\u636E\u76D8",
    en: "data disks",
    get: (c) => c.dataDisks ? dataTotal(c) : void 0
  },
  { field: "capacityGB", zh: "\u5BB9\u91CF", en: "capacity", get: (c) => c.capacityGB },
  { field: "sizeGB", zh: "\u7F13\u5B58\u5BB9\u91CF", en: "cache size", get: (c) => c.sizeGB },
  { field: "base", zh: "\u57FA\u7840\u5305", en: "base packages", get: (c) => c.base },
  { field: "increments", zh: "\u589E\u91CF\u5305", en: "increment packages", get: (c) => c.increments },
  { field: "connections", zh: "\u8FDE\u63A5\u6570", en: "connections", get: (c) => c.connections },
  { field: "logSources", zh: "\u65E5\u5FD7\u6E90", en: "log sources", get: (c) => c.logSources },
  { field: "bandwidthMbps", zh: "\u5E26\u5BBD", en: "bandwidth", get: (c) => c.bandwidthMbps },
  { field: "assets", zh: "\u8D44\u4EA7\u6570", en: "assets", get: (c) => c.assets },
  { field: "dailyGB", zh: "\u65E5\u5206\u6790\u91CF", en: "daily volume", get: (c) => c.dailyGB },
  { field: "quantity", zh: "\u6570\u91CF", en: "quantity", get: (c) => c.quantity }
];
var unitOf2 = (field) => field === "vcpu" ? " \u6838" : field === "bandwidthMbps" ? " Mbps" : /GB$|Disk/.test(field) ? " GB" : "";
function movements(before, after) {
  const up = [];
  const down = [];
  const other = [];
  for (const m of measures) {
    const a = m.get(before);
    const b = m.get(after);
    if (a === void 0 || b === void 0 || a === b) continue;
    const unit = unitOf2(m.field);
    (b > a ? up : down).push(
      text(`${m.zh} ${a}\u2192${b}${unit}`, `${m.en} ${a}\u2192${b}${unit === " \u6838" ? "" : unit}`)
    );
  }
  if (before.edition !== after.edition)
    other.push(text(`\u7248\u672C ${before.edition}\u2192${after.edition}`, `edition ${before.edition}\u2192${after.edition}`));
  const retiered = before.systemDisk?.tier !== after.systemDisk?.tier || (before.dataDisks ?? []).some((d, i) => {
    const n = after.dataDisks?.[i];
    return n !== void 0 && n.tier !== d.tier;
  });
  if (retiered) other.push(text("\u78C1\u76D8\u7C7B\u578B\u6539\u53D8", "disk type changed"));
  return { up, down, other };
}
var describeItems = (resource, items2) => text(
  `${resource}\uFF1A${items2.map((t) => t.zh).join("\u3001")}`,
  `${resource}: ${items2.map((t) => t.en).join(", ")}`
);
var joinZh = (ts) => ts.map((t) => t.zh).join("\uFF1B");
var joinEn = (ts) => ts.map((t) => t.en).join("; ");
var serviceLabel = (svc, id) => svc ? `${svc.name}\uFF08${id}\uFF09` : id;
function* inServiceChanges(ctx) {
  if (ctx.application.type !== "change" || !ctx.historyComplete) return;
  for (const [i, change] of ctx.application.changes.entries()) {
    const current = ctx.before.resources.get(change.resource);
    if (!current) continue;
    const svc = ctx.catalog.serviceById.get(current.service);
    yield { change, current, svc, path: `/changes/${i}`, ...inService(change, current) };
  }
}
var changeAllowed = defineRule({
  id: "change-allowed",
  title: text(
    "\u53EF\u53D8\u66F4\u7684\u670D\u52A1\u4E0E\u53D8\u66F4\u9650\u5236\uFF1A\u4E0D\u53EF\u53D8\u66F4\u3001\u4E0D\u53EF\u53D8\u66F4CPU\u3001\u4E0D\u53EF\u5728\u7EBF\u53D8\u66F4\u3001\u4E0D\u53EF\u7F29\u5BB9",
    "Which services may change, and how: no change, fixed CPU, no online change, no shrink"
  ),
  citation: annex("\u9644\u4EF62"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u9644\u4EF62\u300A\u4E91\u670D\u52A1\u7533\u8BF7\u7C7B\u578B\u300B\uFF1A\u865A\u62DF\u79C1\u6709\u4E91\u3001\u5B89\u5168\u7EC4\u3001\u4E91\u9632\u706B\u5899\u3001\u4E91\u5BC6\u94A5\u7BA1\u7406\u3001\u6570\u636E\u52A0\u89E3\u5BC6\u3001\u4E3B\u673A\u5B89\u5168\u3001\u5BB9\u5668\u5B89\u5168\u3001\u6F0F\u6D1E\u626B\u63CF\u3001\u4E91\u5B89\u5168\u7F51\u9875\u9632\u7BE1\u6539\u7684\u201C\u53D8\u66F4\u201D\u4E3A\u201C-\u201D\uFF1B\u88F8\u91D1\u5C5E\u201C\u4E0D\u53EF\u53D8\u66F4CPU\u201D\uFF1BAI\u7B97\u529B\u201C\u4E0D\u53EF\u5728\u7EBF\u53D8\u66F4\u201D\uFF1B\u4E91\u786C\u76D8\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8\u201C\u4E0D\u53EF\u7F29\u5BB9\u53D8\u66F4\u201D\uFF08\u4E3B\u673A\u7684\u6570\u636E\u76D8\u3001\u7CFB\u7EDF\u76D8\u4E5F\u662F\u4E91\u786C\u76D8\uFF09\u3002",
    "\u9644\u4EF62: VPC, security group, cloud firewall, KMS, data encryption, host security, container security, vulnerability scan and web tamper protection cannot be changed; bare metal cannot change its CPU; AI compute cannot change online; cloud disks and file storage never shrink (a host's data and system disks are cloud disks too)."
  ),
  check(ctx) {
    const out = [];
    const shutdown = ctx.application.type === "change" ? ctx.application.shutdown : void 0;
    for (const { change, svc, path, before, after } of inServiceChanges(ctx)) {
      if (!svc) continue;
      const label3 = serviceLabel(svc, svc.id);
      if (!svc.changeTypes.change) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `\u8D44\u6E90 ${change.resource} \u662F${label3}\uFF0C\u9644\u4EF62 \u4E2D${svc.level3}\u7684\u201C\u53D8\u66F4\u201D\u4E3A\u201C-\u201D\uFF0C\u4E0D\u80FD\u53D8\u66F4\u3002\u9700\u8981\u4E0D\u540C\u7684\u914D\u7F6E\uFF0C\u8BF7\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\u64A4\u9500\u5B83\uFF0C\u518D\u4EE5\u65B0\u589E\u7533\u8BF7\u7533\u8BF7\u65B0\u7684\u914D\u7F6E\u3002`,
            `Resource ${change.resource} is ${svc.level3} (${svc.id}), which \u9644\u4EF62 marks as not changeable. Revoke it and apply for the new configuration as a new application.`
          )
        });
        continue;
      }
      const allowed = configFields(svc);
      for (const side of ["before", "after"]) {
        for (const field of Object.keys(change[side])) {
          if (allowed.includes(field)) continue;
          out.push({
            path: `${path}/${side}/${field}`,
            atKey: true,
            message: text(
              `${field} \u4E0D\u662F${label3}\u7684\u914D\u7F6E\u9879\u3002${svc.name}\u7684\u53D8\u66F4\u524D\u3001\u53D8\u66F4\u540E\u914D\u7F6E\u53EA\u80FD\u5199\uFF1A${allowed.join("\u3001")}\u3002\u8BF7\u5220\u9664 ${side}.${field}\u3002`,
              `${field} is not part of a ${svc.level3} (${svc.id}) configuration; its before and after may only hold ${allowed.join(", ")}. Remove ${side}.${field}.`
            )
          });
        }
      }
      if (svc.changeLimits?.cpuFixed && after.vcpu !== before.vcpu)
        out.push({
          path: `${path}/after/vcpu`,
          message: text(
            `${label3}\u4E0D\u53EF\u53D8\u66F4 CPU\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\uFF1A\u5728\u7528 ${before.vcpu} \u6838\uFF0C\u8FD9\u91CC\u6539\u4E3A ${after.vcpu} \u6838\u3002\u8BF7\u628A after.vcpu \u6539\u56DE ${before.vcpu}\uFF08\u53EF\u4EE5\u53D8\u66F4\u5185\u5B58\u4E0E\u78C1\u76D8\uFF09\u3002`,
            `${svc.level3} cannot change its CPU (\u9644\u4EF62 remark): it has ${before.vcpu} vCPU, here ${after.vcpu}. Set after.vcpu back to ${before.vcpu} (memory and disks may change).`
          )
        });
      if (svc.changeLimits?.noOnlineChange && shutdown?.required !== true)
        out.push({
          path: shutdown ? "/shutdown/required" : `${path}/resource`,
          message: text(
            `${label3}\u4E0D\u53EF\u5728\u7EBF\u53D8\u66F4\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\uFF1A\u987B\u5173\u673A\u540E\u53D8\u66F4\u3002\u8BF7\u586B\u5199 shutdown: { required: true, date: \u5173\u673A\u65E5\u671F, noticeDate: \u516C\u544A\u65E5\u671F }\uFF0C\u5E76\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF08\u7B2C30\u6761(1)\uFF09\u3002`,
            `${svc.level3} cannot be changed online (\u9644\u4EF62 remark): it is changed during a shutdown. Add shutdown: { required: true, date, noticeDate } and publish the notice 3 working days before (\u7B2C30\u6761(1)).`
          )
        });
      if (svc.changeLimits?.noShrink && after.capacityGB !== void 0 && (before.capacityGB ?? 0) > after.capacityGB)
        out.push({
          path: `${path}/after/capacityGB`,
          message: text(
            `${label3}\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\uFF1A\u5728\u7528 ${before.capacityGB} GB\uFF0C\u8FD9\u91CC\u6539\u4E3A ${after.capacityGB} GB\u3002\u5BB9\u91CF\u53EA\u80FD\u4FDD\u6301\u6216\u589E\u5927\uFF1A\u8BF7\u628A after.capacityGB \u6539\u4E3A\u4E0D\u5C0F\u4E8E ${before.capacityGB}\u3002`,
            `${svc.level3} never shrinks (\u9644\u4EF62 remark): it has ${before.capacityGB} GB, here ${after.capacityGB} GB. Set after.capacityGB to at least ${before.capacityGB}.`
          )
        });
      if (svc.shape === "compute") out.push(...diskShrink(change.resource, path, before, after));
      if (Object.keys(change.after).every(
        (k) => canonical(before[k]) === canonical(after[k])
      ))
        out.push({
          path: `${path}/after`,
          citation: cite("\u7B2C6\u6761", "(2)"),
          message: text(
            `\u8D44\u6E90 ${change.resource} \u7684\u53D8\u66F4\u540E\u914D\u7F6E\u4E0E\u5728\u7528\u914D\u7F6E\u76F8\u540C\uFF0C\u6CA1\u6709\u8981\u53D8\u66F4\u7684\u5185\u5BB9\u3002\u8BF7\u5728 after \u4E2D\u5199\u660E\u8981\u53D8\u66F4\u7684\u914D\u7F6E\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `The after configuration of ${change.resource} equals the one in service: nothing changes. State what changes in after, or remove this item.`
          )
        });
    }
    return out;
  }
});
function diskShrink(resource, path, before, after) {
  const out = [];
  const sys = before.systemDisk?.sizeGB;
  const sysAfter = after.systemDisk?.sizeGB;
  if (sys !== void 0 && sysAfter !== void 0 && sysAfter < sys)
    out.push({
      path: `${path}/after/systemDisk/sizeGB`,
      message: text(
        `\u4E91\u786C\u76D8\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62\uFF09\uFF1A${resource} \u7684\u7CFB\u7EDF\u76D8\u5728\u7528 ${sys} GB\uFF0C\u8FD9\u91CC\u6539\u4E3A ${sysAfter} GB\u3002\u8BF7\u628A after.systemDisk.sizeGB \u6539\u4E3A\u4E0D\u5C0F\u4E8E ${sys}\u3002`,
        `Cloud disks never shrink (\u9644\u4EF62): the system disk of ${resource} has ${sys} GB, here ${sysAfter} GB. Set after.systemDisk.sizeGB to at least ${sys}.`
      )
    });
  const disks = before.dataDisks ?? [];
  const next = after.dataDisks ?? [];
  disks.forEach((d, i) => {
    const n = next[i];
    if (n === void 0)
      out.push({
        path: `${path}/after/dataDisks`,
        message: text(
          `\u4E91\u786C\u76D8\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62\uFF09\uFF1A${resource} \u7684\u7B2C ${i + 1} \u5757\u6570\u636E\u76D8\uFF08${disk(d)}\uFF09\u5728\u53D8\u66F4\u540E\u914D\u7F6E\u4E2D\u6CA1\u6709\u4E86\u3002\u6570\u636E\u76D8\u4E0D\u80FD\u5728\u53D8\u66F4\u4E2D\u53BB\u6389\uFF1A\u8BF7\u5728 after.dataDisks \u4E2D\u4FDD\u7559\u5B83\uFF08${d.sizeGB} GB \u6216\u66F4\u5927\uFF09\u3002`,
          `Cloud disks never shrink (\u9644\u4EF62): data disk ${i + 1} of ${resource} (${disk(d)}) is missing after the change. Keep it in after.dataDisks (${d.sizeGB} GB or more).`
        )
      });
    else if (n.sizeGB < d.sizeGB)
      out.push({
        path: `${path}/after/dataDisks/${i}/sizeGB`,
        message: text(
          `\u4E91\u786C\u76D8\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62\uFF09\uFF1A${resource} \u7684\u7B2C ${i + 1} \u5757\u6570\u636E\u76D8\u5728\u7528 ${d.sizeGB} GB\uFF0C\u8FD9\u91CC\u6539\u4E3A ${n.sizeGB} GB\u3002\u8BF7\u6539\u4E3A\u4E0D\u5C0F\u4E8E ${d.sizeGB}\u3002`,
          `Cloud disks never shrink (\u9644\u4EF62): data disk ${i + 1} of ${resource} has ${d.sizeGB} GB, here ${n.sizeGB} GB. Use at least ${d.sizeGB}.`
        )
      });
  });
  return out;
}

// scripts/profiles/shenzhen/rules/change-before-in-service.ts
var changeBeforeInService = defineRule({
  id: "change-before-in-service",
  title: text("\u53D8\u66F4\u524D\u914D\u7F6E\u987B\u4E3A\u5728\u7528\u914D\u7F6E", "The before configuration is the one in service"),
  citation: annex("\u9644\u4EF66"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u9644\u4EF65 \u4E09\u3001\u53D8\u66F4\u7533\u8BF7\u4E0E\u9644\u4EF66 \u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\u90FD\u8981\u6C42\u586B\u5199\u201C\u53D8\u66F4\u524D\u914D\u7F6E\u201D\uFF1A\u5B83\u662F\u8D44\u6E90\u73B0\u5728\u5728\u7528\u7684\u914D\u7F6E\uFF0C\u5BA1\u67E5\u636E\u6B64\u5224\u65AD\u6269\u5BB9\u8FD8\u662F\u7F29\u5BB9\u3001\u5229\u7528\u7387\u6307\u6807\u662F\u5426\u9002\u7528\u3002",
    "The change form (\u9644\u4EF65) and the change estimation report (\u9644\u4EF66) state the \u201Cbefore\u201D configuration: the one in service now, from which the review tells scale-up from scale-down."
  ),
  check(ctx) {
    const out = [];
    for (const { change, current, path } of inServiceChanges(ctx)) {
      const config = current.config;
      for (const [field, stated] of Object.entries(change.before)) {
        let actual = config[field];
        if (field === "dataDisks") actual ??= [];
        if (actual === void 0 || canonical(stated) === canonical(actual)) continue;
        const s = show(field, stated);
        const a = show(field, actual);
        const since = current.changedBy.length ? text(
          `\uFF08\u7B2C ${current.changedBy[current.changedBy.length - 1]} \u53F7\u7533\u8BF7\u53D8\u66F4\u540E\uFF09`,
          ` (after application ${current.changedBy[current.changedBy.length - 1]})`
        ) : text("", "");
        out.push({
          path: `${path}/before/${field}`,
          message: text(
            `\u53D8\u66F4\u524D\u914D\u7F6E\u7684 ${field} \u5199\u7684\u662F ${s.zh}\uFF0C\u8D44\u6E90 ${change.resource} \u5728\u7528\u7684\u662F ${a.zh}${since.zh}\u3002\u53D8\u66F4\u524D\u914D\u7F6E\u987B\u4E3A\u73B0\u5728\u5728\u7528\u7684\u914D\u7F6E\uFF1A\u8BF7\u628A before.${field} \u6539\u4E3A ${flow(actual)}\u3002`,
            `before.${field} says ${s.en}, but ${change.resource} has ${a.en} in service${since.en}. The before configuration is the one in service now: set before.${field} to ${flow(actual)}.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/change-estimate.ts
var changeEstimate2 = defineRule({
  id: "change-estimate",
  title: text(
    "\u6269\u5BB9\u987B\u9644\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF0C\u7F29\u5BB9\u53EF\u4E0D\u63D0\u4F9B",
    "A scale-up has a change estimation report; a scale-down may omit it"
  ),
  citation: cite("\u7B2C28\u6761", "(1)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u53D1\u8D77\u9636\u6BB5\uFF0C\u4F7F\u7528\u5355\u4F4D\u987B\u586B\u5199\u63D0\u4EA4\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u8868\u300B\u548C\u300A\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\u300B\uFF08\u7F29\u5BB9\u65F6\u53EF\u4E0D\u63D0\u4F9B\uFF09\uFF08\u7B2C27\u6761\uFF09\uFF1B\u5BA1\u67E5\u8981\u70B9\uFF1A\u7533\u8BF7\u6750\u6599\u987B\u5305\u542B\u7533\u8BF7\u8868\u3001\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\uFF08\u7F29\u5BB9\u65F6\u53EF\u4E0D\u63D0\u4F9B\uFF09\uFF08\u7B2C28\u6761(1)\uFF09\u3002",
    "A change application includes the form and the estimation report, which only a scale-down may omit (\u7B2C27\u6761, \u7B2C28\u6761(1))."
  ),
  check(ctx) {
    if (ctx.application.type !== "change" || ctx.application.estimate !== void 0) return [];
    const reasons2 = [];
    let first;
    for (const { change, path, before, after } of inServiceChanges(ctx)) {
      const m = movements(before, after);
      if (m.up.length === 0 && m.other.length === 0) continue;
      reasons2.push(describeItems(change.resource, [...m.up, ...m.other]));
      first ??= `${path}/after`;
    }
    if (first === void 0) return [];
    return [
      {
        path: first,
        message: text(
          `\u8FD9\u4EFD\u53D8\u66F4\u4E0D\u662F\u5355\u7EAF\u7684\u7F29\u5BB9\uFF08${joinZh(reasons2)}\uFF09\uFF0C\u987B\u9644\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF09\uFF1A\u8BF7\u5728 estimate.explanation \u4E2D\u7ED3\u5408\u8FD1\u671F\u4F7F\u7528\u60C5\u51B5\u4E0E\u622A\u56FE\u8BBA\u8FF0\u53D8\u66F4\u7684\u6D4B\u7B97\u8FC7\u7A0B\uFF0C\u622A\u56FE\u5199\u5728 estimate.evidence\u3002\u53EA\u6709\u7F29\u5BB9\u53EF\u4EE5\u4E0D\u63D0\u4F9B\u6D4B\u7B97\u62A5\u544A\u3002`,
          `This change is not a pure scale-down (${joinEn(reasons2)}), so it needs the change estimation report (\u9644\u4EF66): explain the estimate in estimate.explanation, with screenshots in estimate.evidence. Only a scale-down may omit it.`
        )
      }
    ];
  }
});

// scripts/profiles/shenzhen/rules/change-resource-exists.ts
function items(ctx) {
  const a = ctx.application;
  if (a.type === "change") return a.changes.map((c, i) => ({ ...c, path: `/changes/${i}` }));
  if (a.type === "revoke") return a.revocations.map((r, i) => ({ ...r, path: `/revocations/${i}` }));
  return [];
}
var inServiceIds = (ctx) => {
  const ids = [...ctx.before.resources.keys()].sort();
  return ids.length ? ids.join("\u3001") : "\uFF08\u65E0\uFF09";
};
var changeResourceExists = defineRule({
  id: "change-resource-exists",
  title: text(
    "\u53D8\u66F4\u3001\u64A4\u9500\u7684\u8D44\u6E90\u987B\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90",
    "A change or revocation names a resource in service in the system"
  ),
  citation: cite("\u7B2C6\u6761", "(2)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "\u53D8\u66F4\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u6269\u5BB9\u6216\u7F29\u5BB9\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\u914D\u7F6E\uFF1B\u64A4\u9500\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u64A4\u9500\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\uFF08\u7B2C6\u6761(2)(3)\uFF09\u3002\u63D0\u4F9B\u5546\u5B9E\u65BD\u65F6\u6838\u5B9E\u7533\u8BF7\u6750\u6599\u4E2D\u7684\u653F\u52A1\u4E91\u8D44\u6E90\u4FE1\u606F\uFF08\u7B2C36\u6761\uFF09\u3002",
    "A change scales a service the system already has; a revocation withdraws one it already has (\u7B2C6\u6761(2)(3)). The provider checks the resource information before carrying it out (\u7B2C36\u6761)."
  ),
  check(ctx) {
    const out = [];
    const revoke = ctx.application.type === "revoke";
    const citation = revoke ? cite("\u7B2C6\u6761", "(3)") : void 0;
    const verb = revoke ? { zh: "\u64A4\u9500", en: "revoke" } : { zh: "\u53D8\u66F4", en: "change" };
    const reliable = ctx.historyComplete;
    const seen = /* @__PURE__ */ new Map();
    for (const { resource, ip, path } of items(ctx)) {
      const first = seen.get(resource);
      if (first !== void 0) {
        out.push({
          path: `${path}/resource`,
          ...citation ? { citation } : {},
          message: text(
            `\u8D44\u6E90 ${resource} \u5728\u672C\u7533\u8BF7\u4E2D\u5DF2\u5728 ${first} ${verb.zh}\u8FC7\u4E00\u6B21\u3002\u540C\u4E00\u8D44\u6E90\u5728\u4E00\u4EFD\u7533\u8BF7\u4E2D\u53EA\u5199\u4E00\u9879\uFF1A\u8BF7\u628A\u8FD9\u4E24\u9879\u5408\u5E76\u4E3A\u4E00\u9879\u3002`,
            `Resource ${resource} already appears at ${first} in this application. Write one item per resource: merge the two.`
          )
        });
        continue;
      }
      seen.set(resource, path);
      if (!reliable) continue;
      const current = ctx.before.resources.get(resource);
      if (!current) {
        const gone = ctx.before.revoked.get(resource);
        out.push({
          path: `${path}/resource`,
          ...citation ? { citation } : {},
          message: gone ? text(
            `\u8D44\u6E90 ${resource} \u5DF2\u7531\u7B2C ${gone.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500${gone.revokedOn ? `\uFF08${gone.revokedOn} \u5B9E\u65BD\uFF09` : ""}\uFF0C\u4E0D\u80FD\u518D${verb.zh}\u3002\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u662F\uFF1A${inServiceIds(ctx)}\u3002\u9700\u8981\u8FD9\u9879\u670D\u52A1\u8BF7\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\u3002`,
            `Resource ${resource} was revoked by application ${gone.revokedBy}${gone.revokedOn ? ` (carried out on ${gone.revokedOn})` : ""} and cannot be ${revoke ? "revoked" : "changed"} again. Resources in service: ${[...ctx.before.resources.keys()].sort().join(", ") || "(none)"}. File a new application if the service is needed.`
          ) : text(
            `\u672C\u7CFB\u7EDF\u6CA1\u6709\u8D44\u6E90 ${resource}\u3002\u53EA\u80FD${verb.zh}\u5728\u7528\u7684\u8D44\u6E90\uFF1A${inServiceIds(ctx)}\u3002\u8BF7\u6539\u4E3A\u5176\u4E2D\u4E4B\u4E00\uFF08\u8D44\u6E90\u6807\u8BC6\u89C1\u65B0\u589E\u7533\u8BF7\u7684 resources[].id\uFF09\u3002`,
            `The system has no resource ${resource}. Only resources in service can be ${revoke ? "revoked" : "changed"}: ${[...ctx.before.resources.keys()].sort().join(", ") || "(none)"}. Use one of them (the id from resources[].id of the new application).`
          )
        });
        continue;
      }
      if (ip === void 0) continue;
      const known = current.instances.flatMap((i) => [i.ip, i.floatingIp]).filter((x) => x !== void 0);
      if (known.length === 0 || known.includes(ip)) continue;
      out.push({
        path: `${path}/ip`,
        ...citation ? { citation } : {},
        message: text(
          `IP ${ip} \u4E0D\u662F\u8D44\u6E90 ${resource} \u7684\u5730\u5740\uFF1B\u4EA4\u4ED8\u8BB0\u5F55\u4E2D\u5B83\u7684\u5730\u5740\u662F ${known.join("\u3001")}\u3002\u8BF7\u6539\u4E3A\u5176\u4E2D\u4E4B\u4E00\uFF0C\u6216\u5220\u9664 ip\uFF08\u7531\u4EA4\u4ED8\u8BB0\u5F55\u751F\u6210\uFF09\u3002`,
          `IP ${ip} is not an address of resource ${resource}; its delivered addresses are ${known.join(", ")}. Use one of them, or remove ip (it is taken from the delivery record).`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/change-storage-growth.ts
var storageOf = (shape, service, c) => shape === "compute" ? dataTotal(c) : ["evs", "obs", "sfs"].includes(service) ? c.capacityGB : void 0;
var changeStorageGrowth = defineRule({
  id: "change-storage-growth",
  title: text(
    "\u5B58\u50A8\u6269\u5BB9\u91CF\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF",
    "A storage scale-up is at most six months of data growth"
  ),
  citation: cite("\u7B2C29\u6761", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5B58\u50A8\u8D44\u6E90\u6269\u5BB9\u91CF\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF08\u5E94\u63D0\u4F9B\u5408\u7406\u7684\u6D4B\u7B97\u4F9D\u636E\uFF0C\u5E76\u8BF4\u660E\u6570\u636E\u7684\u6784\u6210\uFF09\uFF08\u7B2C29\u6761(2)\uFF09\uFF1B\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\u4E2D\u5B58\u50A8\u7684\u53D8\u66F4\u91CF\u7684\u6D4B\u7B97\u8FC7\u7A0B\u987B\u4E0D\u8D85\u8FC7\u672A\u6765\u516D\u4E2A\u6708\u7684\u4E1A\u52A1\u6570\u636E\u589E\u957F\u91CF\uFF08\u9644\u4EF66\uFF09\u3002",
    "A storage scale-up may not exceed six months of data growth, with a sound basis and the data's composition (\u7B2C29\u6761(2), \u9644\u4EF66)."
  ),
  check(ctx) {
    if (ctx.application.type !== "change") return [];
    const grown = [];
    for (const { change, svc, path, before, after } of inServiceChanges(ctx)) {
      if (!svc) continue;
      const from = storageOf(svc.shape, svc.id, before);
      const to = storageOf(svc.shape, svc.id, after);
      if (from !== void 0 && to !== void 0 && to > from)
        grown.push({ resource: change.resource, path, from, to });
    }
    if (grown.length === 0) return [];
    const increase = grown.reduce((s, g) => s + (g.to - g.from), 0);
    const list3 = grown.map((g) => `${g.resource} ${g.from}\u2192${g.to} GB`);
    const estimate = ctx.application.estimate;
    const growth = estimate?.storageGrowth;
    if (!growth) {
      return [
        {
          path: estimate ? "/estimate" : `${grown[0].path}/after`,
          severity: "warning",
          message: text(
            `\u5B58\u50A8\u6269\u5BB9 ${increase} GB\uFF08${list3.join("\u3001")}\uFF09\u6CA1\u6709\u516D\u4E2A\u6708\u6570\u636E\u589E\u957F\u7684\u6D4B\u7B97\uFF08estimate.storageGrowth\uFF09\u3002\u8BF7\u8865\u4E0A storageGrowth: { monthlyGB: \u6BCF\u6708\u589E\u957F GB, months: \u4E0D\u8D85\u8FC7 6, composition: \u6570\u636E\u6784\u6210 }\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5728\u6D4B\u7B97\u8BF4\u660E\u4E2D\u6838\u5BF9\u6269\u5BB9\u91CF\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF0C\u5E76\u8BF4\u660E\u4E86\u6570\u636E\u7684\u6784\u6210\u3002`,
            `The storage scale-up of ${increase} GB (${list3.join(", ")}) has no six-month growth estimate (estimate.storageGrowth). Add storageGrowth: { monthlyGB, months (at most 6), composition }; reviewers: check in the explanation that the increase is within six months of data growth and that the data's composition is given.`
          )
        }
      ];
    }
    const raw2 = growth.monthlyGB * growth.months;
    const limit = Math.ceil(raw2 / 100) * 100;
    if (increase <= limit) return [];
    return [
      {
        path: "/estimate/storageGrowth",
        message: text(
          `\u5B58\u50A8\u6269\u5BB9\u5171 ${increase} GB\uFF08${list3.join("\u3001")}\uFF09\uFF0C\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF1A\u6BCF\u6708 ${growth.monthlyGB} GB \xD7 ${growth.months} \u4E2A\u6708 = ${raw2} GB\uFF0C\u6309 100 GB \u5411\u4E0A\u53D6\u6574\u4E3A ${limit} GB\u3002\u8BF7\u628A\u6269\u5BB9\u91CF\u51CF\u5230 ${limit} GB \u4EE5\u5185\uFF0C\u6216\u6309\u5B9E\u9645\u6570\u636E\u6784\u6210\u4FEE\u6B63\u589E\u957F\u6D4B\u7B97\u3002`,
          `The storage scale-up totals ${increase} GB (${list3.join(", ")}), more than six months of data growth: ${growth.monthlyGB} GB a month \xD7 ${growth.months} months = ${raw2} GB, rounded up to ${limit} GB. Reduce the increase to ${limit} GB or less, or correct the growth estimate.`
        )
      }
    ];
  }
});

// scripts/profiles/shenzhen/rules/revoke-after-offline.ts
var revokeAfterOffline = defineRule({
  id: "revoke-after-offline",
  title: text("\u7CFB\u7EDF\u4E0B\u7EBF\u540E 2 \u4E2A\u6708\u5185\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7", "A system taken offline is revoked within 2 months"),
  citation: cite("\u7B2C19\u6761", "(3)"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "\u5F53\u7CFB\u7EDF\u4E0B\u7EBF\u540E\uFF0C\u4F7F\u7528\u5355\u4F4D\u5E94\u57282\u4E2A\u6708\u5185\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF0C\u56DE\u6536\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u3001\u4E91\u8D44\u6E90\uFF0C\u505A\u597D\u7CFB\u7EDF\u3001\u6570\u636E\u5B89\u5168\u7BA1\u7406\uFF08\u7B2C19\u6761(3)\uFF09\u3002",
    "Once a system is taken offline, the unit files the revocation within 2 months, reclaiming security policies, backup jobs and resources (\u7B2C19\u6761(3))."
  ),
  check(ctx) {
    const a = ctx.application;
    const offline = a.type === "revoke" ? a.revoke?.systemOffline : void 0;
    if (a.type !== "revoke" || offline === void 0) return [];
    if (offline > a.date)
      return [
        {
          path: "/revoke/systemOffline",
          message: text(
            `\u7CFB\u7EDF\u4E0B\u7EBF\u65E5\u671F ${offline} \u5728\u7533\u8BF7\u65E5 ${a.date} \u4E4B\u540E\u3002systemOffline \u662F\u7CFB\u7EDF\u5DF2\u7ECF\u4E0B\u7EBF\u7684\u65E5\u671F\uFF1A\u8BF7\u6539\u4E3A\u5B9E\u9645\u4E0B\u7EBF\u7684\u65E5\u671F\uFF1B\u7CFB\u7EDF\u5C1A\u672A\u4E0B\u7EBF\u65F6\u8BF7\u5220\u9664\u5B83\uFF0C\u8BA1\u5212\u7684\u5173\u673A\u65E5\u671F\u5199\u5728 shutdown.date\u3002`,
            `The offline date ${offline} is after the application date ${a.date}. systemOffline is the day the system went offline: correct it, or remove it if the system is still running (the planned shutdown goes in shutdown.date).`
          )
        }
      ];
    const out = [];
    const due = addMonths(offline, 2);
    if (a.date > due)
      out.push({
        path: "/revoke/systemOffline",
        severity: "warning",
        message: text(
          `\u7CFB\u7EDF\u4E8E ${offline} \u4E0B\u7EBF\uFF0C\u64A4\u9500\u7533\u8BF7\u5E94\u5728 2 \u4E2A\u6708\u5185\uFF08\u6700\u8FDF ${due}\uFF09\u63D0\u4EA4\uFF0C\u8FD9\u4EFD\u7533\u8BF7 ${a.date} \u624D\u63D0\u4EA4\uFF0C\u5DF2\u903E\u671F\u3002\u7533\u8BF7\u7167\u5E38\u53D7\u7406\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u8BB0\u5F55\u903E\u671F\uFF0C\u7EB3\u5165\u4F7F\u7528\u60C5\u51B5\u901A\u62A5\u3002`,
          `The system went offline on ${offline}; the revocation was due by ${due} but is dated ${a.date}. It is still processed; reviewers: record the delay for the usage report.`
        )
      });
    const listed = new Set(a.revocations.map((r) => r.resource));
    const left = [...ctx.before.resources.keys()].filter((id) => !listed.has(id)).sort();
    if (left.length > 0 && a.revoke?.wholeSystem !== true && ctx.historyComplete)
      out.push({
        path: "/revoke/systemOffline",
        severity: "warning",
        message: text(
          `\u7CFB\u7EDF\u5DF2\u4E0B\u7EBF\uFF0C\u987B\u56DE\u6536\u5B83\u7684\u5168\u90E8\u4E91\u8D44\u6E90\u3001\u5B89\u5168\u7B56\u7565\u4E0E\u5907\u4EFD\u4F5C\u4E1A\uFF0C\u800C\u672C\u7533\u8BF7\u6CA1\u6709\u64A4\u9500 ${left.join("\u3001")}\u3002\u8BF7\u4E00\u5E76\u64A4\u9500\u5E76\u5199 wholeSystem: true\uFF1B\u82E5\u8FD9\u4E9B\u8D44\u6E90\u53E6\u6709\u7528\u9014\uFF0C\u8BF7\u5728 remark \u4E2D\u8BF4\u660E\uFF0C\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u3002`,
          `The system is offline, so all its resources, policies and backup jobs are reclaimed, but this application leaves ${left.join(", ")}. Revoke them too with wholeSystem: true, or explain in remark for the reviewer.`
        )
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/revoke-data-statement.ts
var revokeDataStatement = defineRule({
  id: "revoke-data-statement",
  title: text(
    "\u64A4\u9500\u627F\u8F7D\u6570\u636E\u7684\u8D44\u6E90\u987B\u5199\u660E\u6570\u636E\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD",
    "Revoking a resource that holds data states backed-up or not-needed"
  ),
  citation: annex("\u9644\u4EF65", "6"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "\u6D89\u53CA\u6570\u636E\u76F8\u5173\u7684\u64A4\u9500\u7533\u8BF7\u987B\u660E\u786E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\uFF08\u9644\u4EF65 \u6CE86\uFF09\u3002",
    "A revocation touching data states whether the data is backed up or needs no backup (\u9644\u4EF65 note 6)."
  ),
  check(ctx) {
    if (ctx.application.type !== "revoke" || !ctx.historyComplete) return [];
    const out = [];
    const revoked = new Set(ctx.application.revocations.map((r) => r.resource));
    for (const [i, rv] of ctx.application.revocations.entries()) {
      const current = ctx.before.resources.get(rv.resource);
      if (!current) continue;
      const svc = ctx.catalog.serviceById.get(current.service);
      const label3 = serviceLabel(svc, current.service);
      if (svc?.holdsData && rv.dataBackup === "no-data")
        out.push({
          path: `/revocations/${i}/dataBackup`,
          message: text(
            `${rv.resource} \u662F${label3}\uFF0C\u627F\u8F7D\u6570\u636E\uFF1A\u64A4\u9500\u65F6\u987B\u5199\u660E\u6570\u636E\u5DF2\u5907\u4EFD\uFF08backed-up\uFF09\u6216\u65E0\u9700\u5907\u4EFD\uFF08not-needed\uFF09\uFF0C\u4E0D\u80FD\u5199 no-data\u3002\u8BF7\u628A dataBackup \u6539\u4E3A backed-up \u6216 not-needed\uFF0C\u65E0\u9700\u5907\u4EFD\u65F6\u5728 remark \u4E2D\u8BF4\u660E\u539F\u56E0\u3002`,
            `${rv.resource} is a ${svc.level3} (${svc.id}) and holds data: state backed-up or not-needed, not no-data. Set dataBackup to backed-up or not-needed (say why in remark when no backup is needed).`
          )
        });
      const attached = [...ctx.before.resources.values()].filter((r) => r.config.attachTo === rv.resource).map((r) => r.id).sort();
      for (const [j, k] of (rv.keep ?? []).entries()) {
        const path = `/revocations/${i}/keep/${j}`;
        if (attached.includes(k)) {
          if (revoked.has(k))
            out.push({
              path,
              message: text(
                `${k} \u540C\u65F6\u5728\u672C\u7533\u8BF7\u7684\u64A4\u9500\u9879\u4E2D\uFF0C\u53C8\u5217\u4E3A\u4FDD\u7559\u3002\u8BF7\u4E8C\u9009\u4E00\uFF1A\u4FDD\u7559\u5C31\u5220\u9664\u5B83\u7684\u64A4\u9500\u9879\uFF0C\u64A4\u9500\u5C31\u4ECE keep \u4E2D\u5220\u9664\u3002`,
                `${k} is both revoked in this application and listed as kept. Choose one: remove its revocation, or remove it from keep.`
              )
            });
          continue;
        }
        const known = ctx.before.resources.has(k);
        out.push({
          path,
          message: text(
            `${known ? `${k} \u4E0D\u662F\u6302\u8F7D\u5728 ${rv.resource} \u4E0A\u7684\u6570\u636E\u76D8\u6216\u5B58\u50A8` : `\u672C\u7CFB\u7EDF\u6CA1\u6709\u5728\u7528\u7684\u8D44\u6E90 ${k}`}\u3002keep \u53EA\u80FD\u5217\u51FA\u6302\u8F7D\u5728 ${rv.resource} \u4E0A\u7684\u4E91\u786C\u76D8\uFF1A${attached.length ? attached.join("\u3001") : `${rv.resource} \u6CA1\u6709\u6302\u8F7D\u5355\u72EC\u7684\u4E91\u786C\u76D8\uFF08\u4E3B\u673A\u81EA\u5E26\u7684\u6570\u636E\u76D8\u968F\u4E3B\u673A\u64A4\u9500\uFF0C\u9700\u8981\u7684\u6570\u636E\u8BF7\u5148\u5907\u4EFD\uFF09`}\u3002\u8BF7\u4ECE keep \u4E2D\u5220\u9664 ${k}\u3002`,
            `${known ? `${k} is not a disk or storage attached to ${rv.resource}` : `The system has no resource ${k} in service`}. keep lists only cloud disks attached to ${rv.resource}: ${attached.length ? attached.join(", ") : `${rv.resource} has none (its own data disks go with it; back up what is needed)`}. Remove ${k} from keep.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/revoke-related-services.ts
var portText = (r) => `${r.source} \u2192 ${r.destination} ${r.protocol.toUpperCase()}${r.ports === void 0 ? "" : ` ${Array.isArray(r.ports) ? r.ports.join(",") : r.ports}`}`;
var revokeRelatedServices = defineRule({
  id: "revoke-related-services",
  title: text(
    "\u64A4\u9500\u4E3B\u673A\u65F6\u4E00\u5E76\u64A4\u9500\u5173\u8054\u7684 IP\u3001\u5B89\u5168\u670D\u52A1\u3001\u5907\u4EFD\u4E0E\u5B89\u5168\u7B56\u7565",
    "Revoking hosts takes their IPs, security services, backups and policies with them"
  ),
  citation: cite("\u7B2C19\u6761", "(3)"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "\u4F7F\u7528\u5355\u4F4D\u5E94\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF0C\u56DE\u6536\u4E91\u8D44\u6E90\u53CA\u5176\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u7B49\uFF1B\u7CFB\u7EDF\u4E0B\u7EBF\u540E\uFF0C\u56DE\u6536\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u3001\u4E91\u8D44\u6E90\uFF08\u7B2C19\u6761(3)\uFF09\u3002\u63D0\u4F9B\u5546\u5E94\u5728\u5173\u673A\u5F53\u5929\u76F8\u5E94\u5B8C\u6210\u4E91\u670D\u52A1\u53CA\u5173\u8054\u670D\u52A1\u7684\u64A4\u9500\uFF08\u7B2C36\u6761\uFF09\u3002",
    "A revocation reclaims the resources together with their security policies and backup jobs (\u7B2C19\u6761(3)); the provider withdraws the services and their related services on the shutdown day (\u7B2C36\u6761)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "revoke" || !ctx.historyComplete) return [];
    const state = ctx.before;
    const pathOf2 = /* @__PURE__ */ new Map();
    for (const [i, rv] of a.revocations.entries())
      if (state.resources.has(rv.resource) && !pathOf2.has(rv.resource))
        pathOf2.set(rv.resource, `/revocations/${i}/resource`);
    if (pathOf2.size === 0) return [];
    const kept = new Set(a.revocations.flatMap((rv) => rv.keep ?? []));
    const remaining = [...state.resources.values()].filter((r) => !pathOf2.has(r.id));
    const svcOf = (r) => ctx.catalog.serviceById.get(r.service);
    const label3 = (r) => `${svcOf(r)?.name ?? r.service} ${r.id}`;
    const out = [];
    for (const r of remaining) {
      const host = r.config.bindTo;
      if (host !== void 0 && pathOf2.has(host))
        out.push({
          path: pathOf2.get(host),
          message: text(
            `${label3(r)} \u7ED1\u5B9A\u5728\u8981\u64A4\u9500\u7684 ${host} \u4E0A\uFF0C\u64A4\u9500\u540E\u5B83\u5C31\u6CA1\u6709\u7ED1\u5B9A\u5BF9\u8C61\u4E86\u3002\u8BF7\u628A\u5B83\u4E00\u5E76\u64A4\u9500\uFF1A\u5728 revocations \u4E2D\u52A0\u4E00\u9879 { resource: ${r.id}, dataBackup: no-data }\u3002`,
            `${r.service} ${r.id} is bound to ${host}, which is being revoked. Revoke it too: add { resource: ${r.id}, dataBackup: no-data } to revocations.`
          )
        });
      const disk3 = r.config.attachTo;
      if (disk3 !== void 0 && pathOf2.has(disk3) && !kept.has(r.id))
        out.push({
          path: pathOf2.get(disk3),
          message: text(
            `${label3(r)} \u6302\u8F7D\u5728\u8981\u64A4\u9500\u7684 ${disk3} \u4E0A\u3002\u8BF7\u4E00\u5E76\u64A4\u9500\u5B83\uFF08\u5728 revocations \u4E2D\u52A0\u4E00\u9879\uFF0C\u5199\u660E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\uFF09\uFF0C\u6216\u5728 ${disk3} \u7684 keep \u4E2D\u5217\u51FA ${r.id} \u8868\u793A\u4FDD\u7559\u3002`,
            `${r.service} ${r.id} is attached to ${disk3}, which is being revoked. Revoke it too (stating whether its data is backed up), or list ${r.id} in the keep of ${disk3}.`
          )
        });
    }
    for (const [id, path] of pathOf2) {
      const rules = state.ports.filter((p) => p.rule.destination === id);
      if (rules.length === 0) continue;
      const list3 = rules.map((p) => `${portText(p.rule)}\uFF08\u7B2C ${p.openedBy} \u53F7\u7533\u8BF7\u5F00\u653E\uFF09`);
      out.push({
        path,
        severity: "warning",
        citation: cite("\u7B2C36\u6761"),
        message: text(
          `${id} \u4E0A\u5F00\u653E\u7740 ${rules.length} \u6761\u7AEF\u53E3\u7B56\u7565\uFF1A${list3.join("\uFF1B")}\u3002\u5B83\u4EEC\u968F ${id} \u4E00\u5E76\u56DE\u6536\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u63D0\u4F9B\u5546\u5728\u64A4\u9500\u5F53\u5929\u5173\u95ED\u8FD9\u4E9B\u7B56\u7565\u3002`,
          `${rules.length} port rule(s) are open to ${id}: ${rules.map((p) => portText(p.rule)).join("; ")}. They are reclaimed with it: reviewers, confirm the provider closes them on the day of the revocation.`
        )
      });
    }
    const isHost = (r) => svcOf(r)?.shape === "compute";
    const revokedHosts = [...pathOf2.keys()].filter((id) => isHost(state.resources.get(id)));
    if (revokedHosts.length > 0) {
      const hostPath = pathOf2.get(revokedHosts[0]);
      const hostsLeft = remaining.filter(isHost).reduce((s, r) => s + (r.config.quantity ?? 1), 0);
      const bound = /* @__PURE__ */ new Map();
      for (const r of remaining)
        if (svcOf(r)?.hostBound) bound.set(r.service, [...bound.get(r.service) ?? [], r]);
      for (const [service, rs] of bound) {
        const quantity = rs.reduce((s, r) => s + (r.config.quantity ?? 1), 0);
        if (quantity <= hostsLeft) continue;
        const names2 = rs.map((r) => r.id).join("\u3001");
        const svcName = ctx.catalog.serviceById.get(service)?.name ?? service;
        out.push({
          path: hostPath,
          severity: "warning",
          message: hostsLeft === 0 ? text(
            `\u64A4\u9500\u540E\u672C\u7CFB\u7EDF\u6CA1\u6709\u4E3B\u673A\u4E86\uFF0C\u800C\u7ED1\u5B9A\u4E3B\u673A\u7684${svcName} ${names2}\uFF08\u5171 ${quantity} \u53F0\uFF09\u4ECD\u5728\u7528\u3002\u8BF7\u5728\u672C\u7533\u8BF7\u4E2D\u4E00\u5E76\u64A4\u9500\uFF1B\u82E5\u4ECD\u6709\u4FDD\u62A4\u5BF9\u8C61\uFF0C\u8BF7\u5728 remark \u4E2D\u8BF4\u660E\uFF0C\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u3002`,
            `After this revocation the system has no hosts, but the host-bound ${service} ${rs.map((r) => r.id).join(", ")} (${quantity} in all) stays. Revoke it too, or explain in remark what it still protects for the reviewer to confirm.`
          ) : text(
            `\u64A4\u9500\u540E\u672C\u7CFB\u7EDF\u5269 ${hostsLeft} \u53F0\u4E3B\u673A\uFF0C\u800C\u7ED1\u5B9A\u4E3B\u673A\u7684${svcName} ${names2} \u4ECD\u5171\u6309 ${quantity} \u53F0\u5728\u7528\uFF0C\u591A\u51FA ${quantity - hostsLeft} \u53F0\u3002\u7ED1\u5B9A\u5728\u88AB\u64A4\u9500\u4E3B\u673A\u4E0A\u7684\u90E8\u5206\u5E94\u4E00\u5E76\u56DE\u6536\uFF1A\u80FD\u5355\u72EC\u64A4\u9500\u7684\u8BF7\u5728\u672C\u7533\u8BF7\u4E2D\u64A4\u9500\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u591A\u51FA\u90E8\u5206\u7684\u5904\u7406\u3002`,
            `After this revocation ${hostsLeft} host(s) remain, but the host-bound ${service} ${rs.map((r) => r.id).join(", ")} stays at ${quantity} in all, ${quantity - hostsLeft} too many. What was bound to the revoked hosts goes with them: revoke what can be revoked separately; reviewers: confirm how the surplus is handled.`
          )
        });
      }
      if (hostsLeft === 0)
        for (const r of remaining.filter((x) => x.service === "backup"))
          out.push({
            path: hostPath,
            severity: "warning",
            message: text(
              `\u64A4\u9500\u540E\u672C\u7CFB\u7EDF\u6CA1\u6709\u4E3B\u673A\u4E86\uFF0C\u800C${label3(r)} \u4ECD\u5728\u7528\u3002\u5907\u4EFD\u4F5C\u4E1A\u5E94\u968F\u4E3B\u673A\u4E00\u5E76\u56DE\u6536\uFF1A\u8BF7\u4E00\u5E76\u64A4\u9500\u5B83\uFF1B\u82E5\u5B83\u8FD8\u5907\u4EFD\u5176\u4ED6\u8D44\u6E90\uFF08\u5982\u5BF9\u8C61\u5B58\u50A8\uFF09\uFF0C\u8BF7\u5728 remark \u4E2D\u8BF4\u660E\uFF0C\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u3002`,
              `After this revocation the system has no hosts, but the backup service ${r.id} stays. Backup jobs are reclaimed with the hosts: revoke it too, or explain in remark what it still backs up for the reviewer to confirm.`
            )
          });
    }
    if (a.revoke?.wholeSystem === true) {
      if (remaining.length > 0) {
        const ids = remaining.map((r) => r.id).sort();
        out.push({
          path: "/revoke/wholeSystem",
          message: text(
            `\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500\u987B\u5217\u51FA\u5168\u90E8\u5728\u7528\u8D44\u6E90\uFF0C\u8FD8\u7F3A ${ids.length} \u9879\uFF1A${ids.join("\u3001")}\u3002\u8BF7\u4E3A\u6BCF\u4E00\u9879\u5728 revocations \u4E2D\u52A0\u4E00\u9879\uFF08\u5199\u660E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\uFF09\uFF0C\u6216\u53BB\u6389 wholeSystem\u3002`,
            `A whole-system revocation lists every resource in service; ${ids.length} are missing: ${ids.join(", ")}. Add a revocation for each (stating the data backup), or remove wholeSystem.`
          )
        });
      }
      const left = state.ports.filter((p) => !pathOf2.has(p.rule.destination));
      if (left.length > 0)
        out.push({
          path: "/revoke/wholeSystem",
          severity: "warning",
          message: text(
            `\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500\u540E\u4ECD\u6709 ${left.length} \u6761\u7AEF\u53E3\u7B56\u7565\u7684\u76EE\u7684\u5730\u5740\u4E0D\u662F\u88AB\u64A4\u9500\u7684\u8D44\u6E90\uFF1A${left.map((p) => portText(p.rule)).join("\uFF1B")}\u3002\u5B89\u5168\u7B56\u7565\u987B\u4E00\u5E76\u56DE\u6536\uFF1A\u8BF7\u63D0\u4EA4\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\uFF0C\u6216\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u63D0\u4F9B\u5546\u4E00\u5E76\u5173\u95ED\u3002`,
            `After the whole-system revocation ${left.length} port rule(s) still point elsewhere: ${left.map((p) => portText(p.rule)).join("; ")}. Security policies are reclaimed too: file a port-closing application, or reviewers confirm the provider closes them.`
          )
        });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/shutdown-notice.ts
var shutdownNotice = defineRule({
  id: "shutdown-notice",
  title: text("\u5173\u673A\u64CD\u4F5C\u987B\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A", "A shutdown is announced 3 working days before"),
  citation: cite("\u7B2C30\u6761", "(1)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "\u82E5\u9700\u8981\u5173\u673A\u64CD\u4F5C\uFF0C\u63D0\u4F9B\u5546\u4E0E\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u5173\u673A\u64CD\u4F5C\u65F6\u95F4\uFF1B\u4F7F\u7528\u5355\u4F4D\u5E94\u4E8E\u5173\u673A\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF1B\u4F7F\u7528\u5355\u4F4D\u5B9E\u65BD\u5173\u673A\u540E\uFF0C\u63D0\u4F9B\u5546\u5E94\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\u4E91\u670D\u52A1\u53D8\u66F4\uFF08\u7B2C30\u6761(1)\uFF09\u3002\u64A4\u9500\u540C\u6837\uFF1A\u4F7F\u7528\u5355\u4F4D\u5E94\u4E8E\u5173\u673A\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF0C\u63D0\u4F9B\u5546\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\u64A4\u9500\uFF08\u7B2C36\u6761\uFF09\u3002",
    "When a shutdown is needed, the unit and the provider agree its day; the unit announces it 3 working days before, and the provider finishes on the shutdown day (\u7B2C30\u6761(1) for changes, \u7B2C36\u6761 for revocations)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "change" && a.type !== "revoke") return [];
    const s = a.shutdown;
    if (s?.required !== true) return [];
    const citation = a.type === "revoke" ? { citation: cite("\u7B2C36\u6761") } : {};
    const out = [];
    if (s.date === void 0)
      out.push({
        path: "/shutdown",
        ...citation,
        message: text(
          "\u9700\u8981\u5173\u673A\u64CD\u4F5C\u65F6\u987B\u5199\u660E\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7684\u5173\u673A\u65E5\u671F\uFF1A\u8BF7\u586B\u5199 shutdown.date\uFF08YYYY-MM-DD\uFF09\u3002",
          "A shutdown needs the day agreed with the provider: add shutdown.date (YYYY-MM-DD)."
        )
      });
    if (s.noticeDate === void 0)
      out.push({
        path: "/shutdown",
        ...citation,
        message: text(
          "\u9700\u8981\u5173\u673A\u64CD\u4F5C\u65F6\u987B\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF1A\u8BF7\u586B\u5199\u516C\u544A\u65E5\u671F shutdown.noticeDate\uFF08YYYY-MM-DD\uFF09\u3002",
          "A shutdown is announced 3 working days before: add the notice date shutdown.noticeDate (YYYY-MM-DD)."
        )
      });
    if (s.date === void 0) return out;
    if (s.date <= a.date) {
      out.push({
        path: "/shutdown/date",
        ...citation,
        message: text(
          `\u5173\u673A\u65E5\u671F ${s.date} \u4E0D\u5728\u7533\u8BF7\u65E5 ${a.date} \u4E4B\u540E\u3002\u5173\u673A\u5728\u5BA1\u6279\u901A\u8FC7\u540E\u7684\u5B9E\u65BD\u9636\u6BB5\u8FDB\u884C\uFF1A\u8BF7\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7533\u8BF7\u65E5\u4E4B\u540E\u7684\u5173\u673A\u65E5\u671F\u3002`,
          `The shutdown day ${s.date} is not after the application date ${a.date}. The shutdown happens once the application is approved: agree a later day with the provider.`
        )
      });
      return out;
    }
    if (s.noticeDate === void 0) return out;
    const days = ctx.calendar.workdaysBefore(s.date, 3);
    const latest = days[0];
    if (s.noticeDate <= latest) return out;
    const cal = ctx.calendar;
    const earliest = addDays(cal.addWorkdays(s.noticeDate, cal.isWorkday(s.noticeDate) ? 2 : 3), 1);
    out.push({
      path: "/shutdown/noticeDate",
      ...citation,
      message: text(
        `\u5173\u673A\u65E5\u671F ${s.date} \u4E4B\u524D\u7684 3 \u4E2A\u5DE5\u4F5C\u65E5\u662F ${days.join("\u3001")}\uFF0C\u516C\u544A\u6700\u8FDF\u5E94\u5728 ${latest} \u53D1\u5E03\uFF1B\u8FD9\u91CC\u516C\u544A\u65E5\u671F\u662F ${s.noticeDate}\u3002\u8BF7\u628A noticeDate \u6539\u4E3A ${latest} \u6216\u66F4\u65E9\uFF0C\u6216\u628A\u5173\u673A\u65E5\u671F\u63A8\u8FDF\u5230 ${earliest} \u6216\u4E4B\u540E\u3002`,
        `The 3 working days before the shutdown on ${s.date} are ${days.join(", ")}, so the notice is due by ${latest}; here it is ${s.noticeDate}. Publish it by ${latest}, or move the shutdown to ${earliest} or later.`
      )
    });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/shutdown-required.ts
var interrupting = (c) => c.kind === "instance" && c.action !== "create";
function hostActions(before, app, catalog) {
  const after = apply(before, app);
  const changes2 = plannedChanges(specsOf(before, catalog).specs, specsOf(after, catalog).specs, /* @__PURE__ */ new Set());
  const byResource = /* @__PURE__ */ new Map();
  for (const c of changes2.filter(interrupting))
    if (c.resource) byResource.set(c.resource, [...byResource.get(c.resource) ?? [], c]);
  return byResource;
}
var describe2 = (actions) => {
  const resize = actions.find((a) => a.action === "resize");
  if (resize?.detail) return resize.detail;
  if (actions.some((a) => a.action === "delete")) return { zh: "\u5220\u9664\u4E3B\u673A", en: "the host is deleted" };
  return { zh: "\u66F4\u65B0\u4E3B\u673A", en: "the host is updated" };
};
var shutdownRequired = defineRule({
  id: "shutdown-required",
  title: text(
    "\u4E2D\u65AD\u4E3B\u673A\u7684\u53D8\u66F4\u4E0E\u64A4\u9500\u987B\u5B89\u6392\u5173\u673A",
    "Changes and revocations that interrupt a host need a shutdown"
  ),
  citation: cite("\u7B2C30\u6761", "(1)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "\u82E5\u9700\u8981\u5173\u673A\u64CD\u4F5C\uFF0C\u63D0\u4F9B\u5546\u4E0E\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u5173\u673A\u64CD\u4F5C\u65F6\u95F4\uFF0C\u4F7F\u7528\u5355\u4F4D\u5E94\u4E8E\u5173\u673A\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF0C\u63D0\u4F9B\u5546\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\u53D8\u66F4\uFF08\u7B2C30\u6761(1)\uFF09\uFF1B\u64A4\u9500\u65F6\u63D0\u4F9B\u5546\u4E0E\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u53EF\u5173\u673A\u64CD\u4F5C\u65F6\u95F4\uFF0C\u540C\u6837\u63D0\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u516C\u544A\uFF08\u7B2C36\u6761\uFF09\u3002\u4E3B\u673A\u8C03\u6574\u89C4\u683C\u8981\u91CD\u542F\uFF0C\u64A4\u9500\u4E3B\u673A\u8981\u5173\u673A\uFF1A\u662F\u5426\u9700\u8981\u5173\u673A\u7531\u53D1\u653E\u8BA1\u5212\u5224\u65AD\u3002",
    "A shutdown is agreed with the provider and announced 3 working days before (\u7B2C30\u6761(1)); a revocation likewise (\u7B2C36\u6761). Resizing a host reboots it and revoking it shuts it down: the provisioning plan decides whether a shutdown is needed."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "change" && a.type !== "revoke") return [];
    if (a.shutdown?.required === true || !ctx.historyComplete) return [];
    const actions = hostActions(ctx.before, a, ctx.catalog);
    const out = [];
    const at = a.shutdown ? "/shutdown/required" : "";
    if (a.type === "change")
      a.changes.forEach((c, i) => {
        const service = ctx.before.resources.get(c.resource)?.service;
        if (service && ctx.catalog.serviceById.get(service)?.changeLimits?.noOnlineChange) return;
        const host = actions.get(c.resource);
        if (!host) return;
        const why = describe2(host);
        out.push({
          path: at || `/changes/${i}`,
          message: text(
            `\u53D8\u66F4 ${c.resource} \u4F1A\u4E2D\u65AD\u670D\u52A1\uFF08${why.zh}\uFF09\uFF1A\u987B\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65F6\u95F4\uFF0C\u5199 shutdown: { required: true, date: \u5173\u673A\u65E5\u671F, noticeDate: \u516C\u544A\u65E5\u671F }\uFF0C\u516C\u544A\u4E0D\u665A\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u3002`,
            `Changing ${c.resource} interrupts service (${why.en}): agree a shutdown day with the provider and write shutdown: { required: true, date, noticeDate }, announced at least 3 working days before.`
          )
        });
      });
    else
      a.revocations.forEach((r, i) => {
        if (!actions.get(r.resource)?.some((x) => x.action === "delete")) return;
        out.push({
          path: at || `/revocations/${i}`,
          citation: cite("\u7B2C36\u6761"),
          message: text(
            `\u64A4\u9500\u4E3B\u673A ${r.resource} \u8981\u5173\u673A\uFF1A\u987B\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u53EF\u5173\u673A\u65F6\u95F4\uFF0C\u5199 shutdown: { required: true, date: \u5173\u673A\u65E5\u671F, noticeDate: \u516C\u544A\u65E5\u671F }\uFF0C\u516C\u544A\u4E0D\u665A\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u3002`,
            `Revoking the host ${r.resource} shuts it down: agree the day with the provider and write shutdown: { required: true, date, noticeDate }, announced at least 3 working days before.`
          )
        });
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/group-change-revoke.ts
var changeRevokeRules = [
  changeResourceExists,
  changeAllowed,
  changeBeforeInService,
  changeEstimate2,
  changeStorageGrowth,
  shutdownNotice,
  shutdownRequired,
  revokeDataStatement,
  revokeRelatedServices,
  revokeAfterOffline
];

// scripts/profiles/shenzhen/rules/agent-authorized.ts
var needsSupervisorStamp = (unit, agent) => unit.supervisor !== void 0 && !(unit.supervisorAuthorized !== void 0 && unit.supervisorAuthorized.date <= agent.validFrom);
function reasons(unit, agent, date) {
  const out = [];
  if (agent.revokedOn !== void 0 && agent.revokedOn <= date)
    out.push({ zh: `\u6388\u6743\u5DF2\u4E8E ${agent.revokedOn} \u6CE8\u9500`, en: `authorization revoked on ${agent.revokedOn}` });
  else if (date < agent.validFrom)
    out.push({ zh: `\u6388\u6743\u81EA ${agent.validFrom} \u8D77\u624D\u751F\u6548`, en: `authorized only from ${agent.validFrom}` });
  else if (date > agent.validTo)
    out.push({ zh: `\u6388\u6743\u5DF2\u4E8E ${agent.validTo} \u5230\u671F`, en: `authorization expired on ${agent.validTo}` });
  if (agent.stampedBy !== "supervisor" && needsSupervisorStamp(unit, agent))
    out.push({
      stamp: true,
      zh: `\u59D4\u6258\u4E66\u76D6\u7684\u662F\u672C\u5355\u4F4D\u516C\u7AE0\uFF0C\u800C\u672C\u5355\u4F4D\u662F\u4E0B\u5C5E\u5355\u4F4D\uFF08\u4E3B\u7BA1\u5355\u4F4D ${unit.supervisor}\uFF09${unit.supervisorAuthorized ? `\uFF0C\u59D4\u6258\u4E66\u751F\u6548\uFF08${agent.validFrom}\uFF09\u65F6\u5C1A\u672A\u83B7\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF08${unit.supervisorAuthorized.date}\uFF09` : "\uFF0C\u672A\u767B\u8BB0\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF08supervisorAuthorized\uFF09"}\uFF0C\u59D4\u6258\u4E66\u987B\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0`,
      en: `the letter carries the unit's own stamp, but the unit is subordinate (supervisor ${unit.supervisor})${unit.supervisorAuthorized ? ` and was not yet authorized by it (${unit.supervisorAuthorized.date}) when the letter took effect (${agent.validFrom})` : " without a recorded supervisor authorization (supervisorAuthorized)"}, so the letter needs the supervisor's stamp`
    });
  return out;
}
var agentAuthorized = defineRule({
  id: "agent-authorized",
  title: text("\u7533\u8BF7\u65E5\u6709\u6709\u6548\u7684\u6388\u6743\u4EE3\u7406\u4EBA", "An authorized agent on the application date"),
  citation: cite("\u7B2C17\u6761"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "\u76F4\u5C5E\u3001\u4E0B\u5C5E\u5355\u4F4D\u5E94\u901A\u8FC7\u4E3B\u7BA1\u5355\u4F4D\u7533\u8BF7\u653F\u52A1\u4E91\u670D\u52A1\uFF0C\u6216\u7ECF\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u540E\u81EA\u884C\u7533\u8BF7\uFF08\u7B2C5\u6761\uFF09\u3002\u4F7F\u7528\u5355\u4F4D\u4E0A\u4F20\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6388\u6743\u59D4\u6258\u4E66\u300B\u540E\u65B9\u53EF\u7533\u8BF7\uFF1B\u76F4\u5C5E\u53CA\u4E0B\u5C5E\u5355\u4F4D\u7684\u59D4\u6258\u4E66\u987B\u52A0\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF1B\u6388\u6743\u4EBA\u5458\u53D1\u751F\u53D8\u52A8\u65F6\u987B\u6CE8\u9500\u5BF9\u5E94\u8D26\u53F7\uFF08\u7B2C17\u6761\uFF09\u3002\u59D4\u6258\u4E66\u5199\u660E\u6709\u6548\u671F\u9650\uFF08\u9ED8\u8BA4\u4E00\u5E74\uFF09\uFF0C\u5982\u524D\u671F\u672A\u7ECF\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF0C\u59D4\u6258\u4E66\u987B\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF08\u9644\u4EF63 \u8BF4\u660E2\uFF09\u3002",
    "Subordinate units apply through their supervisor or with its authorization (\u7B2C5\u6761). A unit applies once its authorization letter is registered; a subordinate unit's letter carries its supervisor's stamp; when the agent changes the account is closed (\u7B2C17\u6761). The letter states its validity (one year by default) and, without a prior supervisor authorization, carries the supervisor's stamp (\u9644\u4EF63 \u8BF4\u660E2)."
  ),
  check(ctx) {
    const a = ctx.application;
    const unit = ctx.unit;
    const file = `requests/${ctx.unitDir}/unit.yaml`;
    const checked = unit.agents.map((agent) => ({ agent, why: reasons(unit, agent, a.date) }));
    const valid = checked.filter((x) => x.why.length === 0).map((x) => x.agent);
    const out = [];
    if (valid.length === 0) {
      const stampHint = unit.supervisor !== void 0 && (unit.supervisorAuthorized === void 0 || unit.supervisorAuthorized.date > a.date);
      const onlyStamp = checked.length > 0 && checked.every((x) => x.why.every((w) => w.stamp));
      out.push({
        path: "/unit",
        ...onlyStamp ? { citation: annex("\u9644\u4EF63", "\u8BF4\u660E2") } : {},
        message: text(
          `\u7533\u8BF7\u65E5 ${a.date}\uFF0C${unit.name}\u6CA1\u6709\u6709\u6548\u7684\u6388\u6743\u4EE3\u7406\u4EBA\uFF1A${checked.map((x) => `${x.agent.name}\uFF08${x.why.map((w) => w.zh).join("\uFF1B")}\uFF09`).join("\uFF1B")}\u3002\u7533\u8BF7\u987B\u7531\u7ECF\u6388\u6743\u7684\u4EE3\u7406\u4EBA\u63D0\u4EA4\uFF1A\u8BF7\u5728 ${file} \u4E2D\u767B\u8BB0\u7533\u8BF7\u65E5\u6709\u6548\u7684\u6388\u6743\u59D4\u6258\u4E66\uFF08validFrom \u2264 ${a.date} \u2264 validTo\uFF0C\u672A\u6CE8\u9500${stampHint ? "\uFF0C\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0 stampedBy: supervisor" : ""}\uFF09\uFF0C\u6216\u6539\u6B63\u7533\u8BF7\u65E5\u671F\u3002`,
          `On ${a.date} ${unit.name} has no valid authorized agent: ${checked.map((x) => `${x.agent.name} (${x.why.map((w) => w.en).join("; ")})`).join("; ")}. Applications are made by an authorized agent: register in ${file} a letter valid on the application date (validFrom \u2264 ${a.date} \u2264 validTo, not revoked${stampHint ? ", stampedBy: supervisor" : ""}), or correct the date.`
        )
      });
      return out;
    }
    for (const agent of valid) {
      const year = addMonths(agent.validFrom, 12);
      if (agent.validTo <= year) continue;
      out.push({
        path: "/unit",
        severity: "warning",
        citation: annex("\u9644\u4EF63"),
        message: text(
          `\u6388\u6743\u4EE3\u7406\u4EBA ${agent.name} \u7684\u6388\u6743\u671F\u9650\u4E3A ${agent.validFrom} \u81F3 ${agent.validTo}\uFF0C\u8D85\u8FC7\u59D4\u6258\u4E66\u9ED8\u8BA4\u7684\u4E00\u5E74\uFF08\u5230 ${year}\uFF09\u3002\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9\u59D4\u6258\u4E66\u539F\u4EF6\u4E0A\u7684\u6709\u6548\u671F\u9650\uFF1B\u82E5\u59D4\u6258\u4E66\u5199\u7684\u662F\u4E00\u5E74\uFF0C\u8BF7\u628A ${file} \u4E2D\u7684 validTo \u6539\u4E3A\u4E0D\u665A\u4E8E ${year} \u7684\u65E5\u671F\uFF0C\u5230\u671F\u540E\u91CD\u65B0\u4E0A\u4F20\u59D4\u6258\u4E66\u3002`,
          `Agent ${agent.name} is authorized from ${agent.validFrom} to ${agent.validTo}, longer than the letter's default of one year (to ${year}). Reviewer: check the period on the signed letter; if it says one year, set validTo in ${file} to ${year} or earlier and renew the letter when it ends.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/backup-basis.ts
var backupBasis = defineRule({
  id: "backup-basis",
  title: text("\u6570\u636E\u5907\u4EFD\u7684\u5BB9\u91CF\u7531\u707E\u5907\u9700\u6C42\u6D4B\u7B97\u63A8\u51FA", "Backup capacity follows from the backup estimate"),
  citation: cite("\u7B2C23\u6761", "(3)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "\u5907\u4EFD\u9700\u6C42\u7684\u6D4B\u7B97\u5E94\u5305\u542B\u5907\u4EFD\u5185\u5BB9\u3001\u5907\u4EFD\u7C7B\u578B\u3001\u5907\u4EFD\u7B56\u7565\u3001\u4FDD\u5B58\u5468\u671F\u7B49\u4FE1\u606F\uFF0C\u63A8\u7B97\u6240\u9700\u5907\u4EFD\u5BB9\u91CF\uFF08\u7B2C23\u6761(3)\uFF09\uFF1B\u6D4B\u7B97\u8FC7\u7A0B\u5E94\u660E\u786E\u5907\u4EFD\u76EE\u7684\u3001\u5907\u4EFD\u7C7B\u578B\u3001\u5907\u4EFD\u7B56\u7565\u3001\u4FDD\u5B58\u5468\u671F\u7B49\u6D4B\u7B97\u4F9D\u636E\uFF0C\u5E76\u6839\u636E\u6D4B\u7B97\u4F9D\u636E\u63A8\u7B97\u51FA\u5907\u4EFD\u5BB9\u91CF\uFF08\u9644\u4EF66 \u7B2C4\u8282\uFF09\u3002",
    "The backup estimate gives the content, type, policy and retention of the backups and derives the capacity from them (\u7B2C23\u6761(3), \u9644\u4EF66 section 4)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out = [];
    const g = ctx.catalog.profile.granularity.capacityGB;
    const entries = a.estimate.backup ?? [];
    const backups = [...a.resources.entries()].filter(([, r]) => r.service === "backup");
    const ids = /* @__PURE__ */ new Set([...a.resources.map((r) => r.id), ...ctx.before.resources.keys()]);
    for (const [j, e] of entries.entries()) {
      if (e.resource !== void 0 && !ids.has(e.resource)) {
        out.push({
          path: `/estimate/backup/${j}/resource`,
          message: text(
            `\u707E\u5907\u9700\u6C42 estimate.backup[${j}] \u8981\u5907\u4EFD\u7684\u8D44\u6E90 ${e.resource} \u65E2\u4E0D\u5728\u672C\u7533\u8BF7\u4E2D\uFF0C\u4E5F\u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u3002\u8BF7\u6539\u4E3A\u9700\u8981\u5907\u4EFD\u7684\u670D\u52A1\u5668\u7684 id\uFF0C\u6216\u5220\u9664 resource\u3002`,
            `Backup estimate estimate.backup[${j}] backs up ${e.resource}, which is neither in this application nor in use in the system. Name the server to back up, or remove resource.`
          )
        });
      }
      if (e.sourceGB !== void 0 && e.capacityGB < e.sourceGB) {
        out.push({
          path: `/estimate/backup/${j}/capacityGB`,
          severity: "warning",
          message: text(
            `\u63A8\u7B97\u7684\u5907\u4EFD\u5BB9\u91CF ${e.capacityGB} GB \u5C0F\u4E8E\u4E00\u6B21\u5168\u91CF\u5907\u4EFD\u7684\u6570\u636E\u91CF ${e.sourceGB} GB\uFF0C\u653E\u4E0D\u4E0B\u4E00\u4EFD\u5168\u91CF\u5907\u4EFD\u3002\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9\u63A8\u7B97\u8FC7\u7A0B\uFF08\u538B\u7F29\u3001\u53BB\u91CD\u53EF\u80FD\u4F7F\u5BB9\u91CF\u53D8\u5C0F\uFF09\uFF1B\u82E5\u6709\u8BEF\uFF0C\u8BF7\u6309\u5907\u4EFD\u7C7B\u578B\u3001\u7B56\u7565\u4E0E\u4FDD\u5B58\u5468\u671F\u91CD\u65B0\u63A8\u7B97 capacityGB\u3002`,
            `The backup capacity ${e.capacityGB} GB is less than one full backup (${e.sourceGB} GB). Reviewer: check the derivation (compression or deduplication may explain it); otherwise derive capacityGB again from type, policy and retention.`
          )
        });
      }
    }
    const sum2 = entries.reduce((s, e) => s + e.capacityGB, 0);
    const expected = sum2 > 0 ? Math.max(g.min, Math.ceil(sum2 / g.multiple) * g.multiple) : 0;
    const parts = entries.map((e) => e.capacityGB).join(" + ");
    if (backups.length === 0) {
      if (entries.length > 0) {
        const existing = [...ctx.before.resources.values()].find((r) => r.service === "backup");
        out.push({
          path: "/estimate/backup",
          severity: "warning",
          citation: cite("\u7B2C21\u6761", "(5)"),
          message: text(
            `\u6D4B\u7B97\u62A5\u544A\u63A8\u7B97\u4E86\u5907\u4EFD\u5BB9\u91CF ${sum2} GB\uFF0C\u4F46\u7533\u8BF7\u8868\u6CA1\u6709\u7533\u8BF7\u6570\u636E\u5907\u4EFD\uFF08service: backup\uFF09\uFF1B\u7533\u8BF7\u8868\u987B\u4E0E\u6D4B\u7B97\u62A5\u544A\u4E00\u81F4\u3002${existing ? `\u82E5\u4F7F\u7528\u672C\u7CFB\u7EDF\u5DF2\u6709\u7684\u6570\u636E\u5907\u4EFD ${existing.id}\uFF0C\u6269\u5BB9\u987B\u53E6\u63D0\u53D8\u66F4\u7533\u8BF7\uFF1B` : ""}\u8BF7\u5728 resources \u4E2D\u589E\u52A0\u6570\u636E\u5907\u4EFD\uFF08capacityGB: ${expected}\uFF09\uFF0C\u6216\u5220\u53BB\u8FD9\u90E8\u5206\u6D4B\u7B97\u3002`,
            `The estimate derives ${sum2} GB of backup, but the form requests no backup (service: backup); the form should equal the estimate.${existing ? ` To use the system's existing backup ${existing.id}, apply for a change to enlarge it.` : ""} Add a backup resource (capacityGB: ${expected}) or remove this part of the estimate.`
          )
        });
      }
      return out;
    }
    const [i, first] = backups[0];
    const requested2 = backups.reduce((s, [, r]) => s + (r.capacityGB ?? 0), 0);
    if (entries.length === 0) {
      out.push({
        path: `/resources/${i}`,
        message: text(
          `\u7533\u8BF7\u4E86\u6570\u636E\u5907\u4EFD ${first.id}\uFF08${requested2} GB\uFF09\uFF0C\u4F46\u6D4B\u7B97\u62A5\u544A\u6CA1\u6709\u707E\u5907\u9700\u6C42\u8BF4\u660E\uFF08estimate.backup\uFF09\u3002\u8BF7\u4E3A\u6BCF\u53F0\u9700\u8981\u5907\u4EFD\u7684\u670D\u52A1\u5668\u5199\u660E\u5907\u4EFD\u5185\u5BB9 content\u3001\u5907\u4EFD\u7C7B\u578B type\u3001\u5907\u4EFD\u7B56\u7565 policy\u3001\u4FDD\u5B58\u5468\u671F retentionDays\uFF0C\u5E76\u7531\u6B64\u63A8\u7B97\u5907\u4EFD\u5BB9\u91CF capacityGB\u3002`,
          `Backup ${first.id} (${requested2} GB) is requested, but the estimation report has no backup estimate (estimate.backup). For each server to back up give content, type, policy and retentionDays, and derive capacityGB from them.`
        )
      });
      return out;
    }
    if (requested2 !== expected) {
      const many = backups.length > 1;
      out.push({
        path: `/resources/${i}/capacityGB`,
        message: text(
          `\u6570\u636E\u5907\u4EFD${many ? `\uFF08${backups.map(([, r]) => r.id).join("\u3001")}\uFF09\u5408\u8BA1` : ` ${first.id} `}\u7533\u8BF7 ${requested2} GB\uFF0C\u6D4B\u7B97\u62A5\u544A\u63A8\u7B97\u7684\u5907\u4EFD\u5BB9\u91CF${entries.length > 1 ? `\u5408\u8BA1 ${parts} = ${sum2} GB` : ` ${sum2} GB`}\uFF0C\u6309 ${g.multiple} GB \u5411\u4E0A\u53D6\u6574\u4E3A ${expected} GB\uFF1B\u4E24\u8005\u987B\u4E00\u81F4\u3002\u8BF7\u628A${many ? "\u6570\u636E\u5907\u4EFD\u7684\u5BB9\u91CF\u5408\u8BA1" : " capacityGB "}\u6539\u4E3A ${expected}\uFF0C\u6216\u6539\u6B63 estimate.backup \u4E2D\u7684\u63A8\u7B97\u3002`,
          `Backup ${many ? backups.map(([, r]) => r.id).join(", ") : first.id} requests ${requested2} GB; the estimate derives ${entries.length > 1 ? `${parts} = ${sum2} GB` : `${sum2} GB`}, rounded up to ${g.multiple} GB: ${expected} GB. They must be equal: request ${expected} GB, or correct the derivation in estimate.backup.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/consultation-recorded.ts
var consultationRecorded = defineRule({
  id: "consultation-recorded",
  title: text(
    "\u88F8\u91D1\u5C5E\u3001AI \u7B97\u529B\u3001\u8D85\u9AD8IO\uFF08SSD\uFF09\u6709\u4E8B\u524D\u6C9F\u901A\u8BB0\u5F55",
    "Bare metal, AI compute and SSD record the prior consultation"
  ),
  citation: annex("\u9644\u4EF61"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u5B9A\u5236\u88F8\u91D1\u5C5E\u670D\u52A1\u3001AI\u7B97\u529B\u670D\u52A1\u3001\u8D85\u9AD8IO\u4E91\u786C\u76D8(SSD)\uFF1A\u7533\u8BF7\u524D\u9700\u8981\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\uFF0888121274\u300188121265\u300188121249\uFF09\u6C9F\u901A\uFF0C\u6C9F\u901A\u540E\u6D4B\u7B97\u6240\u9700\u89C4\u683C\uFF08\u9644\u4EF61 \u7B2C5\u30016\u300111\u9879\uFF09\u3002",
    "Custom bare metal, AI compute and ultra-high-IO SSD disks: consult the center (88121274, 88121265, 88121249) before applying, then estimate the size needed (\u9644\u4EF61 items 5, 6, 11)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    const tiers = new Map(ctx.catalog.profile.diskTiers.map((t) => [t.id, t]));
    const needsTier = (tier) => tier !== void 0 && tiers.get(tier)?.consultation;
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const reasons2 = [];
      if (service?.consultation)
        reasons2.push({
          path: `/resources/${i}/service`,
          zh: `\u7533\u8BF7\u7684\u662F${service.level3}`,
          en: `${service.level3} (${service.id})`
        });
      const tierLabel2 = (tier) => tiers.get(tier)?.label ?? tier;
      const system = r.systemDisk?.tier;
      if (system && needsTier(system))
        reasons2.push({
          path: `/resources/${i}/systemDisk/tier`,
          zh: `\u7CFB\u7EDF\u76D8\u9009\u4E86${tierLabel2(system)}\uFF08${system}\uFF09`,
          en: `the system disk is ${system}`
        });
      for (const [k, d] of (r.dataDisks ?? []).entries())
        if (needsTier(d.tier))
          reasons2.push({
            path: `/resources/${i}/dataDisks/${k}/tier`,
            zh: `\u6570\u636E\u76D8 ${k + 1} \u9009\u4E86${tierLabel2(d.tier)}\uFF08${d.tier}\uFF09`,
            en: `data disk ${k + 1} is ${d.tier}`
          });
      if (r.tier && needsTier(r.tier))
        reasons2.push({
          path: `/resources/${i}/tier`,
          zh: `\u4E91\u786C\u76D8\u9009\u4E86${tierLabel2(r.tier)}\uFF08${r.tier}\uFF09`,
          en: `the disk is ${r.tier}`
        });
      const first = reasons2[0];
      if (!first) continue;
      const why = text(reasons2.map((x) => x.zh).join("\uFF0C"), reasons2.map((x) => x.en).join(", "));
      if (!r.consultation) {
        out.push({
          path: first.path,
          message: text(
            `${r.id}\uFF1A${why.zh}\uFF0C\u7533\u8BF7\u524D\u987B\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A\u3001\u6C9F\u901A\u540E\u6D4B\u7B97\u6240\u9700\u89C4\u683C\uFF0C\u4F46\u7533\u8BF7\u4E2D\u6CA1\u6709\u6C9F\u901A\u8BB0\u5F55\u3002\u8BF7\u5728\u8FD9\u4E00\u9879\u4E0B\u589E\u52A0 consultation\uFF0C\u5199\u660E\u6C9F\u901A\u65E5\u671F date\u3001\u6C9F\u901A\u7ED3\u8BBA summary\uFF08\u53EF\u5199\u6C9F\u901A\u5BF9\u8C61 contact\uFF09\u3002`,
            `${r.id}: ${why.en}; the center must be consulted before applying and the size estimated afterwards, but no consultation is recorded. Add consultation with its date and summary (and contact) to this resource.`
          )
        });
      } else if (r.consultation.date > a.date) {
        out.push({
          path: `/resources/${i}/consultation/date`,
          message: text(
            `${r.id} \u7684\u6C9F\u901A\u65E5\u671F ${r.consultation.date} \u5728\u7533\u8BF7\u65E5\u671F ${a.date} \u4E4B\u540E\uFF1B${why.zh}\u987B\u5728\u7533\u8BF7\u524D\u6C9F\u901A\u3002\u8BF7\u586B\u5199\u7533\u8BF7\u524D\u5B9E\u9645\u6C9F\u901A\u7684\u65E5\u671F\uFF0C\u6216\u5728\u6C9F\u901A\u4E4B\u540E\u518D\u63D0\u4EA4\u7533\u8BF7\uFF08\u628A date \u6539\u4E3A\u6C9F\u901A\u4E4B\u540E\u7684\u65E5\u671F\uFF09\u3002`,
            `${r.id} records a consultation on ${r.consultation.date}, after the application date ${a.date}; the consultation comes before applying (${why.en}). Give the actual earlier date, or apply after the consultation.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/estimate-matches-form.ts
var figures = [
  { key: "vcpu", zh: " vCPU ", en: "vCPU", unitZh: " \u6838", unitEn: " vCPU" },
  { key: "memoryGB", zh: "\u5185\u5B58", en: "memory", unitZh: " GB", unitEn: " GB" },
  { key: "quantity", zh: "\u6570\u91CF", en: "quantity", unitZh: " \u53F0", unitEn: "" }
];
var estimateMatchesForm = defineRule({
  id: "estimate-matches-form",
  title: text(
    "\u7533\u8BF7\u8868\u7684\u8BA1\u7B97\u8D44\u6E90\u4E0E\u6D4B\u7B97\u62A5\u544A\u7684\u6D4B\u7B97\u7ED3\u679C\u4E00\u81F4",
    "The form's compute resources equal the estimation report's results"
  ),
  citation: cite("\u7B2C21\u6761", "(5)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "\u7533\u8BF7\u8868\u4E2D\u6240\u586B\u5199\u7684\u4E91\u670D\u52A1\u9700\u6C42\u987B\u4E0E\u6D4B\u7B97\u62A5\u544A\u4E2D\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42\u4E00\u81F4\uFF08\u7B2C21\u6761(5)\uFF09\uFF1B\u4F7F\u7528\u5355\u4F4D\u987B\u5408\u7406\u6D4B\u7B97\u6240\u9700\u8BA1\u7B97\u8D44\u6E90\u89C4\u683C\u3001\u6570\u91CF\uFF08\u7B2C19\u6761(1)\uFF09\u3002",
    "The services requested on the form must equal what the estimation report computes (\u7B2C21\u6761(5)); the unit estimates the size and number of compute resources it needs (\u7B2C19\u6761(1))."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out = [];
    const demand = a.estimate.demand ?? [];
    const byId2 = new Map(a.resources.map((r, i) => [r.id, { r, i }]));
    const seen = /* @__PURE__ */ new Map();
    for (const [j, d] of demand.entries()) {
      const path = `/estimate/demand/${j}`;
      const target = byId2.get(d.resource);
      if (!target) {
        const ids = a.resources.filter((r2) => ctx.catalog.serviceById.get(r2.service)?.shape === "compute").map((r2) => r2.id);
        out.push({
          path: `${path}/resource`,
          message: text(
            `\u6D4B\u7B97\u7ED3\u679C estimate.demand[${j}] \u5BF9\u5E94\u7684\u8D44\u6E90 ${d.resource} \u4E0D\u5728\u672C\u7533\u8BF7\u7684 resources \u4E2D\u3002\u6D4B\u7B97\u7ED3\u679C\u987B\u5BF9\u5E94\u7533\u8BF7\u8868\u4E2D\u7684\u8D44\u6E90\uFF1A\u8BF7\u6539\u4E3A\u672C\u7533\u8BF7\u4E2D\u8D44\u6E90\u7684 id${ids.length ? `\uFF08${ids.join("\u3001")}\uFF09` : ""}\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Estimate result estimate.demand[${j}] names resource ${d.resource}, which is not in this application's resources. Name one of this application's resources${ids.length ? ` (${ids.join(", ")})` : ""} or remove the entry.`
          )
        });
        continue;
      }
      const first = seen.get(d.resource);
      if (first !== void 0) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `\u8D44\u6E90 ${d.resource} \u5DF2\u5728 estimate.demand[${first}] \u4E2D\u6D4B\u7B97\u8FC7\uFF1B\u6BCF\u9879\u8D44\u6E90\u53EA\u5199\u4E00\u9879\u6D4B\u7B97\u7ED3\u679C\u3002\u8BF7\u628A\u4E24\u9879\u5408\u5E76\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Resource ${d.resource} already has an estimate result in estimate.demand[${first}]; write one per resource. Merge the two or remove this one.`
          )
        });
        continue;
      }
      seen.set(d.resource, j);
      const { r, i } = target;
      for (const f of figures) {
        const form = r[f.key];
        if (form === void 0) continue;
        const estimated = d[f.key];
        if (estimated === void 0) {
          out.push({
            path,
            message: text(
              `\u6D4B\u7B97\u7ED3\u679C estimate.demand[${j}]\uFF08${r.id}\uFF09\u7F3A\u5C11${f.zh.trimEnd()}\uFF1A\u7533\u8BF7\u8868\u4E2D ${r.id} \u7684${f.zh}\u4E3A ${form}${f.unitZh}\u3002\u6D4B\u7B97\u62A5\u544A\u987B\u5199\u51FA\u6D4B\u7B97\u51FA\u7684${f.zh.trimEnd()}\uFF1A\u8BF7\u8865\u4E0A ${f.key}: ${form}\uFF08\u82E5\u6D4B\u7B97\u7ED3\u679C\u4E0D\u540C\uFF0C\u8BF7\u540C\u65F6\u6539\u6B63\u7533\u8BF7\u8868\uFF09\u3002`,
              `Estimate result estimate.demand[${j}] (${r.id}) lacks the ${f.en}; the form requests ${form}${f.unitEn}. Add ${f.key}: ${form} (if the estimate differs, correct the form too).`
            )
          });
        } else if (estimated !== form) {
          out.push({
            path: `${path}/${f.key}`,
            message: text(
              `\u7533\u8BF7\u8868\u4E2D ${r.id} \u7684${f.zh}\u4E3A ${form}${f.unitZh}\uFF0C\u6D4B\u7B97\u62A5\u544A\u6D4B\u7B97\u51FA ${estimated}${f.unitZh}\uFF1B\u4E24\u8005\u987B\u4E00\u81F4\u3002\u8BF7\u628A resources[${i}].${f.key} \u6539\u4E3A\u6D4B\u7B97\u7ED3\u679C ${estimated}\uFF0C\u6216\u6539\u6B63\u6D4B\u7B97\uFF08estimate.demand[${j}].${f.key} \u4E0E\u6D4B\u7B97\u8BF4\u660E\uFF09\u4F7F\u5176\u4E3A ${form}\u3002`,
              `For ${r.id} the form requests ${f.en} ${form}, the estimation report computes ${estimated}; they must be equal. Change resources[${i}].${f.key} to ${estimated}, or correct the estimate (estimate.demand[${j}].${f.key} and its basis) to ${form}.`
            )
          });
        }
      }
    }
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      if (service?.shape !== "compute" || seen.has(r.id)) continue;
      out.push({
        path: `/resources/${i}`,
        message: text(
          `${r.id}\uFF08${service.name}\uFF0C${describeZh(r)}\uFF09\u5728\u6D4B\u7B97\u62A5\u544A\u4E2D\u6CA1\u6709\u6D4B\u7B97\u7ED3\u679C\u3002\u6BCF\u9879\u8BA1\u7B97\u8D44\u6E90\u7684\u89C4\u683C\u3001\u6570\u91CF\u90FD\u987B\u7531\u6D4B\u7B97\u62A5\u544A\u5F97\u51FA\uFF1A\u8BF7\u5728 estimate.demand \u4E2D\u589E\u52A0\u4E00\u9879 resource: ${r.id}\uFF0C\u5199\u660E ${needed(r, "\u3001")}\uFF0C\u4EE5\u53CA\u6D4B\u7B97\u8BF4\u660E basis\u3002`,
          `${r.id} (${service.name}, ${describeEn(r)}) has no result in the estimation report. Every compute resource's size and number come from the estimate: add an estimate.demand entry with resource: ${r.id}, ${needed(r, ", ")} and its basis.`
        )
      });
    }
    return out;
  }
});
var needed = (r, sep4) => figures.filter((f) => r[f.key] !== void 0).map((f) => `${f.key}: ${r[f.key]}`).join(sep4);
var describeZh = (r) => `${r.vcpu} \u6838 ${r.memoryGB} GB \xD7 ${r.quantity ?? 1} \u53F0`;
var describeEn = (r) => `${r.vcpu} vCPU ${r.memoryGB} GB \xD7 ${r.quantity ?? 1}`;

// scripts/profiles/shenzhen/rules/package-count.ts
var wafDomainsPerPackage = 2;
var packageCount = defineRule({
  id: "package-count",
  title: text(
    "\u5957\u9910\u7C7B\u670D\u52A1\uFF1A\u57FA\u7840\u5305\u5728\u5148\uFF0C\u589E\u91CF\u5305\u6570\u6309\u9700\u6C42\u63A8\u7B97",
    "Package services: base first, increments from the demand"
  ),
  citation: annex("\u9644\u4EF62"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u5E94\u7528\u4E0E\u6570\u636E\u96C6\u6210\u5E73\u53F0\uFF1A\u8FDE\u63A5\u226425 \u7533\u8BF7\u57FA\u7840\u5305\uFF0C\u8FDE\u63A5>25 \u7533\u8BF7\u57FA\u7840\u5305+\u6269\u5BB9\u5305\uFF08\u8D85\u8FC725\u4E2A\u8FDE\u63A5\u7684\u90E8\u5206\uFF0C\u6BCF25\u4E2A\u8FDE\u63A5\u589E\u52A0\u4E00\u4E2A\u6269\u5BB9\u5305\uFF09\uFF1B\u65E5\u5FD7\u5BA1\u8BA1\u6BCF50\u4E2A\u65E5\u5FD7\u6E90\u3001Web\u5E94\u7528\u9632\u706B\u5899\u6BCF25Mpbs\u9632\u62A4\u5E26\u5BBD\u540C\u7406\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\u3002\u65E5\u5FD7\u5BA1\u8BA1\u3001Web\u5E94\u7528\u9632\u706B\u5899\u7684\u57FA\u7840\u5305\u201C\u7B2C\u4E00\u6B21\u9ED8\u8BA4\u7533\u8BF7\u201D\uFF0C\u201C\u57FA\u7840\u5305\u4E0D\u8DB3\u65F6\u53EF\u6309\u9700\u53E0\u52A0\u589E\u91CF\u5305\u201D\uFF1BWAF \u5355\u4E2A\u589E\u91CF\u5305\u589E\u52A0\u4FDD\u62A42\u4E2A\u57DF\u540D\uFF08\u9644\u4EF65 (\u4E03)\uFF09\u3002",
    "Integration platform: up to 25 connections a base package, beyond that one increment per further 25; log audit per 50 sources and WAF per 25 Mbps likewise (\u9644\u4EF62 remarks). The base package is taken by the first application and increments are added on top of it; each WAF package protects 2 domains (\u9644\u4EF65 (\u4E03))."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    const stateBases = [...ctx.before.resources.values()].filter(
      (r) => (a.type === "test" || r.kind === "production") && (r.config.base ?? 0) >= 1
    );
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const p = service?.package;
      if (!service || !p) continue;
      const base = r.base ?? 0;
      const increments = r.increments ?? 0;
      const existing = stateBases.find((x) => x.service === r.service)?.id ?? a.resources.slice(0, i).find((x) => x.service === r.service && (x.base ?? 0) >= 1)?.id;
      const path = `/resources/${i}`;
      const covered = base >= 1 || existing === void 0 ? 1 : 0;
      const demand = r[p.measure.field];
      const parts = [];
      if (demand !== void 0) {
        const over = Math.max(0, demand - covered * p.baseAmount);
        const n = Math.ceil(over / p.incrementAmount);
        const u2 = p.measure.unit === "\u4E2A" ? " \u4E2A" : ` ${p.measure.unit}`;
        parts.push({
          n,
          zh: `${p.measure.label} ${demand}${u2}${covered ? `\uFF0C\u57FA\u7840\u5305\u542B ${p.baseAmount}${u2}\uFF0C\u8D85\u51FA ${over}${u2}` : "\uFF08\u5DF2\u6709\u57FA\u7840\u5305\uFF0C\u5168\u90E8\u7531\u589E\u91CF\u5305\u627F\u62C5\uFF09"}\uFF0C\u6BCF ${p.incrementAmount}${u2}\u52A0\u4E00\u4E2A\u589E\u91CF\u5305\uFF08\u4E0D\u8DB3\u6309\u4E00\u4E2A\uFF09\uFF0C\u9700\u8981 ${n} \u4E2A\u589E\u91CF\u5305`,
          en: `${p.measure.field} ${demand}${covered ? `: the base covers ${p.baseAmount}, ${over} more` : " (on an existing base: all by increments)"}, one increment per ${p.incrementAmount}: ${n} increments`
        });
      }
      if (service.id === "waf" && r.domains !== void 0) {
        const over = Math.max(0, r.domains - covered * wafDomainsPerPackage);
        const n = Math.ceil(over / wafDomainsPerPackage);
        parts.push({
          n,
          zh: `\u9632\u62A4\u57DF\u540D ${r.domains} \u4E2A\uFF0C\u6BCF\u4E2A\u5305\u4FDD\u62A4 ${wafDomainsPerPackage} \u4E2A\u57DF\u540D\uFF0C\u9700\u8981 ${n} \u4E2A\u589E\u91CF\u5305`,
          en: `${r.domains} domains at ${wafDomainsPerPackage} per package: ${n} increments`
        });
      }
      const expected = parts.length ? Math.max(...parts.map((x) => x.n)) : void 0;
      if (base === 0 && existing === void 0) {
        out.push({
          path: `${path}/base`,
          citation: annex("\u9644\u4EF65"),
          message: text(
            `${r.id}\uFF08${service.name}\uFF09\u53EA\u7533\u8BF7\u4E86 ${increments} \u4E2A\u589E\u91CF\u5305\uFF0C\u6CA1\u6709\u57FA\u7840\u5305\uFF0C\u672C\u7CFB\u7EDF\u4E5F\u8FD8\u6CA1\u6709${service.name}\u7684\u57FA\u7840\u5305\u3002\u589E\u91CF\u5305\u53EA\u80FD\u53E0\u52A0\u5728\u57FA\u7840\u5305\u4E0A\uFF0C\u7B2C\u4E00\u6B21\u987B\u7533\u8BF7\u57FA\u7840\u5305\uFF1A\u8BF7\u628A base \u6539\u4E3A 1${expected !== void 0 && expected !== increments ? `\uFF0Cincrements \u6539\u4E3A ${expected}` : ""}\u3002`,
            `${r.id} (${service.name}) requests ${increments} increments and no base package, and the system has no base package for it yet. Increments go on top of a base, which the first application takes: set base to 1${expected !== void 0 && expected !== increments ? ` and increments to ${expected}` : ""}.`
          )
        });
        continue;
      }
      if (base >= 1 && existing !== void 0) {
        out.push({
          path: `${path}/base`,
          severity: "warning",
          citation: annex("\u9644\u4EF65"),
          message: text(
            `\u672C\u7CFB\u7EDF\u5DF2\u6709${service.name}\u7684\u57FA\u7840\u5305\uFF08${existing}\uFF09\uFF1B\u57FA\u7840\u5305\u53EA\u5728\u7B2C\u4E00\u6B21\u7533\u8BF7\uFF0C\u4E0D\u8DB3\u65F6\u53E0\u52A0\u589E\u91CF\u5305\u3002\u82E5\u8981\u6269\u5927\u5DF2\u6709\u7684${service.name}\uFF0C\u8BF7\u5BF9 ${existing} \u63D0\u53D8\u66F4\u7533\u8BF7\u589E\u52A0\u589E\u91CF\u5305\uFF1B\u82E5\u786E\u9700\u7B2C\u4E8C\u5957${service.name}\uFF0C\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9 remark \u4E2D\u7684\u7406\u7531\u3002`,
            `The system already has a ${service.name} base package (${existing}); the base is taken once and increments are added when it is not enough. To enlarge it, apply for a change to ${existing}; if a second ${service.name} is really needed, the reviewer checks the reason in remark.`
          )
        });
      }
      if (base === 0 && increments === 0 && expected === void 0) {
        out.push({
          path,
          message: text(
            `${r.id}\uFF08${service.name}\uFF09\u7533\u8BF7\u4E86 0 \u4E2A\u57FA\u7840\u5305\u548C 0 \u4E2A\u589E\u91CF\u5305\u3002\u8BF7\u5199\u660E\u9700\u8981\u7684${p.measure.label}\uFF08${p.measure.field}\uFF09\u5E76\u7533\u8BF7\u76F8\u5E94\u7684\u589E\u91CF\u5305\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `${r.id} (${service.name}) requests no base and no increments. State the ${p.measure.field} needed and the increments, or remove the resource.`
          )
        });
        continue;
      }
      if (expected !== void 0 && increments !== expected) {
        out.push({
          path: `${path}/increments`,
          message: text(
            `${r.id}\uFF08${service.name}\uFF09\uFF1A${parts.map((x) => x.zh).join("\uFF1B")}\uFF1B\u8FD9\u91CC\u7533\u8BF7\u4E86 ${increments} \u4E2A\u589E\u91CF\u5305\u3002\u8BF7\u628A increments \u6539\u4E3A ${expected}\u3002`,
            `${r.id} (${service.name}): ${parts.map((x) => x.en).join("; ")}; ${increments} requested. Change increments to ${expected}.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/requires-companion.ts
var requiresCompanion = defineRule({
  id: "requires-companion",
  title: text(
    "\u987B\u642D\u914D\u7684\u670D\u52A1\u5728\u540C\u4E00\u7CFB\u7EDF\u4E2D\uFF08\u5BB9\u5668\u8BA1\u7B97\u8282\u70B9\u4E0E\u5BB9\u5668\u7BA1\u7406\uFF09",
    "Companion services are in the same system (container nodes with container management)"
  ),
  citation: annex("\u9644\u4EF65"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u9644\u4EF65 (\u4E09)PaaS\u670D\u52A1\uFF1A\u5BB9\u5668\u7BA1\u7406\u201C\u8BA1\u7B97\u8282\u70B9\u987B\u5355\u72EC\u7533\u8BF7\u201D\uFF0C\u5BB9\u5668\u8BA1\u7B97\u8282\u70B9\u201C\u987B\u4E0E\u5BB9\u5668\u7BA1\u7406\u642D\u914D\u4F7F\u7528\u201D\u3002",
    "\u9644\u4EF65 (\u4E09) PaaS: container management's compute nodes are applied for separately, and container compute nodes go with container management."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const required = service?.requires;
      if (!service || !required) continue;
      const inApplication = a.resources.some((x) => x.service === required);
      const inSystem = [...ctx.before.resources.values()].some(
        (x) => x.service === required && (a.type === "test" || x.kind === "production")
      );
      if (inApplication || inSystem) continue;
      const companion = ctx.catalog.serviceById.get(required);
      const cname = companion?.name ?? required;
      const testOnly = a.type === "new" && [...ctx.before.resources.values()].some((x) => x.service === required && x.kind === "test");
      const fields = companion?.shape === "vcpu" ? "\uFF08\u5199\u660E vcpu\uFF09" : "";
      out.push({
        path: `/resources/${i}/service`,
        message: text(
          `${r.id}\uFF08${service.name}\uFF09\u987B\u4E0E${cname}\uFF08${required}\uFF09\u642D\u914D\u4F7F\u7528\uFF0C\u4F46\u672C\u7CFB\u7EDF\u6CA1\u6709\u5728\u7528\u7684${testOnly ? "\u6B63\u5F0F" : ""}${cname}\uFF0C\u672C\u7533\u8BF7\u4E2D\u4E5F\u6CA1\u6709\u3002\u8BF7\u5728\u672C\u7533\u8BF7\u7684 resources \u4E2D\u589E\u52A0\u4E00\u9879 service: ${required}${fields}\uFF0C\u6216\u5148\u7533\u8BF7${cname}\u3002`,
          `${r.id} (${service.name}) goes with ${cname} (${required}), but the system has no ${testOnly ? "production " : ""}${cname} in use and this application requests none. Add a resource with service: ${required} to this application, or apply for ${cname} first.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/resource-id-unique.ts
var resourceIdUnique = defineRule({
  id: "resource-id-unique",
  title: text(
    "\u65B0\u589E\u7684\u8D44\u6E90\u4E0D\u6CBF\u7528\u672C\u7CFB\u7EDF\u5DF2\u6709\u6216\u5DF2\u64A4\u9500\u8D44\u6E90\u7684\u6807\u8BC6",
    "New resources do not reuse an id of the system's resources, current or revoked"
  ),
  citation: cite("\u7B2C6\u6761"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u65B0\u589E\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u4E00\u9879\u6216\u591A\u9879\u4E91\u670D\u52A1\uFF1B\u53D8\u66F4\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u6269\u5BB9\u6216\u7F29\u5BB9\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\u914D\u7F6E\uFF1B\u64A4\u9500\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u64A4\u9500\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\uFF08\u7B2C6\u6761\uFF09\u3002\u5DF2\u7533\u8BF7\u7684\u4E91\u670D\u52A1\u4EE5\u8D44\u6E90\u6807\u8BC6\u8BC6\u522B\uFF1A\u65B0\u589E\u6CBF\u7528\u65E7\u6807\u8BC6\uFF0C\u4F1A\u4E0E\u5728\u7528\u8D44\u6E90\u6216\u64A4\u9500\u8BB0\u5F55\u6DF7\u6DC6\u3002",
    "A new application requests new services; changes and revocations act on services already applied for (\u7B2C6\u6761), found by their resource id. Reusing an id would confuse a new resource with one in use or revoked."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    const taken = /* @__PURE__ */ new Set([
      ...ctx.before.resources.keys(),
      ...ctx.before.revoked.keys(),
      ...a.resources.map((r) => r.id)
    ]);
    const fresh = (id) => {
      for (let n = 2; ; n++) {
        const suffix = `-${n}`;
        const candidate = `${id.slice(0, 40 - suffix.length)}${suffix}`;
        if (!taken.has(candidate)) {
          taken.add(candidate);
          return candidate;
        }
      }
    };
    const seen = /* @__PURE__ */ new Map();
    for (const [i, r] of a.resources.entries()) {
      const path = `/resources/${i}/id`;
      const first = seen.get(r.id);
      const current = ctx.before.resources.get(r.id);
      const revoked = ctx.before.revoked.get(r.id);
      if (first !== void 0) {
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `\u8D44\u6E90\u6807\u8BC6 ${r.id} \u5728\u672C\u7533\u8BF7\u4E2D\u5DF2\u7528\u4E8E resources[${first}]\uFF1B\u6BCF\u9879\u8D44\u6E90\u7684 id \u987B\u552F\u4E00\u3002\u8BF7\u6539\u4E3A\u5176\u4ED6\u6807\u8BC6\uFF0C\u5982 ${other}\u3002`,
            `Resource id ${r.id} is already used by resources[${first}] in this application; ids are unique. Use another, e.g. ${other}.`
          )
        });
      } else if (current) {
        const name2 = ctx.catalog.serviceById.get(current.service)?.name ?? current.service;
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `\u8D44\u6E90\u6807\u8BC6 ${r.id} \u5DF2\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\uFF08${name2}\uFF0C\u7B2C ${current.createdBy} \u53F7\u7533\u8BF7${current.kind === "test" ? "\u7684\u6D4B\u8BD5\u8D44\u6E90" : "\u65B0\u589E"}\uFF09\u3002\u53D8\u66F4\u3001\u64A4\u9500\u4E0E\u53D1\u653E\u90FD\u9760\u6807\u8BC6\u8BC6\u522B\u8D44\u6E90\uFF0C\u65B0\u589E\u4E0D\u80FD\u6CBF\u7528\uFF1A\u82E5\u8981\u8C03\u6574\u8FD9\u9879\u8D44\u6E90\uFF0C\u8BF7\u63D0\u53D8\u66F4\u7533\u8BF7\uFF1B\u82E5\u662F\u53E6\u4E00\u9879\u65B0\u8D44\u6E90\uFF0C\u8BF7\u6539\u7528\u65B0\u7684\u6807\u8BC6\uFF0C\u5982 ${other}\u3002`,
            `Resource id ${r.id} is a resource in use in this system (${name2}, added by application ${current.createdBy}). Changes, revocations and delivery find resources by id: to adjust it, apply for a change; for another resource, use a new id such as ${other}.`
          )
        });
      } else if (revoked) {
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `\u8D44\u6E90\u6807\u8BC6 ${r.id} \u66FE\u7528\u4E8E\u672C\u7CFB\u7EDF\u5DF2\u64A4\u9500\u7684\u8D44\u6E90\uFF08\u7B2C ${revoked.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500\uFF09\u3002\u5DF2\u64A4\u9500\u8D44\u6E90\u7684\u6807\u8BC6\u4E0D\u518D\u590D\u7528\uFF0C\u4EE5\u514D\u4E0E\u64A4\u9500\u8BB0\u5F55\u548C\u4E91\u4E0A\u7684\u65E7\u8D44\u6E90\u6DF7\u6DC6\uFF1A\u8BF7\u6539\u7528\u65B0\u7684\u6807\u8BC6\uFF0C\u5982 ${other}\u3002`,
            `Resource id ${r.id} belonged to a resource revoked by application ${revoked.revokedBy}. Revoked ids are not reused, so that the new resource is not confused with the revocation record or the old cloud resource: use a new id such as ${other}.`
          )
        });
      }
      if (first === void 0) seen.set(r.id, i);
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/security-services-level.ts
var levelZh = ["\u96F6", "\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94"];
var databaseWords = /数据库|database|(^|[^a-z])db([^a-z]|$)|mysql|postgre|oracle|达梦|金仓|gauss|mongo|sql ?server/i;
var webWords = /网站|门户|web/i;
var webPorts = /* @__PURE__ */ new Set([80, 443, 8080, 8443]);
var securityServicesLevel = defineRule({
  id: "security-services-level",
  title: text("\u5B89\u5168\u670D\u52A1\u4E0E\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B\u76F8\u7B26", "Security services fit the protection level"),
  citation: cite("\u7B2C23\u6761", "(4)"),
  appliesTo: ["new"],
  severity: "warning",
  why: text(
    "\u5B89\u5168\u9700\u6C42\u5E94\u6839\u636E\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7684\u8981\u6C42\u8FDB\u884C\u8BC4\u4F30\uFF0C\u5E76\u9009\u62E9\u76F8\u5E94\u914D\u7F6E\u7684\u5B89\u5168\u670D\u52A1\uFF08\u7B2C23\u6761(4)\uFF09\uFF1B\u6D4B\u7B97\u62A5\u544A\u6839\u636E\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7684\u8981\u6C42\u9009\u62E9\u5B89\u5168\u670D\u52A1\uFF0C\u5E76\u5BF9\u6240\u9009\u5B89\u5168\u670D\u52A1\u7684\u914D\u7F6E\u3001\u6570\u91CF\u8FDB\u884C\u8BF4\u660E\uFF08\u9644\u4EF66 \u7B2C5\u8282\uFF09\u3002",
    "Security needs are assessed against the protection level (\u7B49\u7EA7\u4FDD\u62A4) and matching security services are chosen (\u7B2C23\u6761(4)); the report explains the services chosen, their configuration and number (\u9644\u4EF66 section 5)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const level = ctx.system.protectionLevel;
    if (level < 2) return [];
    const items2 = [
      ...[...ctx.before.resources.values()].filter((r) => r.kind === "production").map((r) => ({
        id: r.id,
        service: r.service,
        words: `${r.id} ${r.purpose ?? ""}`,
        quantity: r.config.quantity ?? 1
      })),
      ...a.resources.map((r, index) => ({
        id: r.id,
        service: r.service,
        words: `${r.id} ${r.purpose ?? ""} ${r.remark ?? ""}`,
        quantity: r.quantity ?? 1,
        index
      }))
    ];
    const has = (service) => items2.some((x) => x.service === service);
    const hosts = items2.filter((x) => ctx.catalog.serviceById.get(x.service)?.shape === "compute");
    const hostCount = hosts.reduce((s, x) => s + x.quantity, 0);
    const databases = hosts.filter((x) => databaseWords.test(x.words));
    const web = items2.find((x) => x.service === "eip" || x.service === "elb") ?? hosts.find((x) => webWords.test(x.words)) ?? ctx.before.ports.filter((p) => [p.rule.ports].flat().some((n) => typeof n === "number" && webPorts.has(n))).map((p) => items2.find((x) => x.id === p.rule.destination)).find((x) => x !== void 0);
    const name2 = (service) => ctx.catalog.serviceById.get(service)?.name ?? service;
    const list3 = (xs) => xs.map((x) => x.id).join("\u3001");
    const missing = [];
    const need2 = (service, zh, en) => {
      if (!has(service)) missing.push({ service, zh, en });
    };
    if (hostCount > 0) need2("hss", `${hostCount} \u53F0\u4E3B\u673A`, `${hostCount} hosts`);
    if (level >= 3) {
      need2("log-audit", "\u4E09\u7EA7\u7CFB\u7EDF\u7684\u5B89\u5168\u5BA1\u8BA1", "security audit at level 3");
      if (hostCount > 0) need2("bastion", "\u4E09\u7EA7\u7CFB\u7EDF\u7684\u8FD0\u7EF4\u5BA1\u8BA1", "operations audit at level 3");
      if (databases.length > 0)
        need2(
          "db-audit",
          `${list3(databases)} \u770B\u6765\u662F\u6570\u636E\u5E93\u670D\u52A1\u5668`,
          `${databases.map((x) => x.id).join(", ")} looks like a database server`
        );
      if (web) need2("waf", `${web.id} \u770B\u6765\u5BF9\u5916\u63D0\u4F9B Web \u670D\u52A1`, `${web.id} looks like it serves the web`);
    }
    const out = [];
    const security = a.estimate.security !== void 0;
    if (missing.length > 0) {
      const usual = level >= 3 ? text(
        `${levelZh[level]}\u7EA7\u7CFB\u7EDF\u901A\u5E38\u5E94\u9009\u62E9\u4E3B\u673A\u5B89\u5168\u3001\u65E5\u5FD7\u5BA1\u8BA1\u3001\u4E91\u5821\u5792\u673A\uFF0C\u6709\u6570\u636E\u5E93\u65F6\u52A0\u6570\u636E\u5E93\u5BA1\u8BA1\uFF0C\u5BF9\u5916\u63D0\u4F9B Web \u670D\u52A1\u65F6\u52A0 Web\u5E94\u7528\u9632\u706B\u5899`,
        `a level ${level} system usually has host security, log audit and a bastion host, database audit when it has a database, and a web application firewall when it serves the web`
      ) : text(
        "\u4E8C\u7EA7\u7CFB\u7EDF\u81F3\u5C11\u5E94\u4E3A\u4E3B\u673A\u9009\u62E9\u4E3B\u673A\u5B89\u5168",
        "a level 2 system has at least host security on its hosts"
      );
      out.push({
        path: security ? "/estimate/security" : "/resources",
        atKey: true,
        message: text(
          `\u7CFB\u7EDF\u4E3A\u7B49\u4FDD${levelZh[level] ?? level}\u7EA7\uFF08system.yaml protectionLevel: ${level}\uFF09\uFF0C\u6309\u7B49\u7EA7\u4FDD\u62A4\u8981\u6C42\uFF0C${usual.zh}\u3002\u672C\u7CFB\u7EDF\uFF08\u5728\u7528\u8D44\u6E90\u4E0E\u672C\u7533\u8BF7\u5408\u8BA1\uFF09\u7F3A\u5C11\uFF1A${missing.map((m) => `${name2(m.service)}\uFF08${m.service}\uFF1A${m.zh}\uFF09`).join("\u3001")}\u3002\u8FD9\u9700\u8981\u5BA1\u6838\u4EBA\u5224\u65AD\uFF1A\u8BF7\u5BF9\u7167\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u6216\u5B89\u5168\u5EFA\u8BBE\u65B9\u6848\uFF0C\u786E\u8BA4\u7F3A\u5C11\u7684\u670D\u52A1\u662F\u5426\u5DF2\u7531\u5176\u4ED6\u63AA\u65BD\u6EE1\u8DB3\uFF1B\u82E5\u9700\u8981\uFF0C\u8BF7\u5728 resources \u4E2D\u589E\u52A0\u8FD9\u4E9B\u670D\u52A1\uFF0C\u5E76\u5728 estimate.security.explanation \u4E2D\u8BF4\u660E\u9009\u62E9\u7684\u4F9D\u636E\u3002`,
          `The system is at protection level ${level} (system.yaml protectionLevel: ${level}); ${usual.en}. The system (resources in use plus this application) lacks: ${missing.map((m) => `${name2(m.service)} (${m.service}: ${m.en})`).join(", ")}. Reviewer: check the level assessment or security plan for whether other measures cover them; if not, add the services to resources and explain the choice in estimate.security.explanation.`
        )
      });
    }
    const hss = items2.filter((x) => x.service === "hss");
    const hssCount = hss.reduce((s, x) => s + x.quantity, 0);
    if (hss.length > 0 && hssCount < hostCount) {
      const own = hss.filter((x) => x.index !== void 0).at(-1);
      const short = hostCount - hssCount;
      const hostList = hosts.map((x) => `${x.id} \xD7 ${x.quantity}`).join("\u3001");
      out.push({
        path: own ? `/resources/${own.index}/quantity` : "/resources",
        ...own ? {} : { atKey: true },
        message: text(
          `\u4E3B\u673A\u5B89\u5168\u6309\u865A\u673A\u8BA1\uFF08\u9644\u4EF61\uFF09\uFF1A\u672C\u7CFB\u7EDF\u5171\u6709 ${hostCount} \u53F0\u4E3B\u673A\uFF08${hostList}\uFF09\uFF0C\u4E3B\u673A\u5B89\u5168\u5408\u8BA1 ${hssCount} \u53F0\uFF0C\u6709 ${short} \u53F0\u6CA1\u6709\u9632\u62A4\u3002${own ? `\u8BF7\u628A\u4E3B\u673A\u5B89\u5168 ${own.id} \u7684 quantity \u6539\u4E3A ${own.quantity + short}` : `\u5DF2\u6709\u7684\u4E3B\u673A\u5B89\u5168\u4E0D\u80FD\u53D8\u66F4\uFF08\u9644\u4EF62\uFF09\uFF0C\u8BF7\u5728\u672C\u7533\u8BF7\u4E2D\u589E\u52A0\u4E00\u9879\u4E3B\u673A\u5B89\u5168\uFF08service: hss\uFF0Cquantity: ${short}\uFF09`}\uFF1B\u82E5\u8FD9\u4E9B\u4E3B\u673A\u53E6\u6709\u9632\u62A4\uFF0C\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9 estimate.security.explanation \u4E2D\u7684\u8BF4\u660E\u3002`,
          `Host security is counted per VM (\u9644\u4EF61): the system has ${hostCount} hosts (${hosts.map((x) => `${x.id} \xD7 ${x.quantity}`).join(", ")}) and ${hssCount} host-security licences, leaving ${short} unprotected. ${own ? `Change the quantity of ${own.id} to ${own.quantity + short}` : `Existing host security cannot be changed (\u9644\u4EF62): add a host security resource (service: hss, quantity: ${short}) to this application`}; if those hosts are protected otherwise, the reviewer checks the reason in estimate.security.explanation.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/storage-six-months.ts
function requested(r, i, service) {
  if (service?.shape === "compute") {
    const disks = r.dataDisks ?? [];
    const gb = disks.reduce((sum2, d) => sum2 + d.sizeGB, 0);
    if (gb <= 0) return void 0;
    return {
      gb,
      path: disks.length === 1 ? `/resources/${i}/dataDisks/0/sizeGB` : `/resources/${i}/dataDisks`,
      zh: `\u6BCF\u53F0\u6570\u636E\u76D8${disks.length > 1 ? "\u5408\u8BA1" : ""} ${gb} GB`,
      en: `${gb} GB of data disk${disks.length > 1 ? "s" : ""} per instance`
    };
  }
  if (service?.shape === "capacity" && service.id !== "backup" && r.capacityGB !== void 0)
    return {
      gb: r.capacityGB,
      path: `/resources/${i}/capacityGB`,
      zh: `\u5BB9\u91CF ${r.capacityGB} GB`,
      en: `${r.capacityGB} GB`
    };
  return void 0;
}
var round2 = (n) => Math.round(n * 100) / 100;
function need(e, ctx) {
  const g = ctx.catalog.profile.granularity.capacityGB;
  const zh = [];
  const en = [];
  let sum2 = 0;
  if (e.runtimeGB !== void 0) {
    sum2 += e.runtimeGB;
    zh.push(`${e.runtimeGB}\uFF08\u8FD0\u884C\u73AF\u5883\uFF09`);
    en.push(`${e.runtimeGB} (runtime)`);
  }
  if (e.migratedGB !== void 0) {
    sum2 += e.migratedGB;
    zh.push(`${e.migratedGB}\uFF08\u8FC1\u79FB\u6570\u636E\uFF09`);
    en.push(`${e.migratedGB} (migrated data)`);
  }
  if (e.growth) {
    sum2 += e.growth.monthlyGB * e.growth.months;
    zh.push(`${e.growth.monthlyGB} \xD7 ${e.growth.months}\uFF08${e.growth.months} \u4E2A\u6708\u589E\u957F\uFF09`);
    en.push(`${e.growth.monthlyGB} \xD7 ${e.growth.months} (${e.growth.months} months of growth)`);
  }
  const total = round2(sum2);
  const cap = total > 0 ? Math.max(g.min, Math.ceil(total / g.multiple) * g.multiple) : 0;
  return {
    empty: zh.length === 0,
    total,
    cap,
    multiple: g.multiple,
    zh: `${zh.join(" + ")} = ${total} GB\uFF0C\u6309 ${g.multiple} GB \u5411\u4E0A\u53D6\u6574\u4E3A ${cap} GB`,
    en: `${en.join(" + ")} = ${total} GB, rounded up to ${g.multiple} GB: ${cap} GB`,
    short: e.growth !== void 0 && e.growth.months < 6 ? e.growth.months : void 0
  };
}
var storageSixMonths = defineRule({
  id: "storage-six-months",
  title: text(
    "\u5B58\u50A8\u6709\u6D4B\u7B97\u8FC7\u7A0B\uFF0C\u7533\u8BF7\u91CF\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42",
    "Storage has an estimate and covers at most six months"
  ),
  citation: cite("\u7B2C23\u6761", "(2)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\u4E2D\u8BA1\u7B97\u3001\u5B58\u50A8\u8D44\u6E90\u987B\u6709\u5408\u7406\u7684\u6D4B\u7B97\u8BF4\u660E\uFF0C\u5176\u4E2D\u5B58\u50A8\u8D44\u6E90\u9884\u4F30\u91CF\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42\uFF08\u7B2C23\u6761(2)\uFF09\u3002\u6BCF\u53F0\u670D\u52A1\u5668\u7684\u5B58\u50A8\u987B\u6709\u6D4B\u7B97\u8FC7\u7A0B\uFF1A\u8FD0\u884C\u73AF\u5883\u4E0E\u90E8\u7F72\u5305\u7684\u5360\u7528\u91CF\u3001\u9700\u8FC1\u79FB\u7684\u5DF2\u6709\u6570\u636E\u91CF\u3001\u672A\u6765\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF08\u9644\u4EF66 \u7B2C3\u8282\uFF09\u3002",
    "Compute and storage need a reasoned estimate, and estimated storage may not exceed six months of need (\u7B2C23\u6761(2)). Each server's storage is computed from the runtime and deployment packages, any migrated data, and at most six months of data growth (\u9644\u4EF66 section 3)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out = [];
    const entries = a.estimate.storage ?? [];
    const byResource = /* @__PURE__ */ new Map();
    const ids = new Set(a.resources.map((r) => r.id));
    for (const [j, e] of entries.entries()) {
      const first = byResource.get(e.resource);
      if (!ids.has(e.resource)) {
        out.push({
          path: `/estimate/storage/${j}/resource`,
          message: text(
            `\u5B58\u50A8\u9700\u6C42 estimate.storage[${j}] \u5BF9\u5E94\u7684\u8D44\u6E90 ${e.resource} \u4E0D\u5728\u672C\u7533\u8BF7\u7684 resources \u4E2D\u3002\u8BF7\u6539\u4E3A\u672C\u7533\u8BF7\u4E2D\u8D44\u6E90\u7684 id\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Storage estimate estimate.storage[${j}] names resource ${e.resource}, which is not in this application's resources. Name one of them or remove the entry.`
          )
        });
      } else if (first) {
        out.push({
          path: `/estimate/storage/${j}/resource`,
          message: text(
            `\u8D44\u6E90 ${e.resource} \u5DF2\u5728 estimate.storage[${first.j}] \u4E2D\u6D4B\u7B97\u8FC7\u5B58\u50A8\uFF1B\u6BCF\u9879\u8D44\u6E90\u53EA\u5199\u4E00\u9879\u3002\u8BF7\u628A\u4E24\u9879\u5408\u5E76\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Resource ${e.resource} already has a storage estimate in estimate.storage[${first.j}]; write one per resource. Merge them or remove this one.`
          )
        });
      } else byResource.set(e.resource, { e, j });
    }
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const req = requested(r, i, service);
      if (!req) continue;
      const label3 = `${r.id}\uFF08${service?.name ?? r.service}\uFF09`;
      const found = byResource.get(r.id);
      if (!found) {
        out.push({
          path: `/resources/${i}`,
          message: text(
            `${label3}\u7533\u8BF7\u4E86${req.zh}\uFF0C\u4F46\u6D4B\u7B97\u62A5\u544A\u7684\u5B58\u50A8\u9700\u6C42\u8BF4\u660E\uFF08estimate.storage\uFF09\u4E2D\u6CA1\u6709\u5B83\u7684\u6D4B\u7B97\u8FC7\u7A0B\u3002\u8BF7\u589E\u52A0\u4E00\u9879 resource: ${r.id}\uFF0C\u5199\u660E\u8FD0\u884C\u73AF\u5883\u5360\u7528 runtimeGB\u3001\u9700\u8FC1\u79FB\u7684\u5DF2\u6709\u6570\u636E migratedGB\uFF08\u5982\u6709\uFF09\u3001\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F growth\uFF08monthlyGB\u3001months\u3001composition\uFF09\uFF0C\u4EE5\u53CA\u6240\u9700\u5B58\u50A8\u91CF requiredGB\u3002`,
            `${r.id} requests ${req.en}, but the estimation report has no storage estimate for it (estimate.storage). Add an entry with resource: ${r.id}, the runtime footprint runtimeGB, any migrated data migratedGB, at most six months of growth (growth: monthlyGB, months, composition) and requiredGB.`
          )
        });
        continue;
      }
      const { e, j } = found;
      const p = `/estimate/storage/${j}`;
      const n = need(e, ctx);
      if (n.empty) {
        out.push({
          path: p,
          message: text(
            `${r.id} \u7684\u5B58\u50A8\u9700\u6C42\u53EA\u5199\u4E86\u6240\u9700\u5B58\u50A8\u91CF ${e.requiredGB} GB\uFF0C\u6CA1\u6709\u6D4B\u7B97\u8FC7\u7A0B\u3002\u8BF7\u5199\u660E\u8FD0\u884C\u73AF\u5883\u5360\u7528 runtimeGB\u3001\u9700\u8FC1\u79FB\u7684\u5DF2\u6709\u6570\u636E migratedGB\uFF08\u5982\u6709\uFF09\u4E0E\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F growth\uFF0C\u6240\u9700\u5B58\u50A8\u91CF\u987B\u7531\u5B83\u4EEC\u5F97\u51FA\u3002`,
            `The storage estimate for ${r.id} states ${e.requiredGB} GB without a computation. Give runtimeGB, migratedGB (if any) and at most six months of growth; requiredGB follows from them.`
          )
        });
        continue;
      }
      const longer = n.short ? text(
        `\uFF08\u589E\u957F\u53EA\u6D4B\u7B97\u4E86 ${n.short} \u4E2A\u6708\uFF0C\u6700\u591A\u53EF\u6309 6 \u4E2A\u6708\u6D4B\u7B97\uFF09`,
        ` (growth covers ${n.short} months; up to 6 may be estimated)`
      ) : text("", "");
      if (req.gb > n.cap) {
        out.push({
          path: req.path,
          message: text(
            `${label3}${req.zh}\uFF0C\u8D85\u8FC7\u4E86\u6D4B\u7B97\u51FA\u7684\u9700\u6C42\uFF1A${n.zh}${longer.zh}\u3002\u5B58\u50A8\u8D44\u6E90\u9884\u4F30\u91CF\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42\uFF1A\u8BF7\u6539\u4E3A ${n.cap} GB\uFF0C\u6216\u5728\u6D4B\u7B97\u8FC7\u7A0B\u4E2D\u8865\u5145\u4F9D\u636E\uFF08\u8FC1\u79FB\u6570\u636E\u3001\u589E\u957F\u91CF\u53CA\u5176\u6784\u6210\uFF09\u3002`,
            `${r.id} requests ${req.en}, more than the estimated need: ${n.en}${longer.en}. Storage may not exceed six months of need: request ${n.cap} GB, or complete the computation (migrated data, growth and its composition).`
          )
        });
      }
      if (e.requiredGB > n.cap) {
        out.push({
          path: `${p}/requiredGB`,
          message: text(
            `\u6240\u9700\u5B58\u50A8\u91CF requiredGB \u4E3A ${e.requiredGB} GB\uFF0C\u8D85\u8FC7\u6D4B\u7B97\u8FC7\u7A0B\u5F97\u51FA\u7684\u9700\u6C42\uFF1A${n.zh}\u3002\u6240\u9700\u5B58\u50A8\u91CF\u987B\u7531\u6D4B\u7B97\u8FC7\u7A0B\u5F97\u51FA\uFF0C\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42\uFF1A\u8BF7\u6539\u4E3A ${n.cap}${n.total !== n.cap ? `\uFF08\u6216 ${n.total}\uFF09` : ""}\uFF1B\u6D4B\u7B97\u8FC7\u7A0B\u4EE5\u5916\u7684\u5360\u7528\u987B\u8BA1\u5165 runtimeGB\u3001migratedGB \u6216 growth \u5E76\u8BF4\u660E\u6784\u6210\uFF0C\u4E0D\u80FD\u4F5C\u4E3A\u9884\u7559\u53E6\u52A0\u3002`,
            `requiredGB is ${e.requiredGB} GB, more than the computation gives: ${n.en}. requiredGB follows from the computation and covers at most six months: change it to ${n.cap}${n.total !== n.cap ? ` (or ${n.total})` : ""}; anything else must be part of runtimeGB, migratedGB or growth with its composition, not a reserve on top.`
          )
        });
      } else if (e.requiredGB < n.total) {
        out.push({
          path: `${p}/requiredGB`,
          message: text(
            `\u6240\u9700\u5B58\u50A8\u91CF requiredGB \u4E3A ${e.requiredGB} GB\uFF0C\u5C11\u4E8E\u6D4B\u7B97\u8FC7\u7A0B\u4E4B\u548C\uFF1A${n.zh}\u3002\u8BF7\u628A requiredGB \u6539\u4E3A ${n.total}${n.total !== n.cap ? `\uFF08\u6216 ${n.cap}\uFF09` : ""}\uFF0C\u6216\u6539\u6B63\u6D4B\u7B97\u8FC7\u7A0B\u4E2D\u7684\u6570\u503C\u3002`,
            `requiredGB is ${e.requiredGB} GB, less than the computation: ${n.en}. Change it to ${n.total}${n.total !== n.cap ? ` (or ${n.cap})` : ""}, or correct the figures.`
          )
        });
      } else if (req.gb < e.requiredGB) {
        out.push({
          path: req.path,
          severity: "warning",
          citation: cite("\u7B2C21\u6761", "(5)"),
          message: text(
            `${label3}${req.zh}\uFF0C\u5C11\u4E8E\u6D4B\u7B97\u62A5\u544A\u7684\u6240\u9700\u5B58\u50A8\u91CF ${e.requiredGB} GB\uFF08estimate.storage[${j}]\uFF09\uFF1B\u7533\u8BF7\u8868\u987B\u4E0E\u6D4B\u7B97\u7ED3\u679C\u4E00\u81F4\u3002\u5BA1\u6838\u4EBA\u8BF7\u786E\u8BA4\u662F\u5426\u6709\u610F\u5C11\u7533\u8BF7\uFF08\u5982\u5206\u671F\u6269\u5BB9\uFF09\uFF1A\u82E5\u662F\uFF0C\u8BF7\u5728\u8FD9\u4E00\u9879\u7684 remark \u4E2D\u8BF4\u660E\uFF1B\u5426\u5219\u8BF7\u6539\u4E3A ${Math.ceil(e.requiredGB / n.multiple) * n.multiple} GB\u3002`,
            `${r.id} requests ${req.en}, less than the estimated ${e.requiredGB} GB (estimate.storage[${j}]); the form should equal the estimate. Reviewer: check whether the shortfall is intended (e.g. staged growth) and stated in remark; otherwise request ${Math.ceil(e.requiredGB / n.multiple) * n.multiple} GB.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-environment-matches.ts
var testEnvironmentMatches = defineRule({
  id: "test-environment-matches",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u7684\u4E91\u73AF\u5883\u4E0E\u7CFB\u7EDF\u7684\u4E91\u73AF\u5883\u4E00\u81F4", "Test resources use the system's cloud environment"),
  citation: annex("\u9644\u4EF65"),
  appliesTo: ["test"],
  severity: "warning",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u8868\u987B\u9009\u62E9\u4E91\u73AF\u5883\uFF1A\u56FD\u4EA7\u73AF\u5883\uFF08ARM\uFF09\u6216\u975E\u56FD\u4EA7\u73AF\u5883\uFF08X86\uFF09\uFF0C\u4E8C\u9009\u4E00\uFF08\u9644\u4EF65 \u4E8C\uFF09\uFF1B\u6D4B\u8BD5\u8D44\u6E90\u7528\u4E8E\u7CFB\u7EDF\u9002\u914D\u3001\u7CFB\u7EDF\u6D4B\u8BD5\u3001\u8054\u8C03\u6D4B\u8BD5\uFF08\u7B2C45\u6761\uFF09\u3002",
    "The test-resource form chooses the cloud environment, ARM or x86 (\u9644\u4EF65 part 2); test resources serve the system's adaptation, testing and integration (\u7B2C45\u6761)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "test") return [];
    const wanted = a.test.environment;
    const system = ctx.system.environment;
    if (wanted === void 0 || wanted === system) return [];
    const label3 = (id) => ctx.catalog.profile.environments.find((e) => e.id === id)?.label ?? id;
    return [
      {
        path: "/test/environment",
        message: text(
          `\u6D4B\u8BD5\u8D44\u6E90\u7684\u4E91\u73AF\u5883\u4E3A${label3(wanted)}\uFF08${wanted}\uFF09\uFF0C\u800C\u7CFB\u7EDF\u767B\u8BB0\u7684\u4E91\u73AF\u5883\u662F${label3(system)}\uFF08${system}\uFF0C\u89C1 system.yaml\uFF09\u3002\u82E5\u662F\u586B\u9519\uFF0C\u8BF7\u628A test.environment \u6539\u4E3A ${system}\uFF0C\u6216\u5220\u53BB\u8FD9\u4E00\u9879\uFF08\u5373\u53D6\u7CFB\u7EDF\u7684\u4E91\u73AF\u5883\uFF09\uFF1B\u82E5\u786E\u662F\u4E3A\u8FC1\u79FB\u5230${label3(wanted)}\u505A\u9002\u914D\u6D4B\u8BD5\uFF08\u7B2C45\u6761\uFF09\uFF0C\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9 estimate.description \u4E2D\u7684\u8BF4\u660E\u3002`,
          `The test resources ask for ${wanted}, but the system is registered on ${system} (system.yaml). If this is a mistake, change test.environment to ${system} or remove it (the system's environment applies); if the tests are for adapting the system to ${wanted} (\u7B2C45\u6761), the reviewer checks the explanation in estimate.description.`
        )
      }
    ];
  }
});

// scripts/profiles/shenzhen/rules/group-new.ts
var newRules = [
  estimateMatchesForm,
  storageSixMonths,
  backupBasis,
  securityServicesLevel,
  consultationRecorded,
  packageCount,
  requiresCompanion,
  resourceIdUnique,
  agentAuthorized,
  testEnvironmentMatches
];

// scripts/profiles/shenzhen/rules/port-destination-exists.ts
function resolveDestination(before, destination) {
  const byId2 = before.resources.get(destination);
  if (byId2) return { resource: byId2 };
  for (const resource of before.resources.values())
    for (const i of resource.instances)
      if (i.ip === destination || i.floatingIp === destination) return { resource, ip: destination };
  return void 0;
}
var idsInService = (before) => before.resources.size ? [...before.resources.keys()].join("\u3001") : "\uFF08\u65E0\uFF09";
var portDestinationExists = defineRule({
  id: "port-destination-exists",
  title: text("\u7AEF\u53E3\u7B56\u7565\u7684\u76EE\u7684\u5730\u5740\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90", "A port rule's destination is a resource in service"),
  citation: annex("\u9644\u4EF68"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\u201C\u4EC5\u4F9B1\u5957\u4FE1\u606F\u7CFB\u7EDF\u586B\u5199\u201D\uFF08\u9644\u4EF68 \u6CE81\uFF09\uFF0C\u76EE\u7684\u5730\u5740\u662F\u672C\u7CFB\u7EDF\u7684\u670D\u52A1\u5668\uFF1B\u63D0\u4F9B\u5546\u5B9E\u65BD\u524D\u987B\u201C\u6838\u5B9E\u7533\u8BF7\u6750\u6599\u4E2D\u7684\u653F\u52A1\u4E91\u8D44\u6E90\u4FE1\u606F\u201D\uFF08\u7B2C43\u6761\uFF09\u3002",
    "The port form serves one information system (\u9644\u4EF68 note 1) and its destinations are that system's servers; the provider checks the cloud resources named before opening (\u7B2C43\u6761)."
  ),
  check(ctx) {
    const { application: a, before } = ctx;
    if (a.type !== "ports" || a.ports.business !== "open" || !ctx.historyComplete) return [];
    const out = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      if (resolveDestination(before, rule.destination)) continue;
      const revoked = before.revoked.get(rule.destination) ?? [...before.revoked.values()].find(
        (r) => r.resource.instances.some((x) => x.ip === rule.destination || x.floatingIp === rule.destination)
      );
      const ids = idsInService(before);
      out.push({
        path: `/ports/rules/${i}/destination`,
        message: revoked ? text(
          `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u662F\u8D44\u6E90 ${revoked.resource.id}\uFF0C\u5DF2\u7531\u7B2C ${revoked.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500\uFF0C\u4E0D\u80FD\u518D\u5F00\u653E\u7AEF\u53E3\u3002\u8BF7\u628A destination \u6539\u4E3A\u5728\u7528\u7684\u8D44\u6E90\uFF1A${ids}\u3002`,
          `Destination ${quote(rule.destination)} is resource ${revoked.resource.id}, revoked by application ${revoked.revokedBy}: no port can be opened on it. Use a resource in service: ${ids}.`
        ) : text(
          `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\uFF0C\u4E5F\u4E0D\u662F\u5DF2\u4EA4\u4ED8\u5B9E\u4F8B\u7684 IP\u3002\u76EE\u7684\u5730\u5740\u987B\u586B\u672C\u7CFB\u7EDF\u5728\u7528\u8D44\u6E90\u7684\u6807\u8BC6\uFF08${ids}\uFF09\u6216\u5176\u5DF2\u4EA4\u4ED8\u5B9E\u4F8B\u7684 IP\uFF1A\u8BF7\u6539\u6B63 destination\uFF1B\u8D44\u6E90\u5C1A\u672A\u7533\u8BF7\u7684\uFF0C\u5148\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\u3002`,
          `Destination ${quote(rule.destination)} is neither a resource of this system in service nor the IP of a delivered instance. Use a resource id in service (${ids}) or one of its delivered IPs; apply for the resource first if it does not exist.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-rdp.ts
function portSpans(rule) {
  if (rule.protocol === "icmp") return [];
  const p = rule.ports;
  if (p === void 0) return [[1, 65535]];
  if (typeof p === "number") return [[p, p]];
  if (Array.isArray(p)) return p.map((n) => [n, n]);
  const [lo, hi] = p.split("-").map(Number);
  return [[Math.min(lo, hi), Math.max(lo, hi)]];
}
var coversPort = (rule, port) => portSpans(rule).some(([lo, hi]) => lo <= port && port <= hi);
function describePorts(rule) {
  const proto = rule.protocol.toUpperCase();
  if (rule.protocol === "icmp") return { zh: proto, en: proto };
  const p = rule.ports;
  if (p === void 0) return { zh: `${proto} \u5168\u90E8\u7AEF\u53E3`, en: `${proto} all ports` };
  const s = Array.isArray(p) ? p.join(",") : String(p);
  return { zh: `${proto} ${s}`, en: `${proto} ${s}` };
}
function describeRule(rule) {
  const p = describePorts(rule);
  return {
    zh: `${rule.source} \u2192 ${rule.destination} ${p.zh}`,
    en: `${rule.source} \u2192 ${rule.destination} ${p.en}`
  };
}
var rdpPort = 3389;
var portRdp = defineRule({
  id: "port-rdp",
  title: text("3389 \u7AEF\u53E3\u987B\u9644 RDP \u5F00\u901A\u5BA1\u6279\u8868", "Port 3389 needs the RDP approval form"),
  citation: annex("\u9644\u4EF68", "2\u2463"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u5982\u9700\u5F00\u901A\u6216\u4FEE\u65393389\u7AEF\u53E3\u7B56\u7565\uFF0C\u8FD8\u5E94\u63D0\u4EA4\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\uFF0C\u7ECF\u62A5\u5BA1\u767B\u8BB0\u540E\u529E\u7406\uFF08\u9644\u4EF68 \u6CE82\u2463\uFF09\u3002",
    "Opening or changing a policy for port 3389 also needs the Remote Desktop (RDP) approval form, registered before the work is done (\u9644\u4EF68 note 2\u2463)."
  ),
  check({ application: a }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    const rdpRules = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const ports = describePorts(rule);
      if (coversPort(rule, rdpPort)) {
        rdpRules.push(rule);
        if (rule.purpose !== "rdp")
          out.push({
            path: `/ports/rules/${i}/purpose`,
            message: text(
              `\u8FD9\u6761\u7B56\u7565\u5F00\u653E ${ports.zh}\uFF0C\u5305\u542B\u8FDC\u7A0B\u684C\u9762\u7AEF\u53E3 ${rdpPort}\uFF0C\u7528\u9014\u987B\u9009 \u2463\uFF08rdp\uFF09\uFF0C\u8FD9\u91CC\u662F ${rule.purpose}\u3002\u8BF7\u628A purpose \u6539\u4E3A rdp\uFF1B\u4E0D\u9700\u8981\u8FDC\u7A0B\u684C\u9762\u7684\uFF0C\u628A ${rdpPort} \u4ECE\u7AEF\u53E3\u53F7\u4E2D\u53BB\u6389\u3002`,
              `This rule opens ${ports.en}, which includes remote-desktop port ${rdpPort}: its purpose must be \u2463 (rdp), not ${rule.purpose}. Set purpose to rdp, or leave ${rdpPort} out of the ports.`
            )
          });
      } else if (rule.purpose === "rdp") {
        out.push({
          path: `/ports/rules/${i}/purpose`,
          severity: "warning",
          message: text(
            `\u7528\u9014 \u2463\uFF08rdp\uFF09\u662F\u5F00\u901A\u6216\u4FEE\u6539 ${rdpPort} \u7AEF\u53E3\u7B56\u7565\u7528\u7684\uFF0C\u8FD9\u6761\u7B56\u7565\u5F00\u653E\u7684\u662F ${ports.zh}\uFF0C\u4E0D\u542B ${rdpPort}\u3002\u8FDC\u7A0B\u684C\u9762\u6539\u7528\u5176\u4ED6\u7AEF\u53E3\u7684\uFF0C\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u5E76\u8981\u6C42\u9644 RDP \u5F00\u901A\u5BA1\u6279\u8868\uFF1B\u5426\u5219\u8BF7\u628A purpose \u6539\u4E3A\u5B9E\u9645\u7528\u9014\uFF08new-service\u3001change-port \u6216 management\uFF09\u3002`,
            `Purpose \u2463 (rdp) is for policies on port ${rdpPort}, but this rule opens ${ports.en}. If remote desktop runs on another port, the reviewer should confirm it and ask for the RDP approval form; otherwise set purpose to the real use (new-service, change-port or management).`
          )
        });
      }
    }
    if (rdpRules.length && !a.ports.rdpApproval) {
      const zh = rdpRules.map((r) => describeRule(r).zh).join("\uFF1B");
      const en = rdpRules.map((r) => describeRule(r).en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          `\u7B56\u7565 ${zh} \u5F00\u653E ${rdpPort} \u7AEF\u53E3\uFF0C\u987B\u63D0\u4EA4\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\u5E76\u62A5\u5BA1\u767B\u8BB0\u3002\u8BF7\u5728 ports \u4E0B\u586B\u5199 rdpApproval: { formNo: \u5BA1\u6279\u8868\u7F16\u53F7, date: \u767B\u8BB0\u65E5\u671F }\uFF0C\u5E76\u628A\u5BA1\u6279\u8868\u653E\u5165 attachments\u3002`,
          `Rule(s) ${en} open port ${rdpPort}: the Remote Desktop (RDP) approval form is required. Add rdpApproval: { formNo, date } under ports and attach the form.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-source-limited.ts
var octet = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
function parseIpv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => octet.test(p))) return void 0;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}
var formatIpv4 = (n) => [2 ** 24, 2 ** 16, 2 ** 8, 1].map((d) => Math.floor(n / d) % 256).join(".");
function parseSource(source) {
  const s = source.trim();
  if (s.toLowerCase() === "any") return { kind: "any" };
  const m = /^([0-9.]+)(?:\/(0|[1-9][0-9]?))?$/.exec(s);
  if (!m) return void 0;
  const address = parseIpv4(m[1]);
  const prefix = m[2] === void 0 ? 32 : Number(m[2]);
  if (address === void 0 || prefix > 32) return void 0;
  if (prefix === 0) return { kind: "any" };
  const addresses = 2 ** (32 - prefix);
  const network = address - address % addresses;
  return {
    kind: "cidr",
    prefix,
    addresses,
    network: `${formatIpv4(network)}/${prefix}`,
    hostBits: network !== address
  };
}
var isAnySource = (source) => parseSource(source)?.kind === "any";
var narrowestPrefix = 24;
var portSourceLimited = defineRule({
  id: "port-source-limited",
  title: text(
    "\u7F51\u7BA1\u3001\u90E8\u7F72\u3001\u6D4B\u8BD5\u7AEF\u53E3\u9650\u5236\u6E90\u5730\u5740",
    "Ports for management, deployment or testing are limited to named sources"
  ),
  citation: cite("\u7B2C38\u6761", "(2)"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u56E0\u90E8\u7F72\u6216\u6D4B\u8BD5\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684IP\u5730\u5740\uFF0C\u7ECF\u5BA1\u6838\u51B3\u5B9A\u662F\u5426\u4E88\u4EE5\u5F00\u653E\uFF08\u7B2C38\u6761(2)\uFF09\uFF1B\u56E0\u7F51\u7BA1\u9700\u6C42\uFF0C\u7533\u8BF7\u5F00\u653E\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684IP\u5730\u5740\uFF08\u9644\u4EF68 \u6CE82\u2462\uFF09\u3002",
    "Ports opened for deployment or testing must be limited to the IP addresses allowed to reach them (\u7B2C38\u6761(2)); so must ports opened for network management (\u9644\u4EF68 note 2\u2462)."
  ),
  check({ application: a, before }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const path = `/ports/rules/${i}/source`;
      const source = parseSource(rule.source);
      if (!source) {
        out.push({
          path,
          message: text(
            `\u6E90\u5730\u5740 ${quote(rule.source)} \u8BFB\u4E0D\u61C2\uFF1A\u987B\u662F any\u3001\u4E00\u4E2A IPv4 \u5730\u5740\uFF08\u5982 10.20.30.15\uFF0C\u5404\u6BB5\u4E0D\u5E26\u524D\u5BFC\u96F6\uFF09\u6216\u4E00\u4E2A IPv4 \u7F51\u6BB5\uFF08\u5982 10.20.30.0/24\uFF09\uFF0C\u6BCF\u6761\u7B56\u7565\u4E00\u4E2A\u6E90\u5730\u5740\u3002\u8BF7\u6539\u6B63 source\uFF1B\u591A\u4E2A\u6E90\u5730\u5740\u8BF7\u5206\u6210\u591A\u6761\u7B56\u7565\u3002`,
            `Source ${quote(rule.source)} is not any, an IPv4 address (e.g. 10.20.30.15) or an IPv4 network (e.g. 10.20.30.0/24). Correct source; split several sources into several rules.`
          )
        });
        continue;
      }
      if (source.kind === "cidr" && source.hostBits) {
        out.push({
          path,
          severity: "warning",
          message: text(
            `\u6E90\u5730\u5740 ${quote(rule.source)} \u5E26\u4E3B\u673A\u4F4D\uFF1A\u6309 /${source.prefix} \u5B83\u8868\u793A\u7F51\u6BB5 ${source.network}\u3002\u8BF7\u786E\u8BA4\uFF1A\u8981\u653E\u884C\u6574\u4E2A\u7F51\u6BB5\u5C31\u5199 ${source.network}\uFF1B\u53EA\u653E\u884C\u4E00\u53F0\u4E3B\u673A\u5C31\u53BB\u6389 /${source.prefix}\u3002`,
            `Source ${quote(rule.source)} has host bits set: as /${source.prefix} it means network ${source.network}. Write ${source.network} for the whole network, or drop /${source.prefix} for one host.`
          )
        });
      }
      const dest = resolveDestination(before, rule.destination)?.resource;
      const forTest = dest?.kind === "test";
      const forManagement = rule.purpose === "management" || rule.purpose === "rdp";
      if (!forTest && !forManagement) continue;
      if (forTest && source.kind === "any") continue;
      const why = forManagement ? text(
        `\u7AEF\u53E3\u7528\u9014\u4E3A${rule.purpose === "rdp" ? "\u8FDC\u7A0B\u684C\u9762\uFF08rdp\uFF0C\u5C5E\u7F51\u7BA1\uFF09" : "\u7F51\u7BA1\uFF08management\uFF09"}`,
        `The port is for ${rule.purpose === "rdp" ? "remote desktop (rdp, a management use)" : "management"}`
      ) : text(
        `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u662F\u6D4B\u8BD5\u8D44\u6E90\uFF08\u90E8\u7F72\u3001\u6D4B\u8BD5\u7528\uFF09`,
        `Destination ${quote(rule.destination)} is a test resource (deployment and testing)`
      );
      if (source.kind === "any") {
        out.push({
          path,
          message: text(
            `${why.zh}\uFF0C\u987B\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684 IP \u5730\u5740\uFF1B\u8FD9\u91CC\u6E90\u5730\u5740\u4E3A ${quote(rule.source)}\uFF08\u4EFB\u610F\u5730\u5740\uFF09\u3002\u8BF7\u628A source \u6539\u4E3A\u8FD0\u7EF4\u7EC8\u7AEF\u7684 IP \u6216 /${narrowestPrefix} \u53CA\u66F4\u5C0F\u7684\u7F51\u6BB5\uFF08\u81F3\u591A 256 \u4E2A\u5730\u5740\uFF0C\u5982 10.20.30.0/24\uFF09\u3002`,
            `${why.en}: the addresses allowed to reach it must be limited, but source is ${quote(rule.source)} (any address). Set source to the operators' IPs or a network of /${narrowestPrefix} or narrower (e.g. 10.20.30.0/24).`
          )
        });
      } else if (source.prefix < narrowestPrefix) {
        out.push({
          path,
          message: text(
            `${why.zh}\uFF0C\u987B\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684 IP \u5730\u5740\uFF1B\u6E90\u5730\u5740 ${quote(rule.source)} \u662F /${source.prefix} \u7F51\u6BB5\uFF0C\u542B ${source.addresses} \u4E2A\u5730\u5740\uFF0C\u4E0D\u7B97\u9650\u5B9A\u3002\u5141\u8BB8\u7684\u662F\u5355\u4E2A IP \u6216 /${narrowestPrefix} \u53CA\u66F4\u5C0F\u7684\u7F51\u6BB5\uFF08\u81F3\u591A 256 \u4E2A\u5730\u5740\uFF09\uFF1A\u8BF7\u628A source \u7F29\u5C0F\u5230\u5B9E\u9645\u8BBF\u95EE\u7684\u7EC8\u7AEF\u6216\u7F51\u6BB5\u3002`,
            `${why.en}: the addresses allowed to reach it must be limited, but source ${quote(rule.source)} is a /${source.prefix} network of ${source.addresses} addresses. Use single IPs or a network of /${narrowestPrefix} or narrower (at most 256 addresses).`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/ip-request-binding.ts
var webWords2 = /网站|网页|门户|域名|web|https?/i;
var webPorts2 = [80, 443];
function websiteEvidence(ctx, app, ip) {
  const bound = ip.bindTo;
  for (const rule of app.ports.rules ?? []) {
    if (rule.protocol !== "tcp" || !isAnySource(rule.source)) continue;
    if (!webPorts2.some((p) => coversPort(rule, p))) continue;
    if (bound !== void 0 && resolveDestination(ctx.before, rule.destination)?.resource.id !== bound)
      continue;
    const r = describeRule(rule);
    return text(
      `\u672C\u8868\u7B56\u7565 ${r.zh} \u5411\u4EFB\u610F\u5730\u5740\u5F00\u653E\u7F51\u7AD9\u7AEF\u53E3`,
      `this form's rule ${r.en} opens a web port to any address`
    );
  }
  const words2 = `${ip.purpose} ${ip.remark ?? ""}`.match(webWords2);
  if (words2)
    return text(`\u7528\u9014\u6216\u5907\u6CE8\u5199\u6709 ${quote(words2[0])}`, `its purpose or remark says ${quote(words2[0])}`);
  return void 0;
}
var ipRequestBinding = defineRule({
  id: "ip-request-binding",
  title: text(
    "\u5F39\u6027 IP\u3001\u516C\u7F51 IP \u5199\u660E\u7ED1\u5B9A\u7684\u865A\u62DF\u673A\uFF1B\u7F51\u7AD9\u7684\u516C\u7F51 IP \u5199\u660E ICP \u5907\u6848\u4E3B\u4F53",
    "Elastic and public IPs name their VM; a website's public IP names its ICP entity"
  ),
  citation: annex("\u9644\u4EF68", "5"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u653F\u52A1\u4E91\u5F39\u6027IP\u4EE5\u53CA\u7528\u4E8E\u653F\u52A1\u4E91\u7684\u516C\u7F51IP\u65B0\u589E\u7533\u8BF7\uFF0C\u987B\u5728\u5907\u6CE8\u4E2D\u660E\u786E\u7ED1\u5B9A\u7684\u865A\u62DF\u673AIP\uFF08\u9644\u4EF68 \u6CE85\uFF09\uFF1B\u516C\u7F51IP\u5730\u5740\u7528\u4E8E\u7F51\u7AD9\u6216\u57FA\u4E8EWEB\u65B9\u5F0F\u8BBF\u95EE\u7684\u5E94\u7528\u7CFB\u7EDF\uFF0C\u987B\u6309\u5DE5\u4FE1\u90E8\u95E8\u8981\u6C42\u5B8C\u6210ICP\u5907\u6848\u2026\u2026\u7533\u8BF7\u516C\u7F51IP\u9700\u5B8C\u6210ICP\u5907\u6848\u7684\u987B\u586B\u5199\u5B8C\u6574\u7684\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\uFF08\u9644\u4EF68 \u6CE83\uFF09\u3002",
    "A new government-cloud elastic IP or public IP names the VM it binds to (\u9644\u4EF68 note 5); a public IP for a website or web application needs an ICP filing, and the form gives the filing entity's full name (\u9644\u4EF68 note 3)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    const compute = [...ctx.before.resources.values()].filter(
      (r) => ctx.catalog.serviceById.get(r.service)?.shape === "compute"
    );
    const computeIds = compute.length ? compute.map((r) => r.id).join("\u3001") : "\uFF08\u65E0\uFF09";
    for (const [i, ip] of (a.ports.ipRequests ?? []).entries()) {
      const path = `/ports/ipRequests/${i}`;
      const kind = ip.type === "public" ? text("\u516C\u7F51 IP", "public IP") : text("\u653F\u52A1\u4E91\u5F39\u6027 IP", "elastic IP");
      if (ip.type === "elastic" || ip.type === "public") {
        const bound = ip.bindTo === void 0 ? void 0 : ctx.before.resources.get(ip.bindTo);
        if (ip.bindTo === void 0) {
          out.push({
            path,
            message: text(
              `\u65B0\u589E${kind.zh} \u987B\u5199\u660E\u7ED1\u5B9A\u7684\u865A\u62DF\u673A\u3002\u8BF7\u586B\u5199 bindTo: \u672C\u7CFB\u7EDF\u5728\u7528\u7684\u4E91\u4E3B\u673A\u8D44\u6E90\u6807\u8BC6\uFF08${computeIds}\uFF09\uFF0C\u4E3B\u673A\u6709\u591A\u53F0\u65F6\u5728 remark \u4E2D\u5199\u660E\u7ED1\u5B9A\u7684\u865A\u62DF\u673A IP\u3002`,
              `A new ${kind.en} names the VM it binds to. Add bindTo with a host of this system in service (${computeIds}); when it has several instances, give the VM's IP in remark.`
            )
          });
        } else if (!bound) {
          if (ctx.historyComplete)
            out.push({
              path: `${path}/bindTo`,
              message: text(
                `\u7ED1\u5B9A\u7684 ${quote(ip.bindTo)} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u3002${kind.zh} \u987B\u7ED1\u5B9A\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u4E91\u4E3B\u673A\u7C7B\u8D44\u6E90\uFF1A\u8BF7\u628A bindTo \u6539\u4E3A ${computeIds} \u4E4B\u4E00\u3002`,
                `${quote(ip.bindTo)} is not a resource of this system in service. A ${kind.en} binds to a host in service: set bindTo to one of ${computeIds}.`
              )
            });
        } else if (ctx.catalog.serviceById.get(bound.service)?.shape !== "compute") {
          out.push({
            path: `${path}/bindTo`,
            message: text(
              `\u7ED1\u5B9A\u7684 ${quote(ip.bindTo)} \u662F ${bound.service} \u670D\u52A1\uFF0C\u4E0D\u662F\u865A\u62DF\u673A\u3002${kind.zh} \u987B\u7ED1\u5B9A\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u4E91\u4E3B\u673A\u7C7B\u8D44\u6E90\uFF1A\u8BF7\u628A bindTo \u6539\u4E3A ${computeIds} \u4E4B\u4E00\u3002`,
              `${quote(ip.bindTo)} is a ${bound.service} service, not a VM. A ${kind.en} binds to a host in service: set bindTo to one of ${computeIds}.`
            )
          });
        } else if (bound.deliveredOn === void 0) {
          out.push({
            path: `${path}/bindTo`,
            severity: "warning",
            message: text(
              `\u7ED1\u5B9A\u7684 ${bound.id} \u8FD8\u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u6CA1\u6709\u865A\u62DF\u673A IP\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u4E3B\u673A\u5DF2\u53D1\u653E\uFF1B\u4E5F\u53EF\u5728\u4E3B\u673A\u4EA4\u4ED8\u540E\u518D\u7533\u8BF7${kind.zh}\u3002`,
              `${bound.id} has no delivery record yet, so it has no VM IP. The reviewer should confirm the host is delivered, or the ${kind.en} can be requested after delivery.`
            )
          });
        } else if (bound.instances.length > 1) {
          const named2 = bound.instances.filter(
            (x) => x.ip && ip.remark?.includes(x.ip) || ip.remark?.includes(x.name)
          );
          if (!named2.length) {
            const vms = bound.instances.map((x) => x.ip ? `${x.name}\uFF08${x.ip}\uFF09` : x.name).join("\u3001");
            out.push({
              path: `${path}/bindTo`,
              severity: "warning",
              message: text(
                `${bound.id} \u6709 ${bound.instances.length} \u53F0\u865A\u62DF\u673A\uFF08${vms}\uFF09\uFF0C\u987B\u5728\u5907\u6CE8\u4E2D\u5199\u660E${kind.zh} \u7ED1\u5B9A\u54EA\u4E00\u53F0\u7684 IP\u3002\u8BF7\u5728 remark \u4E2D\u5199\u660E\uFF0C\u5982 remark: \u7ED1\u5B9A ${bound.instances[0]?.ip ?? bound.instances[0]?.name}\u3002`,
                `${bound.id} has ${bound.instances.length} VMs (${vms}): say in remark which VM's IP the ${kind.en} binds to, e.g. remark: binds ${bound.instances[0]?.ip ?? bound.instances[0]?.name}.`
              )
            });
          }
        }
      }
      if (ip.type !== "public") continue;
      const evidence = websiteEvidence(ctx, a, ip);
      if (!evidence) continue;
      const entity2 = ip.icpEntity?.trim();
      if (!entity2) {
        out.push({
          path,
          citation: annex("\u9644\u4EF68", "3"),
          message: text(
            `\u8FD9\u4E2A\u516C\u7F51 IP \u7528\u4E8E\u7F51\u7AD9\u6216\u57FA\u4E8E Web \u8BBF\u95EE\u7684\u5E94\u7528\uFF08${evidence.zh}\uFF09\uFF0C\u987B\u5B8C\u6210 ICP \u5907\u6848\u5E76\u586B\u5199\u5B8C\u6574\u7684\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\u3002\u8BF7\u586B\u5199 icpEntity\uFF0C\u5982\u5907\u6848\u4E3B\u4F53\u4E3A\u672C\u5355\u4F4D\u5219\u5199 icpEntity: ${ctx.unit.name}\uFF1B\u4E0D\u7528\u4E8E\u7F51\u7AD9\u7684\uFF0C\u8BF7\u5728\u7528\u9014\u4E2D\u5199\u660E\u5B9E\u9645\u7528\u9014\u3002`,
            `This public IP serves a website or web application (${evidence.en}): it needs an ICP filing, and the form gives the filing entity's full name. Add icpEntity (e.g. icpEntity: ${ctx.unit.name} if this unit filed it); if it is not for a website, state the real use in purpose.`
          )
        });
      } else if (entity2 !== ctx.unit.name && ctx.unit.name.includes(entity2)) {
        out.push({
          path: `${path}/icpEntity`,
          citation: annex("\u9644\u4EF68", "3"),
          message: text(
            `ICP \u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u987B\u586B\u5199\u5168\u79F0\uFF1A${quote(entity2)} \u50CF\u662F\u672C\u5355\u4F4D\u7684\u7B80\u79F0\u3002\u8BF7\u628A icpEntity \u6539\u4E3A ${quote(ctx.unit.name)}\uFF08\u4EE5 ICP \u5907\u6848\u4FE1\u606F\u4E2D\u7684\u4E3B\u4F53\u540D\u79F0\u4E3A\u51C6\uFF09\u3002`,
            `The ICP filing entity is written in full: ${quote(entity2)} looks like a short form of this unit's name. Set icpEntity to ${quote(ctx.unit.name)} (as in the ICP filing).`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-close-open.ts
var portCloseOpen = defineRule({
  id: "port-close-open",
  title: text("\u5173\u95ED\u7684\u7AEF\u53E3\u987B\u662F\u73B0\u5728\u5F00\u653E\u7684\u7AEF\u53E3", "A closed port is one open now"),
  citation: annex("\u9644\u4EF68"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\u7684\u4E1A\u52A1\u7C7B\u578B\u5206\u201C\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u201D\u4E0E\u201C\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\u201D\uFF08\u9644\u4EF68\uFF09\uFF1A\u5173\u95ED\u7684\u662F\u672C\u7CFB\u7EDF\u5DF2\u5F00\u653E\u7684\u7AEF\u53E3\u7B56\u7565\uFF1BIP \u5730\u5740\u7533\u8BF7\u53EA\u968F\u5F00\u653E\u7533\u8BF7\u63D0\u51FA\u3002",
    "The port form serves opening and closing (\u9644\u4EF68, \u4E1A\u52A1\u7C7B\u578B): a closing form closes policies of this system that are open; IP addresses are requested only with opening."
  ),
  check(ctx) {
    const { application: a, before } = ctx;
    if (a.type !== "ports") return [];
    const complete = ctx.historyComplete;
    const out = [];
    const open = new Map(before.ports.map((p) => [portKey(p.rule), p]));
    const rules = a.ports.rules ?? [];
    if (a.ports.business === "open") {
      for (const [i, rule] of rules.entries()) {
        const already = open.get(portKey(rule));
        if (!already) continue;
        const s = describeRule(rule);
        out.push({
          path: `/ports/rules/${i}`,
          severity: "warning",
          message: text(
            `\u7B56\u7565 ${s.zh} \u5DF2\u7531\u7B2C ${already.openedBy} \u53F7\u7533\u8BF7\u5F00\u653E\uFF0C\u73B0\u5728\u4ECD\u5F00\u653E\u7740\u3002\u8BF7\u5220\u9664\u8FD9\u6761\u91CD\u590D\u7684\u7B56\u7565\uFF1B\u8981\u6539\u7AEF\u53E3\u6216\u6E90\u5730\u5740\u7684\uFF0C\u8BF7\u5199\u51FA\u65B0\u7684\u7B56\u7565\u3002`,
            `Rule ${s.en} was opened by application ${already.openedBy} and is still open. Remove the duplicate, or write the new rule if something changes.`
          )
        });
      }
      return out;
    }
    if (!rules.length)
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          "\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\u987B\u5217\u51FA\u8981\u5173\u95ED\u7684\u7AEF\u53E3\u7B56\u7565\u3002\u8BF7\u5728 ports.rules \u4E2D\u5199\u51FA\u8981\u5173\u95ED\u7684\u7B56\u7565\uFF08\u4E0E\u5F00\u653E\u65F6\u7684\u6E90\u5730\u5740\u3001\u76EE\u7684\u5730\u5740\u3001\u534F\u8BAE\u3001\u7AEF\u53E3\u53F7\u4E00\u81F4\uFF09\u3002",
          "A closing form lists the rules to close. Add them under ports.rules (source, destination, protocol and ports as when opened)."
        )
      });
    const openNow = before.ports.length ? before.ports.map((p) => describeRule(p.rule)) : [text("\uFF08\u65E0\uFF09", "(none)")];
    for (const [i, rule] of rules.entries()) {
      if (!complete || open.has(portKey(rule))) continue;
      const s = describeRule(rule);
      out.push({
        path: `/ports/rules/${i}`,
        message: text(
          `\u7B56\u7565 ${s.zh} \u73B0\u5728\u6CA1\u6709\u5F00\u653E\uFF0C\u4E0D\u80FD\u5173\u95ED\u3002\u5173\u95ED\u7684\u7B56\u7565\u987B\u4E0E\u5F00\u653E\u65F6\u7684\u6E90\u5730\u5740\u3001\u76EE\u7684\u5730\u5740\u3001\u534F\u8BAE\u3001\u7AEF\u53E3\u53F7\u5B8C\u5168\u4E00\u81F4\uFF1B\u672C\u7CFB\u7EDF\u73B0\u5728\u5F00\u653E\u7684\u7B56\u7565\uFF1A${openNow.map((x) => x.zh).join("\uFF1B")}\u3002\u8BF7\u6539\u6B63\u8FD9\u6761\u7B56\u7565\u6216\u5220\u9664\u5B83\u3002`,
          `Rule ${s.en} is not open, so it cannot be closed. A closed rule matches an open one in source, destination, protocol and ports; open now: ${openNow.map((x) => x.en).join("; ")}. Correct or remove it.`
        )
      });
    }
    if (a.ports.ipRequests?.length)
      out.push({
        path: "/ports/ipRequests",
        atKey: true,
        message: text(
          "\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\u4E0D\u7533\u8BF7 IP \u5730\u5740\u3002\u8BF7\u5220\u9664 ipRequests\uFF1B\u9700\u8981\u65B0\u7684 IP \u7684\uFF0C\u53E6\u63D0\u4EA4\u4E00\u4EFD\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\uFF1B\u8981\u91CA\u653E IP \u7684\uFF0C\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\u3002",
          "A closing form requests no IP addresses. Remove ipRequests; request IPs with an opening form, release them with a revocation."
        )
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-security-report.ts
var portSecurityReport = defineRule({
  id: "port-security-report",
  title: text("\u5F00\u653E\u65B0\u4E1A\u52A1\u7AEF\u53E3\u987B\u9644\u5B89\u5168\u4E13\u9879\u62A5\u544A", "A new business port needs the security report"),
  citation: cite("\u7B2C38\u6761", "(1)"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u56E0\u653F\u52A1\u4FE1\u606F\u7CFB\u7EDF\u4E1A\u52A1\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u65B0\u7AEF\u53E3\u3001\u53D8\u66F4\u539F\u7AEF\u53E3\uFF0C\u5E94\u63D0\u4F9B\u7531\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF08\u5305\u542B\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\u548C\u62A5\u544A\u7ED3\u8BBA\uFF09\uFF08\u7B2C38\u6761(1)\uFF09\uFF1B\u56E0\u670D\u52A1\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u65B0\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u63D0\u4F9B\u7531\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF08\u9644\u4EF68 \u6CE82\u2460\uFF09\u3002",
    "Opening a new port or changing a port for the system's business needs the test center's security report, with the system's name and the conclusion (\u7B2C38\u6761(1), \u9644\u4EF68 note 2\u2460)."
  ),
  check({ application: a, system }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    const report = a.ports.securityReport;
    const list3 = (purpose) => (a.ports.rules ?? []).filter((r) => r.purpose === purpose).map((r) => describeRule(r));
    const newService = list3("new-service");
    const changePort = list3("change-port");
    if (!report && newService.length) {
      const zh = newService.map((r) => r.zh).join("\uFF1B");
      const en = newService.map((r) => r.en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          `\u7B56\u7565 ${zh} \u662F\u56E0\u670D\u52A1\u9700\u8981\u5F00\u653E\u7684\u65B0\u7AEF\u53E3\uFF08new-service\uFF09\uFF0C\u987B\u63D0\u4F9B\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002\u8BF7\u5728 ports \u4E0B\u586B\u5199 securityReport: { system: ${system.name}, conclusion: \u62A5\u544A\u7ED3\u8BBA, reportNo: \u62A5\u544A\u7F16\u53F7, issuer: \u6D4B\u8BC4\u4E2D\u5FC3 }\uFF0C\u5E76\u628A\u62A5\u544A\u653E\u5165 attachments\u3002`,
          `Rule(s) ${en} open new ports for the service (new-service): the test center's security report is required. Add securityReport: { system: ${system.name}, conclusion, reportNo, issuer } under ports and attach the report.`
        )
      });
    } else if (!report && changePort.length) {
      const zh = changePort.map((r) => r.zh).join("\uFF1B");
      const en = changePort.map((r) => r.en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        severity: "warning",
        citation: annex("\u9644\u4EF68", "2\u2461"),
        message: text(
          `\u7B56\u7565 ${zh} \u7684\u7528\u9014\u4E3A \u2461\u201C\u56E0\u5B89\u5168\u9700\u8981\u6539\u53D8\u539F\u670D\u52A1\u7AEF\u53E3\u201D\uFF0C\u5BA1\u6838\u540E\u5F00\u653E\uFF0C\u4E0D\u8981\u6C42\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u6539\u7AEF\u53E3\u786E\u662F\u51FA\u4E8E\u5B89\u5168\u9700\u8981\uFF1A\u82E5\u662F\u56E0\u4E1A\u52A1\u9700\u8981\u53D8\u66F4\u539F\u7AEF\u53E3\uFF0C\u7B2C38\u6761(1) \u8981\u6C42\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF0C\u987B\u8865\u586B securityReport\u3002`,
          `Rule(s) ${en} change a port for security reasons (\u2461), which needs review but no security report. The reviewer should confirm the reason: a change for business needs requires the security report under \u7B2C38\u6761(1) (add securityReport).`
        )
      });
    }
    if (report && report.system !== system.name)
      out.push({
        path: "/ports/securityReport/system",
        message: text(
          `\u5B89\u5168\u4E13\u9879\u62A5\u544A\u4E2D\u7684\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\u4E3A ${quote(report.system)}\uFF0C\u4E0E\u672C\u7CFB\u7EDF\u767B\u8BB0\u7684\u540D\u79F0 ${quote(system.name)}\uFF08system.yaml\uFF09\u4E0D\u4E00\u81F4\u3002\u62A5\u544A\u987B\u662F\u4E3A\u672C\u7CFB\u7EDF\u51FA\u5177\u7684\uFF1A\u8BF7\u628A securityReport.system \u6539\u4E3A ${quote(system.name)}\uFF1B\u82E5\u62A5\u544A\u662F\u4E3A\u522B\u7684\u7CFB\u7EDF\u51FA\u5177\u7684\uFF0C\u8BF7\u63D0\u4F9B\u672C\u7CFB\u7EDF\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002`,
          `The security report names system ${quote(report.system)}, not this system's registered name ${quote(system.name)} (system.yaml). The report must be for this system: set securityReport.system to ${quote(system.name)}, or provide this system's report.`
        )
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-minimum-config.ts
var minimumHost = { vcpu: 4, memoryGB: 8 };
function statedDataDiskGB(basis) {
  let max;
  for (const m of basis.matchAll(/数据盘([^，。；;\n]*)/g)) {
    for (const n of m[1].matchAll(/(\d+(?:\.\d+)?)\s*(TB|T|GB|G)(?![a-z])/gi)) {
      const gb = Number(n[1]) * (n[2].toUpperCase().startsWith("T") ? 1e3 : 1);
      max = Math.max(max ?? 0, gb);
    }
  }
  return max;
}
var testMinimumConfig = defineRule({
  id: "test-minimum-config",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u6309\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u7533\u8BF7", "Test resources use the minimum deployment configuration"),
  citation: cite("\u7B2C51\u6761", "(2)"),
  appliesTo: ["test"],
  severity: "warning",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u5E94\u6309\u7167\u4FE1\u606F\u7CFB\u7EDF\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u6765\u7533\u8BF7\uFF08\u7B2C51\u6761(2)\uFF09\uFF1B\u6700\u4F4E\u914D\u6307 4 \u6838 8GB \u5185\u5B58\u53CA\u5176\u4EE5\u4E0B\u89C4\u683C\uFF08\u7B2C19\u6761\uFF09\u3002",
    "Test resources are requested at the system's minimum deployment configuration (\u7B2C51\u6761(2)); the minimum configuration is 4 vCPU / 8 GB or less (\u7B2C19\u6761)."
  ),
  check({ application: a, catalog }) {
    if (a.type !== "test") return [];
    const out = [];
    const basis = typeof a.estimate.basis === "string" ? a.estimate.basis : "";
    const stated = statedDataDiskGB(basis);
    for (const [i, r] of a.resources.entries()) {
      if (catalog.serviceById.get(r.service)?.shape !== "compute") continue;
      const vcpu = r.vcpu ?? 0;
      const memory = r.memoryGB ?? 0;
      if (vcpu > minimumHost.vcpu || memory > minimumHost.memoryGB)
        out.push({
          path: `/resources/${i}/${vcpu > minimumHost.vcpu ? "vcpu" : "memoryGB"}`,
          message: text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7 ${vcpu} \u6838 ${memory}GB\uFF0C\u9AD8\u4E8E\u6700\u4F4E\u914D\uFF08${minimumHost.vcpu} \u6838 ${minimumHost.memoryGB}GB\uFF09\u3002\u6D4B\u8BD5\u8D44\u6E90\u6309\u4FE1\u606F\u7CFB\u7EDF\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u7533\u8BF7\uFF1A\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5BF9\u7167\u90E8\u7F72\u65B9\u6848\uFF08estimate.deployment\uFF09\u4E0E\u6D4B\u7B97\u4F9D\u636E\uFF08estimate.basis\uFF09\u786E\u8BA4\u8FD9\u4E00\u914D\u7F6E\u786E\u662F\u6700\u4F4E\u90E8\u7F72\u8981\u6C42\uFF1B\u4E0D\u662F\u7684\uFF0C\u8BF7\u964D\u5230 ${Math.min(vcpu, minimumHost.vcpu)} \u6838 ${Math.min(memory, minimumHost.memoryGB)}GB\u3002`,
            `Test resource ${r.id} requests ${vcpu} vCPU / ${memory} GB, above the minimum configuration (${minimumHost.vcpu} vCPU / ${minimumHost.memoryGB} GB). Test resources use the minimum deployment configuration: the reviewer should compare with the deployment plan (estimate.deployment) and basis (estimate.basis); otherwise reduce it to ${Math.min(vcpu, minimumHost.vcpu)} vCPU / ${Math.min(memory, minimumHost.memoryGB)} GB.`
          )
        });
      const disks = (r.dataDisks ?? []).reduce((sum2, d) => sum2 + d.sizeGB, 0);
      if (disks > 0 && (stated === void 0 || disks > stated))
        out.push({
          path: `/resources/${i}/dataDisks`,
          message: stated === void 0 ? text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7\u6570\u636E\u76D8\u5171 ${disks}GB\uFF0C\u6D4B\u7B97\u4F9D\u636E\uFF08estimate.basis\uFF09\u6CA1\u6709\u5199\u660E\u6570\u636E\u76D8\u5BB9\u91CF\u3002\u8BF7\u5728\u6D4B\u7B97\u4F9D\u636E\u4E2D\u5199\u660E\u6700\u4F4E\u90E8\u7F72\u6240\u9700\u7684\u6570\u636E\u76D8\u5BB9\u91CF\uFF08\u5982\u201C\u6570\u636E\u76D8 100 GB\u201D\uFF09\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5BF9\u7167\u90E8\u7F72\u65B9\u6848\u786E\u8BA4\u3002`,
            `Test resource ${r.id} requests ${disks} GB of data disks, but the basis (estimate.basis) states no data-disk size. State the minimum deployment's data disk there (e.g. \u201C\u6570\u636E\u76D8 100 GB\u201D); the reviewer should compare with the deployment plan.`
          ) : text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7\u6570\u636E\u76D8\u5171 ${disks}GB\uFF0C\u8D85\u8FC7\u6D4B\u7B97\u4F9D\u636E\uFF08estimate.basis\uFF09\u5199\u660E\u7684 ${stated}GB\u3002\u6D4B\u8BD5\u8D44\u6E90\u6309\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u7533\u8BF7\uFF1A\u8BF7\u628A\u6570\u636E\u76D8\u51CF\u5230 ${stated}GB\uFF0C\u6216\u5728\u6D4B\u7B97\u4F9D\u636E\u4E2D\u8BF4\u660E\u9700\u8981 ${disks}GB \u7684\u7406\u7531\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5BF9\u7167\u90E8\u7F72\u65B9\u6848\u786E\u8BA4\u3002`,
            `Test resource ${r.id} requests ${disks} GB of data disks, more than the ${stated} GB the basis (estimate.basis) states. Reduce it to ${stated} GB or explain in the basis why ${disks} GB is needed; the reviewer should compare with the deployment plan.`
          )
        });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-network-zone.ts
var testNetworkZone = defineRule({
  id: "test-network-zone",
  title: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u53EA\u5728\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u8BBF\u95EE",
    "Test resources are reached point-to-point inside the government network"
  ),
  citation: annex("\u9644\u4EF65"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u7684\u7F51\u7EDC\u533A\u57DF\u4E3A\u201C\u653F\u52A1\u5916\u7F51\u533A\u201D\uFF0C\u90E8\u7F72\u4E0E\u6D4B\u8BC4\u201C\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\u201D\uFF08\u9644\u4EF65 \u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\uFF09\u3002",
    "Test resources live in the government extranet zone (\u653F\u52A1\u5916\u7F51\u533A); deployment and assessment are \u201Cpoint-to-point inside the government extranet only\u201D (\u9644\u4EF65 II, test resources)."
  ),
  check({ application: a, before }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const dest = resolveDestination(before, rule.destination)?.resource;
      if (dest?.kind !== "test" || !isAnySource(rule.source)) continue;
      const ports = describePorts(rule);
      out.push({
        path: `/ports/rules/${i}/source`,
        message: text(
          `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u662F\u6D4B\u8BD5\u8D44\u6E90\uFF0C\u53EA\u5141\u8BB8\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u7684\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\uFF1B\u8FD9\u6761\u7B56\u7565\u5411 ${quote(rule.source)}\uFF08\u4EFB\u610F\u5730\u5740\uFF09\u5F00\u653E ${ports.zh}\u3002\u8BF7\u628A source \u6539\u4E3A\u90E8\u7F72\u3001\u6D4B\u8BC4\u7EC8\u7AEF\u7684 IP \u6216\u6240\u5728\u7F51\u6BB5\uFF08\u5982 10.20.30.15 \u6216 10.20.30.0/24\uFF09\u3002`,
          `Destination ${quote(rule.destination)} is a test resource, reachable only point-to-point inside the government extranet for deployment and assessment; this rule opens ${ports.en} to ${quote(rule.source)} (any address). Set source to the deployment or assessment terminals' IP or network (e.g. 10.20.30.15 or 10.20.30.0/24).`
        )
      });
    }
    for (const [i, ip] of (a.ports.ipRequests ?? []).entries()) {
      if (ip.type !== "public" || ip.bindTo === void 0) continue;
      if (before.resources.get(ip.bindTo)?.kind !== "test") continue;
      out.push({
        path: `/ports/ipRequests/${i}/bindTo`,
        message: text(
          `${ip.bindTo} \u662F\u6D4B\u8BD5\u8D44\u6E90\uFF0C\u53EA\u5728\u653F\u52A1\u5916\u7F51\u533A\u5185\u8BBF\u95EE\uFF1B\u516C\u7F51 IP \u662F\u4E92\u8054\u7F51\u5730\u5740\uFF0C\u4E0D\u80FD\u7ED1\u5B9A\u5230\u6D4B\u8BD5\u8D44\u6E90\u3002\u8BF7\u5220\u9664\u8FD9\u9879 IP \u7533\u8BF7\uFF1B\u7CFB\u7EDF\u4E0A\u7EBF\u9700\u8981\u516C\u7F51\u8BBF\u95EE\u7684\uFF0C\u5728\u6B63\u5F0F\u8D44\u6E90\u4E0A\u7533\u8BF7\u3002`,
          `${ip.bindTo} is a test resource, reachable only inside the government extranet; a public IP is an Internet address and cannot bind to it. Remove this request; request public access on production resources at launch.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-one-host-per-node.ts
var testOneHostPerNode = defineRule({
  id: "test-one-host-per-node",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u4E00\u53F0\u4E91\u4E3B\u673A", "One test host per deployment node"),
  citation: cite("\u7B2C49\u6761", "(5)"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u9700\u6C42\u5E94\u6839\u636E\u90E8\u7F72\u67B6\u6784\u8FDB\u884C\u8C03\u6574\uFF0C\u539F\u5219\u4E0A\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u53EA\u5141\u8BB8\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\uFF08\u7B2C49\u6761(5)\uFF09\u3002",
    "Test resources follow the deployment architecture: in principle one cloud host per deployment node (\u7B2C49\u6761(5))."
  ),
  check({ application: a, catalog }) {
    if (a.type !== "test") return [];
    const out = [];
    const nodes = a.estimate.nodes ?? [];
    const isHost = (service) => catalog.serviceById.get(service)?.shape === "compute";
    const hosts = a.resources.map((r, i) => ({ r, i })).filter(({ r }) => isHost(r.service));
    const hostIds2 = hosts.length ? hosts.map(({ r }) => r.id).join("\u3001") : "\uFF08\u65E0\uFF09";
    const byResource = /* @__PURE__ */ new Map();
    for (const [j, node] of nodes.entries()) {
      const r = a.resources.find((x) => x.id === node.resource);
      const path = `/estimate/nodes/${j}/resource`;
      if (!r) {
        out.push({
          path,
          message: text(
            `\u90E8\u7F72\u8282\u70B9 ${quote(node.name)} \u5BF9\u5E94\u7684 ${quote(node.resource)} \u4E0D\u5728\u672C\u7533\u8BF7\u7684\u8D44\u6E90\u4E2D\u3002\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u5BF9\u5E94\u672C\u7533\u8BF7\u4E2D\u7684\u4E00\u53F0\u4E91\u4E3B\u673A\uFF1A\u8BF7\u628A resource \u6539\u4E3A ${hostIds2} \u4E4B\u4E00\uFF0C\u6216\u8865\u4E0A\u8FD9\u53F0\u4E91\u4E3B\u673A\u3002`,
            `Deployment node ${quote(node.name)} names ${quote(node.resource)}, which this application does not request. Each node maps to one requested host: use one of ${hostIds2}, or add the host.`
          )
        });
        continue;
      }
      if (!isHost(r.service)) {
        out.push({
          path,
          message: text(
            `\u90E8\u7F72\u8282\u70B9 ${quote(node.name)} \u5BF9\u5E94\u7684 ${r.id} \u662F ${r.service} \u670D\u52A1\uFF0C\u4E0D\u662F\u4E91\u4E3B\u673A\u3002\u90E8\u7F72\u8282\u70B9\u5BF9\u5E94\u627F\u8F7D\u5B83\u7684\u4E91\u4E3B\u673A\uFF1A\u8BF7\u628A resource \u6539\u4E3A ${hostIds2} \u4E4B\u4E00\u3002`,
            `Deployment node ${quote(node.name)} names ${r.id}, a ${r.service} service, not a host. A node maps to the host it runs on: use one of ${hostIds2}.`
          )
        });
        continue;
      }
      byResource.set(r.id, [...byResource.get(r.id) ?? [], j]);
    }
    for (const [id, js] of byResource) {
      if (js.length < 2) continue;
      const names2 = js.map((j) => quote(nodes[j]?.name)).join("\u3001");
      for (const j of js.slice(1))
        out.push({
          path: `/estimate/nodes/${j}/resource`,
          message: text(
            `\u90E8\u7F72\u8282\u70B9 ${names2} \u90FD\u5BF9\u5E94 ${id}\u3002\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u4E00\u53F0\u4E91\u4E3B\u673A\uFF1A\u8BF7\u4E3A\u8282\u70B9 ${quote(nodes[j]?.name)} \u5355\u72EC\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\u5E76\u586B\u5199\u5B83\u7684\u6807\u8BC6\uFF1B\u82E5\u8FD9\u4E9B\u8282\u70B9\u786E\u5B9E\u5408\u5E76\u90E8\u7F72\u5728\u4E00\u53F0\u4E3B\u673A\u4E0A\uFF0C\u8BF7\u5728\u6D4B\u7B97\u62A5\u544A\u4E2D\u5408\u5E76\u4E3A\u4E00\u4E2A\u8282\u70B9\u3002`,
            `Deployment nodes ${names2} all map to ${id}. One host per node: request a separate host for ${quote(nodes[j]?.name)} and name it here, or merge the nodes into one if they share the host.`
          )
        });
    }
    for (const { r, i } of hosts) {
      const quantity = r.quantity ?? 1;
      if (quantity > 1)
        out.push({
          path: `/resources/${i}/quantity`,
          message: text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7 ${quantity} \u53F0\u3002\u539F\u5219\u4E0A\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u53EA\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\uFF1A\u8BF7\u628A quantity \u6539\u4E3A 1\uFF1B\u786E\u9700\u591A\u53F0\u7684\uFF0C\u6309\u90E8\u7F72\u8282\u70B9\u62C6\u6210\u591A\u9879\u8D44\u6E90\uFF0C\u6BCF\u9879\u5728 estimate.nodes \u4E2D\u5BF9\u5E94\u4E00\u4E2A\u8282\u70B9\u3002`,
            `Test resource ${r.id} requests ${quantity} hosts. One host per deployment node: set quantity to 1, or split it into one resource per node, each named in estimate.nodes.`
          )
        });
      if (!byResource.has(r.id))
        out.push({
          path: `/resources/${i}/id`,
          message: text(
            `\u4E91\u4E3B\u673A ${r.id} \u6CA1\u6709\u5BF9\u5E94\u7684\u90E8\u7F72\u8282\u70B9\u3002\u6D4B\u8BD5\u8D44\u6E90\u6309\u90E8\u7F72\u67B6\u6784\u7533\u8BF7\uFF1A\u8BF7\u5728 estimate.nodes \u4E2D\u5199\u51FA\u5B83\u627F\u8F7D\u7684\u8282\u70B9\uFF08name\u3001resource: ${r.id}\uFF09\uFF0C\u4E0D\u9700\u8981\u7684\u8BF7\u5220\u9664\u8FD9\u9879\u8D44\u6E90\u3002`,
            `Host ${r.id} is not named by any deployment node. Test resources follow the deployment architecture: add its node to estimate.nodes (name, resource: ${r.id}) or remove the host.`
          )
        });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-overdue-resources.ts
var testOverdueResources = defineRule({
  id: "test-overdue-resources",
  title: text(
    "\u5355\u4F4D\u6709\u903E\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90\u65F6\u4E0D\u80FD\u7533\u8BF7\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90",
    "No new test resources while the unit holds overdue ones"
  ),
  citation: cite("\u7B2C51\u6761", "(3)"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "\u82E5\u4F7F\u7528\u5355\u4F4D\u5B58\u5728\u8D85\u8FC7\u4F7F\u7528\u671F\u9650\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF0C\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u5C06\u4E0D\u4E88\u5BA1\u6279\uFF08\u7B2C51\u6761(3)\uFF09\u3002",
    "While the unit holds test resources past their period, new test resources are not approved (\u7B2C51\u6761(3))."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "test") return [];
    const out = [];
    const systems = (ctx.repository.byUnit.get(ctx.unitDir) ?? []).map(
      (s) => s.key === ctx.systemKey ? { name: s.system.name, state: ctx.before } : { name: s.system.name, state: s.current }
    );
    for (const { name: name2, state } of systems) {
      for (const r of state.resources.values()) {
        const expires = r.test?.expiresOn;
        if (r.kind !== "test" || expires === void 0 || expires >= a.date) continue;
        out.push({
          path: "/test",
          atKey: true,
          message: text(
            `\u672C\u5355\u4F4D ${quote(name2)} \u7684\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u5DF2\u4E8E ${expires} \u5230\u671F\uFF0C\u81F3\u7533\u8BF7\u65E5 ${a.date} \u65E2\u672A\u7EED\u671F\u4E5F\u672A\u64A4\u9500\u3002\u5355\u4F4D\u5B58\u5728\u8D85\u8FC7\u4F7F\u7528\u671F\u9650\u7684\u6D4B\u8BD5\u8D44\u6E90\u65F6\uFF0C\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u4E0D\u4E88\u5BA1\u6279\uFF1A\u8BF7\u5148\u4E3A ${r.id} \u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF08\u6216\u5728\u7D2F\u8BA1\u516D\u4E2A\u6708\u5185\u7EED\u671F\uFF09\uFF0C\u518D\u63D0\u4EA4\u8FD9\u4EFD\u7533\u8BF7\u3002`,
            `${quote(name2)}, a system of this unit, holds test resource ${r.id}, which expired on ${expires} and was neither renewed nor revoked by ${a.date}. New test resources are not approved while the unit holds overdue ones: revoke ${r.id} (or renew it within six months in total) first.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-total-period.ts
var periodText = (p) => "months" in p ? text(`${p.months} \u4E2A\u6708`, `${p.months} month(s)`) : text(`${p.weeks} \u5468`, `${p.weeks} week(s)`);
var testTotalPeriod = defineRule({
  id: "test-total-period",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F\u540E\u7D2F\u8BA1\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708", "Renewed test resources stay within six months in total"),
  citation: cite("\u7B2C45\u6761"),
  appliesTo: ["test-renewal"],
  severity: "error",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u5355\u6B21\u4F7F\u7528\u671F\u9650\u539F\u5219\u4E0A\u4E0D\u8D85\u8FC7\u4E09\u4E2A\u6708\uFF0C\u5230\u671F\u540E\u53EF\u6839\u636E\u9700\u8981\u7533\u8BF7\u7EED\u671F\uFF0C\u7D2F\u8BA1\u7533\u8BF7\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\uFF08\u7B2C45\u6761\uFF09\uFF1B\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u8868\u5E94\u660E\u786E\u4F7F\u7528\u671F\u9650\uFF08\u7B2C49\u6761(3)\uFF09\u3002",
    "A test resource is used for at most three months at a time; it may be renewed when it expires, up to six months in total (\u7B2C45\u6761); the form states the period (\u7B2C49\u6761(3))."
  ),
  check(ctx) {
    const { application: a, before, catalog } = ctx;
    if (a.type !== "test-renewal") return [];
    const complete = ctx.historyComplete;
    const out = [];
    const max = catalog.profile.testResources.maxTotalMonths;
    const tests = [...before.resources.values()].filter((r) => r.kind === "test").map((r) => r.id);
    const testIds = tests.length ? tests.join("\u3001") : "\uFF08\u65E0\uFF09";
    const added = /* @__PURE__ */ new Map();
    for (const [i, rn] of a.renewals.entries()) {
      const path = `/renewals/${i}`;
      const r = before.resources.get(rn.resource);
      if (!r) {
        if (!complete) continue;
        const revoked = before.revoked.get(rn.resource);
        out.push({
          path: `${path}/resource`,
          message: revoked ? text(
            `${rn.resource} \u5DF2\u7531\u7B2C ${revoked.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500\uFF0C\u4E0D\u80FD\u7EED\u671F\u3002\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A${testIds}\u3002\u9700\u8981\u7EE7\u7EED\u6D4B\u8BD5\u7684\uFF0C\u8BF7\u91CD\u65B0\u63D0\u4EA4\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u3002`,
            `${rn.resource} was revoked by application ${revoked.revokedBy} and cannot be renewed. Test resources in service: ${testIds}. Apply for new test resources if testing continues.`
          ) : text(
            `${rn.resource} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\uFF0C\u4E0D\u80FD\u7EED\u671F\u3002\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A${testIds}\u3002\u8BF7\u6539\u6B63 resource\u3002`,
            `${rn.resource} is not a resource of this system in service and cannot be renewed. Test resources in service: ${testIds}. Correct resource.`
          )
        });
        continue;
      }
      if (r.kind !== "test" || !r.test) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `${rn.resource} \u662F\u6B63\u5F0F\u8D44\u6E90\uFF08\u7B2C ${r.createdBy} \u53F7\u65B0\u589E\u7533\u8BF7\uFF09\uFF0C\u6CA1\u6709\u4F7F\u7528\u671F\u9650\uFF0C\u4E0D\u9700\u8981\u4E5F\u4E0D\u80FD\u7EED\u671F\u3002\u53EA\u6709\u6D4B\u8BD5\u8D44\u6E90\u53EF\u4EE5\u7EED\u671F\uFF1B\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A${testIds}\u3002\u8BF7\u5220\u9664\u8FD9\u4E00\u9879\u6216\u6539\u6B63 resource\u3002`,
            `${rn.resource} is a production resource (application ${r.createdBy}) with no period: only test resources are renewed. Test resources in service: ${testIds}. Remove this item or correct resource.`
          )
        });
        continue;
      }
      const first = r.test.period;
      const earlier = added.get(rn.resource) ?? 0;
      const sofar = r.test.renewedMonths + earlier;
      added.set(rn.resource, earlier + rn.months);
      const done = earlier ? text(
        `\u5DF2\u7EED\u671F ${r.test.renewedMonths} \u4E2A\u6708\uFF0C\u672C\u7533\u8BF7\u524D\u9762\u7684\u7EED\u671F\u9879\u53C8\u7EED ${earlier} \u4E2A\u6708`,
        `renewed ${r.test.renewedMonths} month(s) before and ${earlier} in earlier items of this application`
      ) : text(`\u5DF2\u7EED\u671F ${sofar} \u4E2A\u6708`, `renewed ${sofar} month(s)`);
      const start = r.deliveredOn ?? a.date;
      const limit = addMonths(start, max);
      const endWith = (months) => addMonths(periodEnd(start, first), months);
      const fp = periodText(first);
      if (endWith(sofar + rn.months) > limit) {
        let left = 0;
        while (endWith(sofar + left + 1) <= limit) left++;
        const fix = left > 0 ? text(
          `\u6700\u591A\u8FD8\u80FD\u7EED\u671F ${left} \u4E2A\u6708\uFF1A\u8BF7\u628A months \u6539\u4E3A ${left}\u3002`,
          `At most ${left} more month(s): set months to ${left}.`
        ) : text(
          "\u5DF2\u7528\u6EE1\uFF0C\u4E0D\u80FD\u518D\u7EED\u671F\uFF1A\u9700\u8981\u7EE7\u7EED\u4F7F\u7528\u7684\uFF0C\u8BF7\u6309\u6B63\u5F0F\u8D44\u6E90\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\uFF0C\u6216\u5230\u671F\u524D\u5907\u4EFD\u6570\u636E\u3002",
          "The six months are used up: apply for production resources to keep using it, or back up before it expires."
        );
        out.push({
          path: `${path}/months`,
          message: text(
            `${rn.resource} \u9996\u671F ${fp.zh}\uFF0C${done.zh}\uFF0C\u672C\u6B21\u518D\u7EED ${rn.months} \u4E2A\u6708\uFF0C\u5C06\u7528\u5230 ${endWith(sofar + rn.months)}\uFF0C\u8D85\u8FC7\u81EA\u4EA4\u4ED8\u65E5\uFF08${start}\uFF09\u8D77\u7D2F\u8BA1 ${max} \u4E2A\u6708\u7684\u4E0A\u9650\uFF08${limit}\uFF09\u3002${fix.zh}`,
            `${rn.resource}: first period ${fp.en}, ${done.en}, plus ${rn.months} now runs to ${endWith(sofar + rn.months)}, past the ${max}-month limit from delivery (${start}), which is ${limit}. ${fix.en}`
          )
        });
      }
      if (r.deliveredOn === void 0) {
        out.push({
          path: `${path}/resource`,
          severity: "warning",
          citation: cite("\u7B2C46\u6761"),
          message: text(
            `${rn.resource} \u8FD8\u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u4F7F\u7528\u671F\u9650\u4ECE\u4EA4\u4ED8\u65E5\u8D77\u7B97\uFF0C\u5C1A\u672A\u5F00\u59CB\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u8D44\u6E90\u662F\u5426\u5DF2\u53D1\u653E\uFF1B\u4E00\u822C\u5728\u5230\u671F\u524D\u4E00\u5468\u6536\u5230\u63D0\u9192\u540E\u518D\u7EED\u671F\u3002`,
            `${rn.resource} has no delivery record: its period starts at delivery and has not begun. The reviewer should confirm it was delivered; renewals are usually made after the reminder a week before expiry.`
          )
        });
      } else if (r.test.expiresOn !== void 0 && r.test.expiresOn < a.date) {
        out.push({
          path: `${path}/resource`,
          severity: "warning",
          citation: cite("\u7B2C46\u6761"),
          message: text(
            `${rn.resource} \u5DF2\u4E8E ${r.test.expiresOn} \u5230\u671F\uFF0C\u7EED\u671F\u7533\u8BF7\u65E5\u671F ${a.date} \u5728\u5230\u671F\u4E4B\u540E\uFF1B\u5230\u671F\u540E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u53EF\u81EA\u884C\u56DE\u6536\u6D4B\u8BD5\u8D44\u6E90\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u8D44\u6E90\u5C1A\u672A\u56DE\u6536\uFF1B\u5DF2\u56DE\u6536\u7684\uFF0C\u7EED\u671F\u65E0\u6548\uFF0C\u987B\u91CD\u65B0\u63D0\u4EA4\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u3002`,
            `${rn.resource} expired on ${r.test.expiresOn}, before this renewal dated ${a.date}; the center may reclaim expired test resources. The reviewer should confirm it has not been reclaimed; if it has, apply for new test resources instead.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/group-ports-test.ts
var portsTestRules = [
  portSecurityReport,
  portSourceLimited,
  portRdp,
  ipRequestBinding,
  portDestinationExists,
  portCloseOpen,
  testTotalPeriod,
  testOneHostPerNode,
  testMinimumConfig,
  testOverdueResources,
  testNetworkZone
];

// scripts/profiles/shenzhen/rules/utilization.ts
var diskTotal = (c) => (c.dataDisks ?? []).reduce((sum2, d) => sum2 + d.sizeGB, 0);
function direction(change, current) {
  const before = { ...current?.config ?? {}, ...change.before };
  const after = { ...before, ...change.after };
  const cmp = (a, b) => a === void 0 || b === void 0 ? 0 : Math.sign(b - a);
  const storageBefore = before.capacityGB ?? diskTotal(before);
  const storageAfter = after.capacityGB ?? diskTotal(after);
  return {
    vcpu: cmp(before.vcpu, after.vcpu),
    memory: cmp(before.memoryGB, after.memoryGB),
    storage: cmp(storageBefore, storageAfter),
    before,
    after
  };
}
var cpuServices = /* @__PURE__ */ new Set(["ecs", "cce", "cce-node"]);
var memoryServices = /* @__PURE__ */ new Set(["ecs", "bms", "cce-node"]);
var storageServices = /* @__PURE__ */ new Set(["ecs", "bms", "cce-node", "evs", "obs", "sfs"]);
var utilizationWindow = (ctx) => ctx.calendar.workdaysBefore(ctx.application.date, 5);
var pct = (n) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
function* changes(ctx) {
  if (ctx.application.type !== "change") return;
  for (const [i, change] of ctx.application.changes.entries()) {
    const current = ctx.before.resources.get(change.resource);
    if (!current) continue;
    yield { change, current, path: `/changes/${i}`, dir: direction(change, current) };
  }
}

// scripts/profiles/shenzhen/rules/utilization-scale-down.ts
function deliveredThreeMonths(ctx, item, clause) {
  const delivered = item.current.deliveredOn;
  if (delivered === void 0)
    return {
      path: `${item.path}/resource`,
      severity: "warning",
      citation: cite("\u7B2C19\u6761", clause),
      message: text(
        `\u8D44\u6E90 ${item.change.resource} \u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u65E0\u6CD5\u786E\u8BA4\u5DF2\u53D1\u653E\u6EE1 3 \u4E2A\u6708\u3002\u8BF7\u5BA1\u67E5\u4EBA\u5458\u6838\u5B9E\u53D1\u653E\u65E5\u671F\u3002`,
        `Resource ${item.change.resource} has no delivery record, so the 3 months since delivery cannot be confirmed. Reviewers: check the delivery date.`
      )
    };
  const since = addMonths(delivered, 3);
  if (ctx.application.date >= since) return void 0;
  return {
    path: `${item.path}/resource`,
    citation: cite("\u7B2C19\u6761", clause),
    message: text(
      `\u8D44\u6E90 ${item.change.resource} \u4E8E ${delivered} \u53D1\u653E\uFF0C\u7F29\u5BB9\u987B\u5728\u53D1\u653E 3 \u4E2A\u6708\u540E\uFF08${since} \u8D77\uFF09\u7533\u8BF7\u3002`,
      `Resource ${item.change.resource} was delivered on ${delivered}; a scale-down may be requested from ${since} (3 months after delivery).`
    )
  };
}

// scripts/profiles/shenzhen/rules/utilization-cpu-scale-down.ts
var utilizationCpuScaleDown = defineRule({
  id: "utilization-cpu-scale-down",
  title: text(
    "vCPU \u7F29\u5BB9\uFF1A\u53D1\u653E\u6EE1 3 \u4E2A\u6708\uFF0C\u5E73\u5747 < 4% \u4E14\u5CF0\u503C < 40%",
    "vCPU scale-down: 3 months after delivery, average < 4 % and peak < 40 %"
  ),
  citation: cite("\u7B2C19\u6761", "(2)4"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "vCPU\u7F29\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u5BB9\u5668\u5728\u5DF2\u53D1\u653E3\u4E2A\u6708\u540E\uFF0C\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0CCPU\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E4%\u4E14\u5CF0\u503C\u5229\u7528\u7387\u4F4E\u4E8E40%\u3002",
    "vCPU scale-down: 3 months after delivery, the last 5 working days' average CPU use is below 4 % and the peak below 40 %."
  ),
  check(ctx) {
    const out = [];
    for (const item of changes(ctx)) {
      const { change, current, path, dir } = item;
      if (dir.vcpu >= 0 || !cpuServices.has(current.service)) continue;
      const late = deliveredThreeMonths(ctx, item, "(2)4");
      if (late) out.push(late);
      const cpu = change.utilization?.cpu;
      if (!cpu || cpu.peak === void 0) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            "vCPU \u7F29\u5BB9\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684 CPU \u5E73\u5747\u4E0E\u5CF0\u503C\u5229\u7528\u7387\uFF08utilization.cpu.average\u3001utilization.cpu.peak\uFF09\u3002",
            "A vCPU scale-down states the last 5 working days' average and peak CPU use (utilization.cpu)."
          )
        });
        continue;
      }
      if (cpu.average < 4 && cpu.peak < 40) continue;
      out.push({
        path: `${path}/utilization/cpu`,
        message: text(
          `vCPU \u7F29\u5BB9\u7684\u6761\u4EF6\u662F\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 4% \u4E14\u5CF0\u503C\u4F4E\u4E8E 40%\uFF1B\u8FD9\u91CC\u5E73\u5747 ${pct(cpu.average)}\u3001\u5CF0\u503C ${pct(cpu.peak)}\u3002\u7F29\u5BB9\u540E\u53EF\u80FD\u4E0D\u591F\u7528\uFF1A\u8BF7\u6838\u5BF9\u5229\u7528\u7387\uFF0C\u6216\u4E0D\u7F29\u5BB9 vCPU\u3002`,
          `vCPU scale-down needs an average below 4 % and a peak below 40 %; here they are ${pct(cpu.average)} and ${pct(cpu.peak)}.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-cpu-scale-up.ts
var utilizationCpuScaleUp = defineRule({
  id: "utilization-cpu-scale-up",
  title: text("vCPU \u6269\u5BB9\uFF1A\u5E73\u5747\u5229\u7528\u7387 \u2265 10% \u6216\u5CF0\u503C \u2265 80%", "vCPU scale-up: average \u2265 10 % or peak \u2265 80 %"),
  citation: cite("\u7B2C19\u6761", "(2)1"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "vCPU\u6269\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u5BB9\u5668\u5728\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0CvCPU\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E10%\u6216\u5CF0\u503C\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E80%\u3002",
    "vCPU scale-up: over the last 5 working days the host's average vCPU use is at least 10 % or its peak at least 80 %."
  ),
  check(ctx) {
    const out = [];
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.vcpu <= 0 || !cpuServices.has(current.service)) continue;
      const cpu = change.utilization?.cpu;
      if (!cpu) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            `vCPU \u4ECE ${dir.before.vcpu} \u6838\u6269\u5230 ${dir.after.vcpu} \u6838\uFF0C\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684 vCPU \u5E73\u5747\u4E0E\u5CF0\u503C\u5229\u7528\u7387\uFF08utilization.cpu.average\u3001utilization.cpu.peak\uFF09\u3002`,
            `Scaling vCPU from ${dir.before.vcpu} to ${dir.after.vcpu} needs the last 5 working days' average and peak vCPU use (utilization.cpu).`
          )
        });
        continue;
      }
      const peak = cpu.peak ?? 0;
      if (cpu.average >= 10 || peak >= 80) continue;
      out.push({
        path: `${path}/utilization/cpu`,
        message: text(
          `vCPU \u6269\u5BB9\u7684\u6761\u4EF6\u662F\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E 10% \u6216\u5CF0\u503C\u4E0D\u4F4E\u4E8E 80%\uFF1B\u8FD9\u91CC\u5E73\u5747 ${pct(cpu.average)}\u3001\u5CF0\u503C ${cpu.peak === void 0 ? "\u672A\u586B" : pct(peak)}\uFF0C\u90FD\u4E0D\u591F\u3002\u4E0D\u6EE1\u8DB3\u6761\u4EF6\u7684\u4E3B\u673A\u4E0D\u80FD\u6269\u5BB9 vCPU\uFF1A\u8BF7\u64A4\u56DE\u8FD9\u9879\u53D8\u66F4\uFF0C\u6216\u5728\u5229\u7528\u7387\u8FBE\u5230\u6761\u4EF6\u540E\u518D\u7533\u8BF7\u3002`,
          `vCPU scale-up needs an average of at least 10 % or a peak of at least 80 % over the last 5 working days; here the average is ${pct(cpu.average)} and the peak ${cpu.peak === void 0 ? "missing" : pct(peak)}. Withdraw this change or apply once the figures qualify.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-evidence.ts
var tolerance = 1;
var utilizationEvidence = defineRule({
  id: "utilization-evidence",
  title: text("\u586B\u5199\u7684\u5229\u7528\u7387\u4E0E\u76D1\u63A7\u6570\u636E\u4E00\u81F4", "Stated utilization matches the monitoring data"),
  citation: cite("\u7B2C19\u6761", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u6269\u5BB9\u3001\u7F29\u5BB9\u7684\u4F9D\u636E\u662F\u5B9E\u9645\u5229\u7528\u7387\uFF1B\u6709\u76D1\u63A7\u5BFC\u51FA\u65F6\uFF0C\u673A\u5668\u6309\u540C\u6837\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u91CD\u65B0\u8BA1\u7B97\u5E76\u6838\u5BF9\u3002",
    "Scale decisions rest on real utilization; with a monitoring export the machine recomputes the same 5 working days and compares."
  ),
  check(ctx) {
    if (!ctx.metrics) return [];
    const out = [];
    const dates = utilizationWindow(ctx);
    for (const { change, current, path } of changes(ctx)) {
      const u2 = change.utilization;
      if (!u2) continue;
      const hosts = [
        ...change.ip ? [change.ip] : [],
        ...(current?.instances ?? []).flatMap(
          (i) => [i.ip, i.hostname].filter((h) => h !== void 0)
        )
      ];
      const measured = ctx.metrics.window(hosts, dates);
      if (!measured) {
        out.push({
          path: `${path}/utilization`,
          severity: "warning",
          message: text(
            `${ctx.metrics.label}\u4E2D\u6CA1\u6709\u8D44\u6E90 ${change.resource}\uFF08${hosts.join("\u3001") || "\u65E0 IP/\u4E3B\u673A\u540D"}\uFF09\u5728 ${dates[0]} \u81F3 ${dates[dates.length - 1]} \u7684\u6570\u636E\uFF0C\u65E0\u6CD5\u6838\u5BF9\u5229\u7528\u7387\u3002\u8BF7\u5BA1\u67E5\u4EBA\u5458\u67E5\u770B\u622A\u56FE\u3002`,
            `${ctx.metrics.label} has no data for ${change.resource} (${hosts.join(", ") || "no IP/host name"}) between ${dates[0]} and ${dates[dates.length - 1]}; the figures cannot be checked.`
          )
        });
        continue;
      }
      const compare = (label3, field, stated, actual) => {
        if (stated === void 0 || actual === void 0 || Math.abs(stated - actual) <= tolerance) return;
        out.push({
          path: `${path}/utilization/${field}`,
          message: text(
            `\u586B\u5199\u7684${label3}\u4E3A ${pct(stated)}\uFF0C${ctx.metrics?.label}\u6309 ${dates[0]} \u81F3 ${dates[dates.length - 1]} \u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u8BA1\u7B97\u4E3A ${pct(actual)}\u3002\u8BF7\u6309\u76D1\u63A7\u6570\u636E\u6539\u6B63\uFF0C\u5E76\u9644\u4E0A\u5BF9\u5E94\u622A\u56FE\u3002`,
            `The stated ${field} is ${pct(stated)}; ${ctx.metrics?.label} gives ${pct(actual)} over ${dates[0]}\u2013${dates[dates.length - 1]}. Correct it from the monitoring data.`
          )
        });
      };
      compare("vCPU \u5E73\u5747\u5229\u7528\u7387", "cpu/average", u2.cpu?.average, measured.cpu?.average);
      compare("vCPU \u5CF0\u503C\u5229\u7528\u7387", "cpu/peak", u2.cpu?.peak, measured.cpu?.peak);
      compare("\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387", "memory/average", u2.memory?.average, measured.memory?.average);
      compare("\u5185\u5B58\u5CF0\u503C\u5229\u7528\u7387", "memory/peak", u2.memory?.peak, measured.memory?.peak);
      compare("\u5B58\u50A8\u5229\u7528\u7387", "storage/usedPercent", u2.storage?.usedPercent, measured.storage?.peak);
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-memory-scale-down.ts
var utilizationMemoryScaleDown = defineRule({
  id: "utilization-memory-scale-down",
  title: text(
    "\u5185\u5B58\u7F29\u5BB9\uFF1A\u53D1\u653E\u6EE1 3 \u4E2A\u6708\uFF0C\u5E73\u5747 < 25%",
    "Memory scale-down: 3 months after delivery, average < 25 %"
  ),
  citation: cite("\u7B2C19\u6761", "(2)5"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5185\u5B58\u7F29\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u88F8\u91D1\u5C5E\u3001\u5BB9\u5668\u5728\u5DF2\u53D1\u653E3\u4E2A\u6708\u540E\uFF0C\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0C\u5185\u5B58\u7684\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E25%\u3002",
    "Memory scale-down: 3 months after delivery, the last 5 working days' average memory use is below 25 %."
  ),
  check(ctx) {
    const out = [];
    for (const item of changes(ctx)) {
      const { change, current, path, dir } = item;
      if (dir.memory >= 0 || !memoryServices.has(current.service)) continue;
      if (dir.vcpu >= 0) {
        const late = deliveredThreeMonths(ctx, item, "(2)5");
        if (late) out.push(late);
      }
      const memory = change.utilization?.memory;
      if (!memory) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            "\u5185\u5B58\u7F29\u5BB9\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\uFF08utilization.memory.average\uFF09\u3002",
            "A memory scale-down states the last 5 working days' average memory use (utilization.memory.average)."
          )
        });
        continue;
      }
      if (memory.average < 25) continue;
      out.push({
        path: `${path}/utilization/memory/average`,
        message: text(
          `\u5185\u5B58\u7F29\u5BB9\u7684\u6761\u4EF6\u662F\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 25%\uFF1B\u8FD9\u91CC\u662F ${pct(memory.average)}\u3002\u8BF7\u6838\u5BF9\u5229\u7528\u7387\uFF0C\u6216\u4E0D\u7F29\u5BB9\u5185\u5B58\u3002`,
          `Memory scale-down needs an average below 25 %; here it is ${pct(memory.average)}.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-memory-scale-up.ts
var utilizationMemoryScaleUp = defineRule({
  id: "utilization-memory-scale-up",
  title: text("\u5185\u5B58\u6269\u5BB9\uFF1A\u5E73\u5747\u5229\u7528\u7387 \u2265 70%", "Memory scale-up: average \u2265 70 %"),
  citation: cite("\u7B2C19\u6761", "(2)2"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5185\u5B58\u6269\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u88F8\u91D1\u5C5E\u3001\u5BB9\u5668\u5728\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0C\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E70%\u3002",
    "Memory scale-up: over the last 5 working days the average memory use is at least 70 %."
  ),
  check(ctx) {
    const out = [];
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.memory <= 0 || !memoryServices.has(current.service)) continue;
      const memory = change.utilization?.memory;
      if (!memory) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            `\u5185\u5B58\u4ECE ${dir.before.memoryGB} GB \u6269\u5230 ${dir.after.memoryGB} GB\uFF0C\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\uFF08utilization.memory.average\uFF09\u3002`,
            `Scaling memory from ${dir.before.memoryGB} GB to ${dir.after.memoryGB} GB needs the last 5 working days' average memory use (utilization.memory.average).`
          )
        });
        continue;
      }
      if (memory.average >= 70) continue;
      out.push({
        path: `${path}/utilization/memory/average`,
        message: text(
          `\u5185\u5B58\u6269\u5BB9\u7684\u6761\u4EF6\u662F\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E 70%\uFF1B\u8FD9\u91CC\u662F ${pct(memory.average)}\u3002\u8BF7\u64A4\u56DE\u5185\u5B58\u6269\u5BB9\uFF0C\u6216\u5728\u5229\u7528\u7387\u8FBE\u5230\u6761\u4EF6\u540E\u518D\u7533\u8BF7\u3002`,
          `Memory scale-up needs an average of at least 70 % over the last 5 working days; here it is ${pct(memory.average)}.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-storage-scale-up.ts
var utilizationStorageScaleUp = defineRule({
  id: "utilization-storage-scale-up",
  title: text(
    "\u5B58\u50A8\u6269\u5BB9\uFF1A\u5229\u7528\u7387 \u2265 60% \u6216\u4E0D\u591F\u672A\u6765\u516D\u4E2A\u6708",
    "Storage scale-up: use \u2265 60 % or not enough for six months"
  ),
  citation: cite("\u7B2C19\u6761", "(2)3"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5B58\u50A8\u6269\u5BB9\uFF1A\u4E91\u786C\u76D8\u3001\u5BF9\u8C61\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8\u7684\u5B58\u50A8\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E60%\u6216\u4E0D\u6EE1\u8DB3\u672A\u6765\u516D\u4E2A\u6708\u7684\u4F7F\u7528\u91CF\u3002",
    "Storage scale-up: cloud disk, object or file storage is at least 60 % used, or will not hold the next six months."
  ),
  check(ctx) {
    const out = [];
    const growth = ctx.application.type === "change" ? ctx.application.estimate?.storageGrowth : void 0;
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.storage <= 0 || !storageServices.has(current.service)) continue;
      const capacity = (dir.before.capacityGB ?? (dir.before.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0)) || 0;
      const st = change.utilization?.storage;
      const used = st?.usedPercent ?? (st?.usedGB !== void 0 && capacity > 0 ? st.usedGB / capacity * 100 : void 0);
      if (used !== void 0 && used >= 60) continue;
      const g = growth;
      const usedGB = st?.usedGB ?? (used !== void 0 ? used / 100 * capacity : void 0);
      if (g?.monthlyGB !== void 0 && usedGB !== void 0) {
        const need2 = usedGB + g.monthlyGB * Math.min(6, g.months ?? 6);
        if (need2 > capacity) continue;
      }
      out.push({
        path: st ? `${path}/utilization/storage` : path,
        message: used === void 0 ? text(
          "\u5B58\u50A8\u6269\u5BB9\u987B\u5199\u660E\u5F53\u524D\u5B58\u50A8\u5229\u7528\u7387\uFF08utilization.storage.usedPercent \u6216 usedGB\uFF09\uFF0C\u6216\u5728 estimate.storageGrowth \u4E2D\u6D4B\u7B97\u672A\u6765\u516D\u4E2A\u6708\u7684\u589E\u957F\u3002",
          "A storage scale-up states the current use (utilization.storage.usedPercent or usedGB) or the growth of the next six months (estimate.storageGrowth)."
        ) : text(
          `\u5B58\u50A8\u6269\u5BB9\u7684\u6761\u4EF6\u662F\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E 60% \u6216\u4E0D\u6EE1\u8DB3\u672A\u6765\u516D\u4E2A\u6708\u7684\u4F7F\u7528\u91CF\uFF1B\u8FD9\u91CC\u5229\u7528\u7387 ${pct(used)}\uFF0C\u6309\u6D4B\u7B97\u516D\u4E2A\u6708\u540E\u4E5F\u5728\u73B0\u6709 ${capacity} GB \u4E4B\u5185\u3002\u8BF7\u64A4\u56DE\u5B58\u50A8\u6269\u5BB9\uFF0C\u6216\u8865\u5145\u516D\u4E2A\u6708\u589E\u957F\u7684\u6D4B\u7B97\u4F9D\u636E\u3002`,
          `Storage scale-up needs use of at least 60 % or a shortfall within six months; here the use is ${pct(used)} and six months of growth fit in the current ${capacity} GB.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-window.ts
var utilizationWindowRule = defineRule({
  id: "utilization-window",
  title: text(
    "\u5229\u7528\u7387\u7EDF\u8BA1\u533A\u95F4\u4E3A\u7533\u8BF7\u65E5\u524D\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5",
    "Utilization covers the 5 working days before the application"
  ),
  citation: cite("\u7B2C19\u6761", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u6269\u5BB9\u3001\u7F29\u5BB9\u6307\u6807\u6309\u201C\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u201D\u8BA1\u7B97\uFF1B\u8282\u5047\u65E5\u4E0D\u662F\u5DE5\u4F5C\u65E5\uFF0C\u8C03\u4F11\u4E0A\u73ED\u65E5\u662F\u3002",
    "Scale-up and scale-down figures are over the last 5 working days; holidays do not count, make-up working days do."
  ),
  check(ctx) {
    const out = [];
    let window;
    for (const { change, path } of changes(ctx)) {
      const stated = change.utilization?.window;
      if (!stated) continue;
      window ??= utilizationWindow(ctx);
      const from = window[0];
      const to = window[window.length - 1];
      if (stated.from === from && stated.to === to) continue;
      out.push({
        path: `${path}/utilization/window`,
        message: text(
          `\u7533\u8BF7\u65E5 ${ctx.application.date} \u4E4B\u524D\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u662F ${window.join("\u3001")}\uFF0C\u7EDF\u8BA1\u533A\u95F4\u5E94\u4E3A from: ${from}\u3001to: ${to}\uFF1B\u8FD9\u91CC\u662F ${stated.from} \u81F3 ${stated.to}\u3002\u8BF7\u6309\u8FD9 5 \u5929\u91CD\u65B0\u53D6\u5229\u7528\u7387\u3002`,
          `The 5 working days before ${ctx.application.date} are ${window.join(", ")}: the window is from ${from} to ${to}, not ${stated.from} to ${stated.to}. Take the figures over those days.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/index.ts
var shenzhenRules = [
  applicationValidity,
  utilizationCpuScaleUp,
  utilizationMemoryScaleUp,
  utilizationStorageScaleUp,
  utilizationCpuScaleDown,
  utilizationMemoryScaleDown,
  utilizationWindowRule,
  utilizationEvidence,
  ...newRules,
  ...changeRevokeRules,
  ...portsTestRules
];

// scripts/profiles/shenzhen/index.ts
var shenzhen = {
  id: "shenzhen",
  title: text("\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u89C4\u8303", "Shenzhen government cloud service application specification"),
  catalog: "shenzhen",
  kinds: shenzhenKinds,
  rules: shenzhenRules,
  schema: { build: buildSchemas },
  forms: { forApplication: applicationForms, forUnit: authorizationForms },
  review: {},
  audit: {},
  annual: shenzhenAnnual
};

// scripts/profiles/index.ts
var registeredProfiles = [shenzhen];
var registeredProfile = (id) => findProfile(registeredProfiles, id);

// scripts/adapters/calendar-files.ts
import { readdirSync as readdirSync3, readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { dirname, join as join3 } from "node:path";
var require4 = createRequire3(import.meta.url);
var repoRoot2 = new URL("../..", import.meta.url).pathname;
var national;
function readOverride(root) {
  try {
    return readFileSync2(join3(root, "catalog", "calendar", "cn.yaml"), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return "";
    throw error;
  }
}
function readCalendarSources(root = repoRoot2) {
  const pkg = dirname(require4.resolve("chinese-days/package.json"));
  const data = require4(join3(pkg, "dist", "chinese-days.json"));
  const years = readdirSync3(join3(pkg, "dist", "years")).map((f) => /^(\d{4})\.json$/.exec(f)?.[1]).filter((y) => y !== void 0).map(Number);
  return { holidays: data.holidays, workdays: data.workdays, years, override: readOverride(root) };
}
function loadCalendarLayers(root = repoRoot2) {
  return calendarLayers(readCalendarSources(root));
}
function nationalCalendar(root = repoRoot2) {
  if (national && root === repoRoot2) return national;
  const calendar = calendarFromData(loadCalendarLayers(root));
  if (root === repoRoot2) national = calendar;
  return calendar;
}

// scripts/adapters/profiles.ts
var repositoryProfiles = { profiles: registeredProfiles, catalogs: defaultCatalogs };

// scripts/adapters/repository.ts
function validate2(options) {
  return validate({
    ...options,
    catalogs: options.catalogs ?? defaultCatalogs,
    profiles: options.profiles ?? registeredProfiles,
    calendar: options.calendar ?? nationalCalendar()
  });
}
function formsForFile2(fs, file, options) {
  return formsForFile(fs, file, {
    ...options,
    catalogs: options.catalogs ?? defaultCatalogs,
    profiles: options.profiles ?? registeredProfiles,
    calendar: options.calendar ?? nationalCalendar()
  });
}
function loadRepositoryState2(fs, data = repositoryProfiles, parallelLoader) {
  return loadRepositoryState(fs, data, parallelLoader);
}

// scripts/adapters/schema-cache.ts
import { mkdirSync, readFileSync as readFileSync3, renameSync, writeFileSync } from "node:fs";
import { createRequire as createRequire4 } from "node:module";
import { join as join4 } from "node:path";
import { threadId } from "node:worker_threads";
var require5 = createRequire4(import.meta.url);
var repoRoot3 = new URL("../..", import.meta.url).pathname;
function compileCacheDir(env = process.env) {
  return env.GOVCLOUD_CACHE_DIR ?? join4(repoRoot3, "node_modules", ".cache", "govcloud");
}
var shippedValidatorsDir = join4(repoRoot3, "scripts", "dist", "schemas");
function loadValidator(dir, key) {
  const file = join4(dir, `${key}.cjs`);
  try {
    readFileSync3(file);
    return require5(file);
  } catch {
    return void 0;
  }
}
function diskCompileCache(dir = compileCacheDir(), shipped = shippedValidatorsDir) {
  return {
    load: (key) => (shipped !== void 0 ? loadValidator(shipped, key) : void 0) ?? loadValidator(dir, key),
    store: (key, code2) => {
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join4(dir, `${key}.cjs.${process.pid}.${threadId}.tmp`);
        writeFileSync(tmp, code2);
        renameSync(tmp, join4(dir, `${key}.cjs`));
      } catch {
      }
    }
  };
}
function useDiskCompileCache() {
  useCompileCache(diskCompileCache());
}

// scripts/core/report/formats.ts
import pc from "picocolors";
import stringWidth from "string-width";
var outputFormats = ["text", "json", "github", "sarif"];
function summarize2(findings) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length
  };
}
function render(format, findings, ctx) {
  switch (format) {
    case "text":
      return renderText(findings, ctx);
    case "json":
      return `${JSON.stringify({ summary: { files: ctx.fileCount, ...summarize2(findings) }, findings }, null, 2)}
`;
    case "github":
      return renderGithub(findings);
    case "sarif":
      return `${JSON.stringify(renderSarif(findings, ctx.lang), null, 2)}
`;
  }
}
var severityLabel = {
  zh: { error: "\u9519\u8BEF", warning: "\u8B66\u544A", info: "\u63D0\u793A" },
  en: { error: "error", warning: "warning", info: "info" }
};
function renderText(findings, ctx) {
  const c = pc.createColors(ctx.color);
  const lines = [];
  const lineCache = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const sev = severityLabel[ctx.lang][f.severity];
    const colored = f.severity === "error" ? c.red(c.bold(sev)) : f.severity === "warning" ? c.yellow(c.bold(sev)) : c.blue(sev);
    const cite2 = f.citation ? ` ${c.cyan(`\u3014${formatCitation(f.citation)}\u3015`)}` : "";
    lines.push(
      `${c.bold(`${f.file}:${f.line}:${f.column}`)} ${colored} ${f.message}${cite2} ${c.dim(`[${f.rule}]`)}`
    );
    const source = ctx.sources.get(f.file);
    if (source !== void 0) {
      let split = lineCache.get(f.file);
      if (!split) {
        split = source.split(/\r?\n/);
        lineCache.set(f.file, split);
      }
      const line2 = split[f.line - 1];
      if (line2 !== void 0 && line2.trim() !== "") {
        const gutter = `${String(f.line).padStart(5)} | `;
        lines.push(c.dim(gutter) + line2);
        lines.push(`${" ".repeat(gutter.length + stringWidth(line2.slice(0, f.column - 1)))}${c.red("^")}`);
      }
    }
  }
  const s = summarize2(findings);
  const summary = ctx.lang === "zh" ? `\u68C0\u67E5\u4E86 ${ctx.fileCount} \u4E2A\u6587\u4EF6\uFF1A${s.errors} \u4E2A\u9519\u8BEF\uFF0C${s.warnings} \u4E2A\u8B66\u544A\u3002` : `Checked ${ctx.fileCount} files: ${s.errors} error(s), ${s.warnings} warning(s).`;
  lines.push(s.errors > 0 ? c.red(summary) : s.warnings > 0 ? c.yellow(summary) : c.green(summary));
  return `${lines.join("\n")}
`;
}
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function renderGithub(findings) {
  return findings.map((f) => {
    const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
    const title = f.citation ? `${formatCitation(f.citation)} ${f.rule}` : f.rule;
    return `::${level} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(title)}::${escapeData(visible2(f.message))}
`;
  }).join("");
}
function renderSarif(findings, lang) {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "govcloud",
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } }))
          }
        },
        language: lang === "zh" ? "zh-CN" : "en",
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: f.severity === "info" ? "note" : f.severity,
          message: { text: f.citation ? `${f.message}\uFF08${formatCitation(f.citation)}\uFF09` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
                region: { startLine: f.line, startColumn: f.column }
              },
              logicalLocations: f.path ? [{ fullyQualifiedName: f.path, kind: "member" }] : void 0
            }
          ],
          properties: { path: f.path, ...f.citation ? { citation: f.citation } : {} }
        }))
      }
    ]
  };
}

// scripts/core/rules/listing.ts
function citationOrder(r) {
  const c = r.citation;
  if ("article" in c) return [0, Number(/\d+/.exec(c.article)?.[0] ?? 0), `${c.clause ?? ""}`];
  return [1, Number(/\d+/.exec(c.attachment)?.[0] ?? 0), `${c.note ?? ""}`];
}
function sortedRules(rules) {
  return [...rules].sort((a, b) => {
    const [x, y] = [citationOrder(a), citationOrder(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]) || a.id.localeCompare(b.id);
  });
}
var applies = (profile, r, lang) => Object.keys(profile.kinds).every((k) => r.appliesTo.includes(k)) ? lang === "zh" ? "\u5168\u90E8" : "all" : r.appliesTo.map((t) => kindName(profile, t, lang, "short")).join(lang === "zh" ? "\u3001" : ", ");
var cell2 = (s) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function renderRules(profiles2, format, lang) {
  const groups2 = profiles2.map((profile) => ({ profile, rules: profile.rules }));
  if (format === "json")
    return `${JSON.stringify(
      groups2.flatMap(
        ({ profile, rules }) => sortedRules(rules).map((r) => ({
          id: r.id,
          profile: profile.id,
          title: r.title[lang],
          citation: r.citation,
          appliesTo: r.appliesTo,
          severity: r.severity,
          why: r.why[lang]
        }))
      ),
      null,
      2
    )}
`;
  const lines = [];
  for (const { profile, rules } of groups2) {
    const sorted = sortedRules(rules);
    if (format === "markdown") {
      lines.push(
        lang === "zh" ? "| \u6761\u6B3E | \u89C4\u5219 | \u68C0\u67E5\u4EC0\u4E48 | \u9002\u7528 | \u7EA7\u522B |" : "| Article | Rule | What it checks | Applies to | Severity |",
        "| --- | --- | --- | --- | --- |"
      );
      for (const r of sorted)
        lines.push(
          `| ${formatCitation(r.citation)} | \`${r.id}\` | ${cell2(r.title[lang])} | ${applies(profile, r, lang)} | ${r.severity} |`
        );
    } else {
      lines.push(`${profile.id}\uFF08${sorted.length}\uFF09`);
      for (const r of sorted)
        lines.push(
          `  ${formatCitation(r.citation).padEnd(12)} ${r.id.padEnd(48)} ${r.title[lang]}\u3014${applies(profile, r, lang)}\uFF0C${r.severity}\u3015`
        );
    }
  }
  return `${lines.join("\n")}
`;
}

// scripts/cli/annual.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { parseArgs } from "node:util";

// scripts/adapters/pdf.ts
import { accessSync, constants as constants2 } from "node:fs";
var PdfUnavailableError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PdfUnavailableError";
  }
};
var setupHint = "\u8FD0\u884C scripts/setup/forms.sh \u5B89\u88C5";
function chromiumPath(env = process.env) {
  return env.GOVCLOUD_CHROMIUM || "/usr/bin/chromium";
}
function findChromium(env = process.env) {
  const path = chromiumPath(env);
  try {
    accessSync(path, constants2.X_OK);
    return path;
  } catch {
    return void 0;
  }
}
var launchArgs = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--font-render-hinting=none"];
async function openPdfPrinter(env = process.env) {
  const executablePath = findChromium(env);
  if (!executablePath)
    throw new PdfUnavailableError(`\u672A\u627E\u5230 Chromium\uFF08${chromiumPath(env)}\uFF09\uFF1A${setupHint}\u3002`);
  const { chromium } = await import("playwright-core");
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: launchArgs, headless: true, timeout: 6e4 });
  } catch (error) {
    const first = String(error.message ?? error).split("\n")[0];
    throw new PdfUnavailableError(`\u65E0\u6CD5\u542F\u52A8 Chromium\uFF08${executablePath}\uFF09\uFF1A${first}\u3002${setupHint}\u3002`);
  }
  return {
    async htmlToPdf(html) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => void 0));
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: "A4" });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    }
  };
}
async function withPdfPrinter(fn, env = process.env) {
  const printer = await openPdfPrinter(env);
  try {
    return await fn(printer);
  } finally {
    await printer.close();
  }
}

// scripts/core/report/annual.ts
var emptyHoldings = () => ({ hosts: 0, vcpu: 0, memoryGB: 0, storageGB: 0, services: {} });
function storageOf2(config) {
  return (config.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0) + (config.capacityGB ?? 0) + (config.sizeGB ?? 0);
}
function hold(h, r, catalog) {
  const quantity = r.config.quantity ?? 1;
  h.services[r.service] = (h.services[r.service] ?? 0) + 1;
  h.storageGB += storageOf2(r.config) * quantity;
  if (catalog?.serviceById.get(r.service)?.shape !== "compute") return;
  h.hosts += quantity;
  h.vcpu += (r.config.vcpu ?? 0) * quantity;
  h.memoryGB += (r.config.memoryGB ?? 0) * quantity;
}
function workdaysOf(year, calendar) {
  const out = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1))
    if (calendar.isWorkday(d)) out.push(d);
  return out;
}
var mean = (xs) => xs.length === 0 ? void 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
function unitYear(options, unitDir, dates) {
  const { repo, year } = options;
  const end = `${year}-12-31`;
  const start = `${year}-01-01`;
  const inYear = (d) => d >= start && d <= end;
  const out = {
    unit: unitDir,
    name: repo.units.get(unitDir)?.data.name ?? unitDir,
    systems: 0,
    holdings: emptyHoldings(),
    applications: {},
    delivered: 0,
    revoked: [],
    hosts: []
  };
  for (const [key] of repo.systems) {
    const [u2, systemDir] = key.split("/");
    if (u2 !== unitDir) continue;
    const apps = (repo.applications.get(key) ?? []).filter((a) => a.data.date <= end);
    const deliveries = (repo.deliveries.get(key) ?? []).filter((d) => d.data.date <= end);
    if (apps.length === 0) continue;
    out.systems++;
    for (const a of apps)
      if (inYear(a.data.date)) out.applications[a.data.type] = (out.applications[a.data.type] ?? 0) + 1;
    const { current, before } = foldSystem(apps, deliveries);
    const byApp = new Map(apps.map((a) => [a.data.sequence, a.data]));
    for (const d of deliveries) {
      if (!inYear(d.data.date)) continue;
      out.delivered++;
      const app = byApp.get(d.data.application);
      if (app?.type !== "revoke") continue;
      const prior = before.get(app.sequence);
      for (const r of app.revocations)
        out.revoked.push({
          system: systemDir,
          resource: r.resource,
          service: prior?.resources.get(r.resource)?.service ?? ""
        });
    }
    for (const r of current.resources.values()) {
      const catalog = options.catalogs(repo.systems.get(key)?.data.profile ?? "");
      hold(out.holdings, r, catalog);
      if (catalog?.serviceById.get(r.service)?.shape !== "compute" || r.instances.length === 0) continue;
      const hosts = r.instances.flatMap((i) => [i.ip, i.hostname, i.name].filter((x) => !!x));
      const utilization = options.metrics?.window(hosts, dates);
      out.hosts.push({
        system: systemDir,
        resource: r.id,
        hosts: r.instances.map((i) => i.hostname ?? i.ip ?? i.name),
        vcpu: r.config.vcpu ?? 0,
        memoryGB: r.config.memoryGB ?? 0,
        ...utilization ? { utilization } : {},
        lowLoad: utilization !== void 0 && options.part.lowLoad.test(utilization)
      });
    }
  }
  const measured = out.hosts.filter((h) => h.utilization);
  if (measured.length > 0) {
    const cpu = mean(measured.flatMap((h) => h.utilization?.cpu ? [h.utilization.cpu.average] : []));
    const memory = mean(
      measured.flatMap((h) => h.utilization?.memory ? [h.utilization.memory.average] : [])
    );
    out.utilization = {
      hosts: measured.length,
      ...cpu !== void 0 ? { cpu } : {},
      ...memory !== void 0 ? { memory } : {}
    };
  }
  return out;
}
function add(a, b) {
  for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
}
function annualReport(options) {
  const dates = workdaysOf(options.year, options.calendar);
  const unitDirs = [...options.repo.units.keys()].filter((u2) => options.unit === void 0 || u2 === options.unit).sort();
  const units = unitDirs.map((u2) => unitYear(options, u2, dates)).filter((u2) => u2.systems > 0 || options.unit !== void 0);
  const holdings = emptyHoldings();
  const applications = {};
  for (const u2 of units) {
    holdings.hosts += u2.holdings.hosts;
    holdings.vcpu += u2.holdings.vcpu;
    holdings.memoryGB += u2.holdings.memoryGB;
    holdings.storageGB += u2.holdings.storageGB;
    add(holdings.services, u2.holdings.services);
    add(applications, u2.applications);
  }
  const measured = units.flatMap((u2) => u2.hosts.filter((h) => h.utilization));
  const cpu = mean(measured.flatMap((h) => h.utilization?.cpu ? [h.utilization.cpu.average] : []));
  const memory = mean(measured.flatMap((h) => h.utilization?.memory ? [h.utilization.memory.average] : []));
  return {
    year: options.year,
    workdays: dates.length,
    ...options.metrics ? { metrics: options.metrics.label } : {},
    units,
    total: {
      units: units.length,
      systems: units.reduce((s, u2) => s + u2.systems, 0),
      holdings,
      applications,
      delivered: units.reduce((s, u2) => s + u2.delivered, 0),
      revoked: units.reduce((s, u2) => s + u2.revoked.length, 0),
      lowLoad: units.reduce((s, u2) => s + u2.hosts.filter((h) => h.lowLoad).length, 0),
      ...measured.length > 0 ? {
        utilization: {
          hosts: measured.length,
          ...cpu !== void 0 ? { cpu } : {},
          ...memory !== void 0 ? { memory } : {}
        }
      } : {}
    }
  };
}

// scripts/core/report/annual-render.ts
var pct2 = (n) => n === void 0 ? "\u2014" : `${Math.round(n * 10) / 10}%`;
var int = (n) => n.toLocaleString("en-US");
var labels = {
  zh: {
    title: (y) => `${y} \u5E74\u5EA6\u653F\u52A1\u4E91\u4F7F\u7528\u60C5\u51B5`,
    unit: "\u5355\u4F4D",
    systems: "\u7CFB\u7EDF",
    hosts: "\u4E3B\u673A\uFF08\u53F0\uFF09",
    vcpu: "vCPU\uFF08\u6838\uFF09",
    memory: "\u5185\u5B58\uFF08GB\uFF09",
    storage: "\u5B58\u50A8\uFF08GB\uFF09",
    cpu: "CPU \u5E73\u5747",
    mem: "\u5185\u5B58\u5E73\u5747",
    lowLoad: "\u4F4E\u8D1F\u8F7D\u4E3B\u673A",
    applications: "\u7533\u8BF7\uFF08\u4EFD\uFF09",
    delivered: "\u4EA4\u4ED8\uFF08\u4EFD\uFF09",
    revoked: "\u64A4\u9500\u8D44\u6E90\uFF08\u9879\uFF09",
    total: "\u5408\u8BA1",
    noMetrics: "\u6CA1\u6709\u5229\u7528\u7387\u6570\u636E\uFF08--metrics\uFF09\uFF1A\u5229\u7528\u7387\u4E0E\u4F4E\u8D1F\u8F7D\u4E24\u5217\u4E3A\u7A7A\u3002",
    workdays: (n, s) => `\u5168\u5E74 ${n} \u4E2A\u5DE5\u4F5C\u65E5${s ? `\uFF1B\u5229\u7528\u7387\u53D6\u81EA ${s}` : ""}\u3002\u8D44\u6E90\u4E3A 12 \u6708 31 \u65E5\u6301\u6709\u7684\u3002`,
    lowLoadTitle: "\u4F4E\u8D1F\u8F7D\u4E3B\u673A",
    system: "\u7CFB\u7EDF",
    resource: "\u8D44\u6E90",
    spec: "\u89C4\u683C",
    none: "\u65E0"
  },
  en: {
    title: (y) => `Government cloud usage in ${y}`,
    unit: "Unit",
    systems: "Systems",
    hosts: "Hosts",
    vcpu: "vCPU",
    memory: "Memory (GB)",
    storage: "Storage (GB)",
    cpu: "CPU avg",
    mem: "Memory avg",
    lowLoad: "Low-load hosts",
    applications: "Applications",
    delivered: "Delivered",
    revoked: "Revoked resources",
    total: "Total",
    noMetrics: "No utilization data (--metrics): the utilization and low-load columns are empty.",
    workdays: (n, s) => `${n} working days${s ? `; utilization from ${s}` : ""}. Resources held on 31 December.`,
    lowLoadTitle: "Low-load hosts",
    system: "System",
    resource: "Resource",
    spec: "Spec",
    none: "none"
  }
};
var sum = (r) => Object.values(r).reduce((a, b) => a + b, 0);
function rowOf(u2, low, revoked) {
  const h = u2.holdings;
  return [
    int(u2.systems),
    int(h.hosts),
    int(h.vcpu),
    int(h.memoryGB),
    int(h.storageGB),
    pct2(u2.utilization?.cpu),
    pct2(u2.utilization?.memory),
    int(low),
    int(sum(u2.applications)),
    int(u2.delivered),
    int(revoked)
  ];
}
function table(report, l) {
  const head = [
    l.unit,
    l.systems,
    l.hosts,
    l.vcpu,
    l.memory,
    l.storage,
    l.cpu,
    l.mem,
    l.lowLoad,
    l.applications,
    l.delivered,
    l.revoked
  ];
  const rows = report.units.map((u2) => [
    u2.name,
    ...rowOf(u2, u2.hosts.filter((h) => h.lowLoad).length, u2.revoked.length)
  ]);
  rows.push([l.total, ...rowOf(report.total, report.total.lowLoad, report.total.revoked)]);
  return { head, rows };
}
function annualMarkdown(report, part, lang) {
  const l = labels[lang];
  const { head, rows } = table(report, l);
  const cell4 = (s) => inlineText(s).replace(/\|/g, "\\|");
  const out = [
    `# ${l.title(report.year)}`,
    "",
    `${inlineText(part.basis.text[lang])}\u3014${formatCitation(part.basis.citation)}\u3015`,
    "",
    l.workdays(report.workdays, report.metrics === void 0 ? void 0 : inlineText(report.metrics)),
    ...report.metrics === void 0 ? ["", l.noMetrics] : [],
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => i === 0 ? "---" : "---:").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell4).join(" | ")} |`),
    "",
    `## ${l.lowLoadTitle}`,
    "",
    `${inlineText(part.lowLoad.rule[lang])}\u3014${formatCitation(part.lowLoad.citation)}\u3015`,
    ""
  ];
  const low = report.units.flatMap((u2) => u2.hosts.filter((h) => h.lowLoad).map((h) => ({ u: u2, h })));
  if (low.length === 0) out.push(l.none);
  else {
    out.push(
      `| ${l.unit} | ${l.system} | ${l.resource} | ${l.spec} | ${l.cpu} | ${l.mem} |`,
      "| --- | --- | --- | --- | ---: | ---: |"
    );
    for (const { u: u2, h } of low)
      out.push(
        `| ${[u2.name, h.system, h.resource, `${h.vcpu}C${h.memoryGB}G \xD7 ${h.hosts.length}`, pct2(h.utilization?.cpu?.average), pct2(h.utilization?.memory?.average)].map(cell4).join(" | ")} |`
      );
  }
  return `${out.join("\n")}
`;
}
function barChart(title, bars) {
  const width = 640;
  const labelWidth = 200;
  const barHeight = 18;
  const gap = 6;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = 28 + bars.length * (barHeight + gap);
  const items2 = bars.map((b, i) => {
    const y = 24 + i * (barHeight + gap);
    const w = Math.round((width - labelWidth - 80) * b.value / max);
    return [
      `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end" font-size="11">${htmlText(b.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="#4a6fa5"/>`,
      `<text x="${labelWidth + w + 4}" y="${y + 13}" font-size="11">${htmlText(b.text)}</text>`
    ].join("");
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${htmlText(title)}"><text x="0" y="14" font-size="13" font-weight="bold">${htmlText(title)}</text>${items2.join("")}</svg></figure>`;
}
function annualHtml(report, part, lang) {
  const l = labels[lang];
  const { head, rows } = table(report, l);
  const tr = (cells, tag) => `<tr>${cells.map((c) => `<${tag}>${htmlText(c)}</${tag}>`).join("")}</tr>`;
  const charts = [
    barChart(
      l.vcpu,
      report.units.map((u2) => ({ label: u2.name, value: u2.holdings.vcpu, text: int(u2.holdings.vcpu) }))
    ),
    ...report.metrics === void 0 ? [] : [
      barChart(
        l.cpu,
        report.units.map((u2) => ({
          label: u2.name,
          value: u2.utilization?.cpu ?? 0,
          text: pct2(u2.utilization?.cpu)
        }))
      )
    ]
  ];
  return [
    "<!doctype html>",
    `<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${htmlText(l.title(report.year))}</title>`,
    "<style>@page{size:A4 landscape;margin:14mm}body{font-family:'Noto Sans CJK SC','Source Han Sans SC',sans-serif;font-size:11px}table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #999;padding:3px 5px}td:not(:first-child){text-align:right}figure{margin:10px 0}</style>",
    "</head><body>",
    `<h1>${htmlText(l.title(report.year))}</h1>`,
    `<p>${htmlText(part.basis.text[lang])}\u3014${htmlText(formatCitation(part.basis.citation))}\u3015</p>`,
    `<p>${htmlText(l.workdays(report.workdays, report.metrics))}${report.metrics === void 0 ? ` ${htmlText(l.noMetrics)}` : ""}</p>`,
    `<table><thead>${tr(head, "th")}</thead><tbody>${rows.map((r) => tr(r, "td")).join("")}</tbody></table>`,
    ...charts,
    "</body></html>"
  ].join("\n");
}

// scripts/core/clock.ts
var hour = 36e5;
var beijingOffset = 8 * hour;
function beijingDate(timestamp) {
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) throw new RangeError(`\u4E0D\u662F\u6709\u6548\u7684\u65F6\u95F4\uFF1A${timestamp}`);
  return new Date(t + beijingOffset).toISOString().slice(0, 10);
}
function beijingMinute(timestamp) {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t + beijingOffset).toISOString().slice(0, 16).replace("T", " ");
}
function clockAt(instant) {
  const iso2 = instant.toISOString().replace(".000Z", "Z");
  return { instant: iso2, today: beijingDate(iso2) };
}
var datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
var dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
function realDate(y, m, d) {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}
function parseClock(text2) {
  const value = text2.trim();
  const date = datePattern.exec(value);
  if (date) {
    const [y2, m, d2] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!realDate(y2, m, d2)) return void 0;
    return clockAt(new Date(Date.UTC(y2, m - 1, d2, 12) - beijingOffset));
  }
  const dt = dateTimePattern.exec(value);
  if (!dt) return void 0;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i] ?? 0));
  if (!realDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return void 0;
  const zone = dt[8];
  const iso2 = `${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:${dt[6] ?? "00"}${dt[7] ?? ""}${zone === void 0 ? "+08:00" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  const t = Date.parse(iso2);
  return Number.isNaN(t) ? void 0 : clockAt(new Date(t));
}
function notAfter(timestamp, now) {
  return Date.parse(timestamp) > Date.parse(now) ? now : timestamp;
}

// scripts/cli/options.ts
import { resolve as resolve2 } from "node:path";
import pc2 from "picocolors";
var processIo = () => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  colorDefault: pc2.isColorSupported
});
var UsageError = class extends Error {
  constructor(zh, en) {
    super(en);
    this.zh = zh;
    this.en = en;
  }
  zh;
  en;
};
function parseLang(value) {
  if (value === void 0 || value === "zh" || value === "zh-CN") return "zh";
  if (value === "en") return "en";
  throw new UsageError(`--lang \u53EA\u80FD\u662F zh \u6216 en\uFF0C\u8FD9\u91CC\u662F ${value}\u3002`, `--lang must be zh or en, not ${value}.`);
}
function langOfArgv(argv) {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh";
  const value = argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "zh";
}
function repositoryRoot(io, rootOption, options = {}) {
  const root = resolve2(io.cwd, rootOption ?? ".");
  const fs = diskFs(root);
  if (fs.exists(requestsDir) || options.orCatalog && fs.exists("catalog")) return { root, fs };
  const what = options.orCatalog ? "requests/ \u6216 catalog/" : "requests/";
  const whatEn = options.orCatalog ? "requests/ or catalog/" : "requests/";
  throw new UsageError(
    `${root} \u4E0D\u662F\u7533\u8BF7\u4ED3\u5E93\uFF08\u6CA1\u6709 ${what}\uFF09\u3002\u8BF7\u5728\u4ED3\u5E93\u6839\u76EE\u5F55\u8FD0\u884C\uFF0C\u6216\u7528 --root \u6307\u5B9A\u3002`,
    `${root} is not the request repository (no ${whatEn}). Run from its root or pass --root.`
  );
}

// scripts/cli/clock.ts
function cliClock(option, sources = {}) {
  const env = sources.env ?? process.env;
  const fromEnv = env.GOVCLOUD_NOW?.trim() ? env.GOVCLOUD_NOW : void 0;
  const text2 = option ?? fromEnv;
  if (text2 === void 0) return clockAt((sources.now ?? (() => /* @__PURE__ */ new Date()))());
  const clock = parseClock(text2);
  if (clock) return clock;
  const name2 = option !== void 0 ? "--now" : "\u73AF\u5883\u53D8\u91CF GOVCLOUD_NOW";
  const nameEn = option !== void 0 ? "--now" : "the environment variable GOVCLOUD_NOW";
  throw new UsageError(
    `${name2} \u5E94\u4E3A\u65E5\u671F YYYY-MM-DD \u6216\u65F6\u95F4 YYYY-MM-DDTHH:MM[:SS][\u65F6\u533A]\uFF08\u4E0D\u5199\u65F6\u533A\u6309\u5317\u4EAC\u65F6\u95F4\uFF09\uFF0C\u8FD9\u91CC\u662F ${text2}\u3002`,
    `${nameEn} must be a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM[:SS][zone] (Beijing time without a zone), not ${text2}.`
  );
}

// scripts/cli/metrics.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { basename, resolve as resolve3 } from "node:path";

// scripts/core/rules/metrics-file.ts
var MetricsFormatError = class extends Error {
};
var aliases = {
  host: "host",
  ip: "host",
  hostname: "host",
  date: "date",
  day: "date",
  timestamp: "timestamp",
  time: "timestamp",
  cpu_avg: "cpuAverage",
  cpuaverage: "cpuAverage",
  cpu_peak: "cpuPeak",
  cpupeak: "cpuPeak",
  mem_avg: "memoryAverage",
  memory_avg: "memoryAverage",
  memoryaverage: "memoryAverage",
  mem_peak: "memoryPeak",
  memory_peak: "memoryPeak",
  memorypeak: "memoryPeak",
  storage_used: "storageUsedPercent",
  storageusedpercent: "storageUsedPercent",
  cpu: "cpu",
  memory: "memory",
  mem: "memory",
  storage: "storage"
};
function parseCsv(source) {
  const lines = source.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header3 = (lines.shift() ?? "").split(",").map((h) => h.trim().toLowerCase());
  return lines.map((line2, i) => {
    const cells = line2.split(",").map((c) => c.trim());
    if (cells.length !== header3.length)
      throw new MetricsFormatError(`\u7B2C ${i + 2} \u884C\u6709 ${cells.length} \u5217\uFF0C\u8868\u5934\u6709 ${header3.length} \u5217`);
    return Object.fromEntries(header3.map((h, k) => [h, cells[k]]));
  });
}
function num(row, key, line2) {
  const v = row[key];
  if (v === void 0 || v === "") return void 0;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new MetricsFormatError(`\u7B2C ${line2} \u6761\u8BB0\u5F55\u7684 ${key} \u4E0D\u662F 0\u2013100 \u7684\u767E\u5206\u6570\uFF1A${v}`);
  return n;
}
function parseMetrics(source, format) {
  let rows;
  if (format === "json") {
    let data;
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new MetricsFormatError(`\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A${error.message}`);
    }
    if (!Array.isArray(data)) throw new MetricsFormatError("JSON \u9876\u5C42\u5E94\u4E3A\u8BB0\u5F55\u6570\u7EC4");
    rows = data.map(
      (r) => Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k.toLowerCase(), v])
      )
    );
  } else rows = parseCsv(source);
  const daily = /* @__PURE__ */ new Map();
  rows.forEach((raw2, i) => {
    const line2 = format === "csv" ? i + 2 : i + 1;
    const row = {};
    for (const [k, v] of Object.entries(raw2)) {
      const key2 = aliases[k.replace(/[^a-z_]/g, "")];
      if (key2) row[key2] = v;
    }
    const host = String(row.host ?? "");
    if (!host) throw new MetricsFormatError(`\u7B2C ${line2} \u6761\u8BB0\u5F55\u7F3A\u5C11 host`);
    const date = String(row.date ?? String(row.timestamp ?? "").slice(0, 10));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new MetricsFormatError(`\u7B2C ${line2} \u6761\u8BB0\u5F55\u7F3A\u5C11\u65E5\u671F\uFF08date \u6216 timestamp\uFF09`);
    const key = `${host}|${date}`;
    const entry2 = daily.get(key) ?? { host, date, cpu: [], mem: [], storage: [], d: { host, date } };
    if (row.timestamp !== void 0) {
      const cpu = num(row, "cpu", line2);
      const mem = num(row, "memory", line2);
      const storage = num(row, "storage", line2);
      if (cpu !== void 0) entry2.cpu.push(cpu);
      if (mem !== void 0) entry2.mem.push(mem);
      if (storage !== void 0) entry2.storage.push(storage);
    } else {
      const set = (field) => {
        const v = num(row, field, line2);
        if (v !== void 0) entry2.d[field] = v;
      };
      for (const f of ["cpuAverage", "cpuPeak", "memoryAverage", "memoryPeak", "storageUsedPercent"])
        set(f);
    }
    daily.set(key, entry2);
  });
  const mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...daily.values()].map(({ cpu, mem, storage, d }) => ({
    ...d,
    ...cpu.length ? { cpuAverage: mean2(cpu), cpuPeak: Math.max(...cpu) } : {},
    ...mem.length ? { memoryAverage: mean2(mem), memoryPeak: Math.max(...mem) } : {},
    ...storage.length ? { storageUsedPercent: Math.max(...storage) } : {}
  }));
}
function metricsFromDaily(label3, rows) {
  const byHost2 = /* @__PURE__ */ new Map();
  for (const r of rows) byHost2.set(r.host, [...byHost2.get(r.host) ?? [], r]);
  return {
    label: label3,
    window(hosts, dates) {
      const wanted = new Set(dates);
      const days = hosts.flatMap((h) => byHost2.get(h) ?? []).filter((r) => wanted.has(r.date));
      if (days.length === 0) return void 0;
      const agg = (avg, peak) => {
        const a = days.map(avg).filter((v) => v !== void 0);
        const p = days.map(peak).filter((v) => v !== void 0);
        return a.length ? { average: a.reduce((x, y) => x + y, 0) / a.length, peak: Math.max(...p.length ? p : a) } : void 0;
      };
      const cpu = agg(
        (r) => r.cpuAverage,
        (r) => r.cpuPeak
      );
      const memory = agg(
        (r) => r.memoryAverage,
        (r) => r.memoryPeak
      );
      const st = days.map((r) => r.storageUsedPercent).filter((v) => v !== void 0);
      return {
        days: new Set(days.map((d) => d.date)).size,
        ...cpu ? { cpu } : {},
        ...memory ? { memory } : {},
        ...st.length ? { storage: { peak: Math.max(...st) } } : {}
      };
    }
  };
}

// scripts/cli/metrics.ts
function openMetrics(spec, cwd) {
  const m = /^file:(.+)$/.exec(spec);
  if (!m)
    throw new UsageError(
      `--metrics \u5E94\u5199\u6210 file:<\u8DEF\u5F84>\uFF08JSON \u6216 CSV \u5BFC\u51FA\uFF09\uFF0C\u8FD9\u91CC\u662F ${spec}\u3002`,
      `--metrics must be file:<path> (a JSON or CSV export), not ${spec}.`
    );
  const path = resolve3(cwd, m[1]);
  let source;
  try {
    source = readFileSync4(path, "utf8");
  } catch {
    throw new UsageError(`\u8BFB\u4E0D\u5230\u5229\u7528\u7387\u6587\u4EF6 ${m[1]}\u3002`, `Cannot read the metrics file ${m[1]}.`);
  }
  const format = /\.json$/i.test(path) ? "json" : "csv";
  try {
    return metricsFromDaily(`\u6587\u4EF6 ${basename(path)}`, parseMetrics(source, format));
  } catch (error) {
    if (error instanceof MetricsFormatError)
      throw new UsageError(
        `\u5229\u7528\u7387\u6587\u4EF6 ${m[1]} \u683C\u5F0F\u4E0D\u5BF9\uFF1A${error.message}\u3002`,
        `The metrics file ${m[1]} is malformed: ${error.message}.`
      );
    throw error;
  }
}

// scripts/cli/annual.ts
var annualUsage = `govcloud report annual --year <\u5E74\u4EFD> [--unit <\u5355\u4F4D\u76EE\u5F55>] [--metrics file:<\u5229\u7528\u7387\u5BFC\u51FA>] [--format markdown|json|html|pdf] [--out <\u6587\u4EF6>] [--root <\u76EE\u5F55>] [--lang en]
    \u5E74\u5EA6\u4F7F\u7528\u60C5\u51B5\uFF08\u5404\u5355\u4F4D\u5E74\u672B\u6301\u6709\u7684\u8D44\u6E90\u3001\u5168\u5E74\u5229\u7528\u7387\u4E0E\u4F4E\u8D1F\u8F7D\u4E3B\u673A\u3001\u5168\u5E74\u7684\u7533\u8BF7\u4E0E\u64A4\u9500\uFF09\uFF1AMarkdown\u3001JSON\uFF0C\u6216\u5E26\u6761\u5F62\u56FE\u7684 HTML / PDF`;
var formats = ["markdown", "json", "html", "pdf"];
async function runAnnual(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      year: { type: "string" },
      unit: { type: "string" },
      metrics: { type: "string" },
      format: { type: "string", default: "markdown" },
      out: { type: "string" },
      root: { type: "string" },
      lang: { type: "string" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${annualUsage}
`);
    return 0;
  }
  const lang = parseLang(values.lang);
  const clock = cliClock(values.now, io);
  const year = Number(values.year ?? clock.today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2e3 || year > 2100)
    throw new UsageError(
      `--year \u5E94\u4E3A\u56DB\u4F4D\u5E74\u4EFD\uFF0C\u5982 2026\uFF0C\u8FD9\u91CC\u662F ${values.year}\u3002`,
      `--year must be a year such as 2026, not ${values.year}.`
    );
  const format = values.format;
  if (!formats.includes(format))
    throw new UsageError(
      `--format \u53EA\u80FD\u662F ${formats.join("\u3001")}\uFF0C\u8FD9\u91CC\u662F ${values.format}\u3002`,
      `--format must be one of ${formats.join(", ")}, not ${values.format}.`
    );
  if (format === "pdf" && !values.out)
    throw new UsageError("PDF \u987B\u7528 --out <\u6587\u4EF6> \u6307\u5B9A\u5199\u5230\u54EA\u91CC\u3002", "PDF output needs --out <file>.");
  const { fs } = repositoryRoot(io, values.root);
  const { repo } = loadRepositoryState2(fs, repositoryProfiles);
  const profile = registeredProfile(repo.profile);
  const part = profile?.annual;
  if (!profile || !part) {
    io.stderr(`govcloud report annual\uFF1A\u672C\u4ED3\u5E93\u7684\u89C4\u8303\uFF08${repo.profile}\uFF09\u6CA1\u6709\u5E74\u5EA6\u62A5\u544A\u7684\u53E3\u5F84\u3002
`);
    return 1;
  }
  if (values.unit !== void 0 && !repo.units.has(values.unit))
    throw new UsageError(
      `\u4ED3\u5E93\u91CC\u6CA1\u6709\u5355\u4F4D ${values.unit}\uFF08requests/${values.unit}/unit.yaml\uFF09\u3002`,
      `No unit ${values.unit} in the repository.`
    );
  const report = annualReport({
    year,
    repo,
    catalogs: repositoryProfiles.catalogs,
    calendar: nationalCalendar(),
    part,
    ...values.unit !== void 0 ? { unit: values.unit } : {},
    ...values.metrics !== void 0 ? { metrics: openMetrics(values.metrics, io.cwd) } : {}
  });
  const output = format === "json" ? `${JSON.stringify(report, null, 2)}
` : format === "markdown" ? annualMarkdown(report, part, lang) : annualHtml(report, part, lang);
  if (format !== "pdf") {
    if (values.out) writeFileSync2(resolve4(io.cwd, values.out), output);
    else io.stdout(output);
    return 0;
  }
  try {
    await withPdfPrinter(async (printer) => {
      writeFileSync2(resolve4(io.cwd, values.out), await printer.htmlToPdf(output));
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      io.stderr(`govcloud report annual\uFF1A${error.message}
`);
      return 2;
    }
    throw error;
  }
  return 0;
}

// scripts/cli/audit.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join5, resolve as resolve5 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// scripts/adapters/github.ts
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck";

// scripts/core/review/names.ts
var stageNames = {
  initiation: text("\u53D1\u8D77", "Initiation"),
  review: text("\u5BA1\u67E5", "Review"),
  consultation: text("\u54A8\u8BE2\u8BC4\u4F30", "Consultant evaluation"),
  approval: text("\u5BA1\u6279", "Approval"),
  implementation: text("\u5B9E\u65BD", "Implementation"),
  returned: text("\u5DF2\u9000\u56DE", "Returned"),
  expired: text("\u5DF2\u8FC7\u671F", "Expired"),
  closed: text("\u5DF2\u5173\u95ED", "Closed")
};
var roleNames = {
  author: text("\u53D1\u8D77\u4EBA", "author"),
  reviewers: text("\u5BA1\u67E5\u4EBA\u5458", "reviewers"),
  consultants: text("\u54A8\u8BE2\u5355\u4F4D", "consultants"),
  approvers: text("\u5BA1\u6279\u4EBA\u5458", "approvers"),
  implementers: text("\u63D0\u4F9B\u5546\u5B9E\u65BD\u5DE5\u7A0B\u5E08", "provider engineers")
};

// scripts/core/review/effects.ts
function managedLabels(config) {
  return /* @__PURE__ */ new Set([...Object.values(config.labels.stages), config.labels.late]);
}
function desiredLabels(result, config) {
  if (!result.applies) return [];
  return [config.labels.stages[result.stage], ...result.late ? [config.labels.late] : []];
}
function labelChanges(current, result, config) {
  const managed = managedLabels(config);
  const want = new Set(desiredLabels(result, config));
  const have = new Set(current);
  return {
    add: [...want].filter((l) => !have.has(l)),
    remove: current.filter((l) => managed.has(l) && !want.has(l))
  };
}
function commitStatus(result, config, lang = "zh") {
  const context = config.status.context;
  const name2 = stageNames[result.stage][lang];
  const due = result.clock?.deadline ? lang === "zh" ? `\uFF0C\u622A\u6B62 ${result.clock.deadline}` : `, due ${result.clock.deadline}` : "";
  const waiting = result.waitingFor ? roleNames[result.waitingFor.role][lang] : "";
  let state;
  let description;
  if (!result.applies) {
    state = "success";
    description = lang === "zh" ? "\u4E0D\u6D89\u53CA\u7533\u8BF7\u6587\u4EF6\uFF0C\u65E0\u9700\u5BA1\u6279" : "No application files: no approval needed";
  } else if (result.stage === "implementation") {
    state = "success";
    description = lang === "zh" ? `\u5DF2\u5BA1\u6279\uFF0C\u8FDB\u5165\u5B9E\u65BD${due}` : `Approved; implementation${due}`;
  } else if (result.stage === "returned" || result.stage === "expired" || result.stage === "closed") {
    state = "failure";
    description = lang === "zh" ? `${name2}\uFF1A\u7B49\u5F85${waiting || "\u53D1\u8D77\u4EBA"}` : `${name2}: waiting for ${waiting || "the author"}`;
  } else {
    state = "pending";
    description = lang === "zh" ? `${name2}\uFF1A\u7B49\u5F85${waiting}${due}${result.late ? "\uFF08\u5DF2\u8D85\u65F6\uFF09" : ""}` : `${name2}: waiting for ${waiting}${due}${result.late ? " (late)" : ""}`;
  }
  return { context, state, description: truncate(description, 140) };
}
var truncate = (s, n) => {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join("")}\u2026`;
};

// scripts/core/review/registry.ts
import yaml5 from "js-yaml";
function unitRecords(repo) {
  const out = /* @__PURE__ */ new Map();
  for (const [dir, loaded] of repo.units) {
    const u2 = loaded.data;
    const contacts = [];
    for (const [key, system] of repo.systems) {
      if (!key.startsWith(`${dir}/`)) continue;
      for (const c of [system.data.owner, system.data.technicalContact])
        if (c?.github) contacts.push(c.github);
    }
    out.set(dir, {
      name: u2.name,
      ...u2.supervisor ? { supervisor: u2.supervisor } : {},
      agents: u2.agents.map((a) => ({
        name: a.name,
        github: a.github,
        scope: a.scope,
        validFrom: String(a.validFrom),
        validTo: String(a.validTo),
        ...a.revokedOn !== void 0 ? { revokedOn: String(a.revokedOn) } : {}
      })),
      contacts
    });
  }
  return out;
}
var types = ["new", "change", "revoke", "ports", "test", "test-renewal"];
var isoDate = /^\d{4}-\d{2}-\d{2}$/;
function applicationInfo(path, source) {
  const place = classify(path);
  if (place.kind !== "application") return void 0;
  const info = { file: path, unit: place.unit, system: place.system };
  if (source === void 0) return info;
  let data;
  try {
    data = yaml5.load(source, { schema: yaml5.JSON_SCHEMA, filename: path });
  } catch {
    return info;
  }
  if (data === null || typeof data !== "object") return info;
  const d = data;
  if (types.includes(d.type)) info.type = d.type;
  if (typeof d.date === "string" && isoDate.test(d.date)) info.date = d.date;
  const shutdown = d.shutdown;
  if (shutdown && typeof shutdown === "object") {
    if (shutdown.required === true) info.shutdownRequired = true;
    if (typeof shutdown.date === "string" && isoDate.test(shutdown.date)) info.shutdownDate = shutdown.date;
  }
  return info;
}
function proposedUnitRecords(sources, registered) {
  const out = /* @__PURE__ */ new Map();
  for (const [path, source] of sources) {
    const place = classify(path);
    if (place.kind !== "unit" || registered.has(place.unit)) continue;
    let data;
    try {
      data = yaml5.load(source, { schema: yaml5.JSON_SCHEMA, filename: path });
    } catch {
      continue;
    }
    const d = data;
    if (!d || typeof d.name !== "string" || !Array.isArray(d.agents)) continue;
    const agents = d.agents.filter(
      (a) => a !== null && typeof a === "object" && typeof a.github === "string" && typeof a.validFrom === "string" && typeof a.validTo === "string" && (a.scope === "own" || a.scope === "supervisor-and-own")
    );
    out.set(place.unit, {
      name: d.name,
      ...typeof d.supervisor === "string" ? { supervisor: d.supervisor } : {},
      agents,
      contacts: []
    });
  }
  return out;
}

// scripts/core/review/render.ts
var stageFormats = ["text", "json", "markdown"];
var commentMarker = "<!-- govcloud:stage -->";
function renderStage(result, format, lang) {
  switch (format) {
    case "json":
      return `${JSON.stringify(toJson(result, lang), null, 2)}
`;
    case "markdown":
      return renderMarkdown(result, lang);
    case "text":
      return renderText2(result, lang);
  }
}
function toJson(result, lang) {
  return {
    ...result,
    stageName: stageNames[result.stage][lang],
    reasons: result.reasons.map((r) => ({
      code: r.code,
      blocking: r.blocking,
      message: r.message[lang],
      ...r.citation ? { citation: r.citation, cited: formatCitation(r.citation) } : {}
    }))
  };
}
var L = {
  zh: {
    stage: "\u9636\u6BB5",
    waiting: "\u7B49\u5F85",
    deadline: "\u622A\u6B62",
    left: (n) => n >= 0 ? `\u8FD8\u6709 ${n} \u4E2A\u5DE5\u4F5C\u65E5` : `\u5DF2\u8D85\u8FC7 ${-n} \u4E2A\u5DE5\u4F5C\u65E5`,
    late: "\u5DF2\u8D85\u65F6",
    onTime: "\u6309\u65F6",
    reasons: "\u8BF4\u660E",
    timeline: "\u8FDB\u5EA6",
    validUntil: "\u7533\u8BF7\u6709\u6548\u671F\u81F3",
    notApplicable: "\u4E0D\u6D89\u53CA\u7533\u8BF7",
    none: "\u2014",
    shutdown: "\u5173\u673A\u5F53\u5929",
    workdays: (n) => `${n} \u4E2A\u5DE5\u4F5C\u65E5`,
    open: "\u8FDB\u884C\u4E2D",
    approvedBy: "\u8BA1\u5165\u7684\u6279\u51C6"
  },
  en: {
    stage: "Stage",
    waiting: "Waiting for",
    deadline: "Due",
    left: (n) => n >= 0 ? `${n} working day(s) left` : `${-n} working day(s) overdue`,
    late: "late",
    onTime: "on time",
    reasons: "Reasons",
    timeline: "Timeline",
    validUntil: "Application valid until",
    notApplicable: "not an application",
    none: "\u2014",
    shutdown: "shutdown day",
    workdays: (n) => `${n} working day(s)`,
    open: "in progress",
    approvedBy: "Approvals counted"
  }
};
var day = beijingMinute;
function who(w, lang, md3) {
  if (!w) return L[lang].none;
  const at = (s) => md3 ? `@${s}` : `@${s}`;
  const people = [...w.teams.map(at), ...w.users.map(at)];
  return `${roleNames[w.role][lang]}${people.length > 0 ? ` ${people.join(lang === "zh" ? "\u3001" : ", ")}` : ""}`;
}
function deadlineText(c, lang) {
  if (!c) return L[lang].none;
  if (c.deadline === void 0) return c.workdays === "shutdown-day" ? L[lang].shutdown : L[lang].none;
  const left = c.workdaysLeft !== void 0 ? `\uFF08${L[lang].left(c.workdaysLeft)}\uFF09` : "";
  const late = c.late && c.workdaysLeft === void 0 ? ` ${L[lang].late}` : "";
  return `${c.deadline}${lang === "zh" ? left : left.replace("\uFF08", " (").replace("\uFF09", ")")}${late}`;
}
function span(c, lang) {
  if (c.workdays === void 0) return L[lang].none;
  return c.workdays === "shutdown-day" ? L[lang].shutdown : L[lang].workdays(c.workdays);
}
function headline(result, lang) {
  if (!result.applies) return `PR #${result.pr} \xB7 ${L[lang].notApplicable}`;
  const since = lang === "zh" ? `\uFF08\u81EA ${day(result.since)}\uFF09` : ` (since ${day(result.since)})`;
  return `PR #${result.pr} \xB7 ${L[lang].stage}${lang === "zh" ? "\uFF1A" : ": "}${stageNames[result.stage][lang]}${since}`;
}
function renderText2(result, lang) {
  const t = L[lang];
  const sep4 = lang === "zh" ? "\uFF1A" : ": ";
  const lines = [headline(result, lang)];
  if (result.applies) {
    lines.push(`${t.waiting}${sep4}${who(result.waitingFor, lang, false)}`);
    if (result.clock) lines.push(`${t.deadline}${sep4}${deadlineText(result.clock, lang)}`);
  }
  lines.push(`${t.reasons}${sep4.trimEnd()}`);
  for (const r of result.reasons)
    lines.push(
      `  ${r.blocking ? "\u2717" : "\xB7"} ${r.message[lang]}${r.citation ? ` \u3014${formatCitation(r.citation)}\u3015` : ""}`
    );
  if (result.timeline.length > 0) {
    lines.push(`${t.timeline}${sep4.trimEnd()}`);
    for (const c of result.timeline) {
      const end = c.end ? day(c.end) : t.open;
      const due = c.deadline ? `${t.deadline} ${c.deadline}` : "";
      const status = c.end ? c.late ? t.late : c.deadline ? t.onTime : "" : c.late ? t.late : "";
      lines.push(
        `  ${stageNames[c.stage][lang]}  ${day(c.start)} \u2192 ${end}  ${span(c, lang)}  ${due}${status ? `  ${status}` : ""}`.trimEnd()
      );
    }
  }
  if (result.approvals.length > 0)
    lines.push(
      `${t.approvedBy}${sep4}${result.approvals.map((a) => `${stageNames[a.stage][lang]} @${a.user}`).join(lang === "zh" ? "\uFF0C" : ", ")}`
    );
  if (result.validUntil) lines.push(`${t.validUntil} ${result.validUntil}${validityNote(result, lang)}`);
  return `${lines.join("\n")}
`;
}
var validityNote = (result, lang) => result.validityCitation === void 0 ? "" : lang === "zh" ? `\uFF08${formatCitation(result.validityCitation)}\uFF09` : ` (${formatCitation(result.validityCitation)})`;
function renderMarkdown(result, lang) {
  const t = L[lang];
  const sep4 = lang === "zh" ? "\uFF1A" : ": ";
  const out = [commentMarker, `### ${headline(result, lang)}`, ""];
  if (result.applies) {
    out.push(`**${t.waiting}**${sep4}${who(result.waitingFor, lang, true)}  `);
    if (result.clock) out.push(`**${t.deadline}**${sep4}${deadlineText(result.clock, lang)}`);
    out.push("");
  }
  for (const r of result.reasons)
    out.push(
      `- ${r.blocking ? "\u274C" : "\u2139\uFE0F"} ${inlineText(r.message[lang])}${r.citation ? ` \u3014${formatCitation(r.citation)}\u3015` : ""}`
    );
  if (result.timeline.length > 0) {
    const head = lang === "zh" ? "| \u9636\u6BB5 | \u5F00\u59CB | \u5B8C\u6210 | \u65F6\u9650 | \u622A\u6B62 | |" : "| Stage | Started | Done | Clock | Due | |";
    out.push("", head, "| --- | --- | --- | --- | --- | --- |");
    for (const c of result.timeline) {
      const status = c.late ? `\u26A0\uFE0F ${t.late}` : c.end && c.deadline ? `\u2705 ${t.onTime}` : "";
      out.push(
        `| ${stageNames[c.stage][lang]} | ${day(c.start)} | ${c.end ? day(c.end) : t.open} | ${span(c, lang)} | ${c.deadline ?? t.none} | ${status} |`
      );
    }
  }
  if (result.approvals.length > 0)
    out.push(
      "",
      `${t.approvedBy}${sep4}${result.approvals.map((a) => `${stageNames[a.stage][lang]} @${a.user}`).join(lang === "zh" ? "\uFF0C" : ", ")}`
    );
  if (result.validUntil) out.push("", `${t.validUntil} ${result.validUntil}${validityNote(result, lang)}`);
  out.push(
    "",
    lang === "zh" ? `<sub>\u7531 govcloud stage \u6839\u636E PR \u7684\u63D0\u4EA4\u3001\u5BA1\u67E5\u610F\u89C1\u548C\u6807\u7B7E\u91CD\u65B0\u8BA1\u7B97\uFF08\u63D0\u4EA4 ${result.headSha.slice(0, 7)}\uFF09\u3002\u8BF7\u52FF\u7F16\u8F91\u8FD9\u6761\u8BC4\u8BBA\u3002</sub>` : `<sub>Recomputed by govcloud stage from the pull request's commits, reviews and labels (commit ${result.headSha.slice(0, 7)}). Do not edit this comment.</sub>`
  );
  return `${out.join("\n")}
`;
}

// scripts/adapters/github-map.ts
function pullRequestInfo(pr) {
  const headRepo = pr.head.repo?.full_name;
  const merged = typeof pr.merged === "boolean" ? pr.merged : pr.merged_at !== void 0 && pr.merged_at !== null;
  return {
    number: pr.number,
    // 作者账号被删除时 GitHub 给出 null：按“ghost”处理（它不会是任何单位的代理人）
    author: pr.user?.login ?? "ghost",
    createdAt: pr.created_at,
    headSha: pr.head.sha,
    draft: pr.draft === true,
    state: pr.state === "closed" ? "closed" : "open",
    merged,
    ...merged && pr.merged_at ? { mergedAt: pr.merged_at } : {},
    ...pr.state === "closed" && pr.closed_at ? { closedAt: pr.closed_at } : {},
    // head 仓库已删除（null）的 PR 也按 fork 处理：不依赖 head 仓库的任何东西
    fromFork: headRepo === void 0 || headRepo.toLowerCase() !== pr.base.repo.full_name.toLowerCase()
  };
}
var labelNames = (pr) => (pr.labels ?? []).map((l) => l.name).filter((n) => typeof n === "string");
var fileStatuses = /* @__PURE__ */ new Set(["added", "modified", "removed", "renamed", "copied", "changed", "unchanged"]);
function changedFile(f) {
  if (typeof f === "string") return { path: f, status: "modified" };
  return {
    path: f.filename,
    status: fileStatuses.has(f.status ?? "") ? f.status : "modified",
    ...f.previous_filename ? { previousPath: f.previous_filename } : {}
  };
}
function commit(c) {
  if ("date" in c) return { sha: c.sha, date: c.date, ...c.pushedAt ? { pushedAt: c.pushedAt } : {} };
  const date = c.commit.committer?.date ?? c.commit.author?.date;
  return { sha: c.sha, date: date ?? "1970-01-01T00:00:00Z" };
}
var reviewStates = /* @__PURE__ */ new Set([
  "APPROVED",
  "CHANGES_REQUESTED",
  "COMMENTED",
  "DISMISSED",
  "PENDING"
]);
function review(r) {
  const state = r.state.toUpperCase();
  if (!reviewStates.has(state) || state === "PENDING") return void 0;
  if (!r.user || !r.commit_id || !r.submitted_at) return void 0;
  return {
    user: r.user.login,
    state,
    commitId: r.commit_id,
    submittedAt: r.submitted_at,
    ...r.body ? { body: r.body } : {}
  };
}
function validationFromChecks(runs, name2) {
  const mine = runs.filter((r) => r.name === name2).sort((a, b) => b.id - a.id);
  const run = mine[0];
  if (!run) return { state: "missing" };
  if (run.status !== "completed") return { state: "pending" };
  if (run.conclusion === "success" || run.conclusion === "neutral") return { state: "passed" };
  if (run.conclusion === "skipped") return { state: "missing" };
  return { state: "failed" };
}

// scripts/adapters/github.ts
function parseRepo(value) {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value);
  return m ? { owner: m[1], repo: m[2] } : void 0;
}
var GitHubAccessError = class extends Error {
  constructor(zh, en, status) {
    super(zh);
    this.zh = zh;
    this.en = en;
    this.status = status;
  }
  zh;
  en;
  status;
};
var noRetry = { request: { retries: 0 } };
var RetryingOctokit = Octokit.plugin(retry, throttling);
function createOctokit(options = {}) {
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const noWait = options.noWait === true;
  const tooLong = /* @__PURE__ */ new WeakMap();
  const onLimit = (retryAfter, request, _octokit, retryCount) => {
    if (retryAfter > maxWait) {
      tooLong.set(request, retryAfter);
      return false;
    }
    return retryCount < retries;
  };
  const immediate = () => new Bottleneck.Group({ maxConcurrent: 1 });
  const octokit = new RetryingOctokit({
    ...options.token ? { auth: options.token } : {},
    ...options.baseUrl ? { baseUrl: options.baseUrl } : {},
    userAgent: options.userAgent ?? "govcloud",
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } },
    retry: {
      retries,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451, 501],
      ...noWait ? { retryAfterBaseValue: 0 } : {}
    },
    throttle: {
      onRateLimit: onLimit,
      onSecondaryRateLimit: onLimit,
      ...noWait ? { retryAfterBaseValue: 0, write: immediate(), notifications: immediate(), search: immediate() } : {}
    }
  });
  octokit.hook.error("request", (error, request) => {
    const wait = tooLong.get(request);
    if (wait === void 0) throw error;
    throw new GitHubAccessError(
      `GitHub \u7684 API \u9650\u6D41\u8981 ${wait} \u79D2\u540E\u624D\u89E3\u9664\uFF0C\u8D85\u8FC7\u4E86\u672C\u6B21\u8FD0\u884C\u6700\u591A\u7B49\u5F85\u7684 ${maxWait} \u79D2\uFF08${request.method} ${request.url}\uFF09\uFF1A\u8BF7\u7A0D\u540E\u91CD\u65B0\u8FD0\u884C\u3002`,
      `GitHub's API rate limit lifts in ${wait} s, more than the ${maxWait} s this run waits (${request.method} ${request.url}); run it again later.`
    );
  });
  return octokit;
}
function githubClient(octokit, repo) {
  const { owner, repo: name2 } = repo;
  return {
    async readPullRequest(number) {
      const [{ data: pr }, files2, commits, reviews] = await Promise.all([
        octokit.rest.pulls.get({ owner, repo: name2, pull_number: number }),
        octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo: name2,
          pull_number: number,
          per_page: 100
        }),
        octokit.paginate(octokit.rest.pulls.listCommits, {
          owner,
          repo: name2,
          pull_number: number,
          per_page: 100
        }),
        octokit.paginate(octokit.rest.pulls.listReviews, {
          owner,
          repo: name2,
          pull_number: number,
          per_page: 100
        })
      ]);
      const suites = await octokit.paginate(octokit.rest.checks.listSuitesForRef, {
        owner,
        repo: name2,
        ref: pr.head.sha,
        per_page: 100
      });
      const pushedAt = suites.map((s) => s.created_at).filter((t) => typeof t === "string" && !Number.isNaN(Date.parse(t))).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
      return {
        pr: pullRequestInfo(pr),
        labels: labelNames(pr),
        files: files2.map((f) => changedFile(f)),
        commits: commits.map((c) => {
          const mapped = commit(c);
          return pushedAt && mapped.sha === pr.head.sha ? { ...mapped, pushedAt } : mapped;
        }),
        reviews: reviews.map((r) => review(r)).filter((r) => r !== void 0)
      };
    },
    async teamMembers(team) {
      const [org, slug] = team.split("/");
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100
        });
        return members.map((m) => m.login);
      } catch (error) {
        const status = error.status;
        if (status === 403 || status === 404)
          throw new GitHubAccessError(
            `\u8BFB\u4E0D\u5230\u56E2\u961F ${team} \u7684\u6210\u5458\uFF08HTTP ${status}\uFF09\uFF1A\u5DE5\u4F5C\u6D41\u81EA\u5E26\u7684 GITHUB_TOKEN \u4E0D\u80FD\u8BFB\u7EC4\u7EC7\u7684\u56E2\u961F\uFF0C\u8BF7\u6539\u7528\u6709 members:read \u6743\u9650\u7684 GitHub App \u4EE4\u724C\uFF0C\u6216\u5728 .github/govcloud-review.yaml \u4E2D\u76F4\u63A5\u5217\u51FA\u7528\u6237\u3002`,
            `Cannot read the members of team ${team} (HTTP ${status}): the workflow's GITHUB_TOKEN cannot read organization teams; use a GitHub App token with members:read, or list users in .github/govcloud-review.yaml.`,
            status
          );
        throw error;
      }
    },
    async validation(sha, checkName2) {
      const { data } = await octokit.rest.checks.listForRef({
        owner,
        repo: name2,
        ref: sha,
        check_name: checkName2,
        filter: "latest",
        per_page: 100
      });
      return validationFromChecks(data.check_runs, checkName2);
    },
    async fileText(path, sha) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo: name2, path, ref: sha });
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return void 0;
        return Buffer.from(data.content, "base64").toString("utf8");
      } catch (error) {
        if (error.status === 404) return void 0;
        throw error;
      }
    },
    async listComments(number) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo: name2,
        issue_number: number,
        per_page: 100
      });
      return comments.map((c) => ({
        id: c.id,
        body: c.body ?? "",
        login: c.user?.login ?? "",
        type: c.user?.type ?? ""
      }));
    },
    async createComment(number, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo: name2,
        issue_number: number,
        body,
        ...noRetry
      });
      return data.id;
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo: name2, comment_id: id, body });
    },
    async addLabels(number, labels4) {
      await octokit.rest.issues.addLabels({ owner, repo: name2, issue_number: number, labels: labels4 });
    },
    async removeLabel(number, label3) {
      try {
        await octokit.rest.issues.removeLabel({ owner, repo: name2, issue_number: number, name: label3 });
      } catch (error) {
        if (error.status !== 404) throw error;
      }
    },
    async currentStatus(sha, context) {
      const { data } = await octokit.rest.repos.getCombinedStatusForRef({
        owner,
        repo: name2,
        ref: sha,
        per_page: 100
      });
      const s = data.statuses.find((x) => x.context === context);
      return s ? { state: s.state, description: s.description ?? "" } : void 0;
    },
    async createStatus(sha, status) {
      await octokit.rest.repos.createCommitStatus({
        owner,
        repo: name2,
        sha,
        context: status.context,
        state: status.state,
        description: status.description,
        ...status.targetUrl ? { target_url: status.targetUrl } : {}
      });
    }
  };
}
async function gatherStage(client, number, config, wantSource) {
  const data = await client.readPullRequest(number);
  const teamNames = [...new Set(Object.values(config.roles).flatMap((r) => r.teams))];
  const [members, validation, texts] = await Promise.all([
    Promise.all(teamNames.map(async (t) => [t, new Set(await client.teamMembers(t))])),
    client.validation(data.pr.headSha, config.validation.check),
    Promise.all(
      data.files.filter((f) => f.status !== "removed" && wantSource(f.path)).map(async (f) => [f.path, await client.fileText(f.path, data.pr.headSha)])
    )
  ]);
  const sources = /* @__PURE__ */ new Map();
  for (const [path, source] of texts) if (source !== void 0) sources.set(path, source);
  return { ...data, teams: new Map(members), validation, sources };
}
var wantsSource = (path) => {
  const kind = classify(path).kind;
  return kind === "application" || kind === "unit";
};
function stageInput(pull, context) {
  return {
    ...context,
    pr: pull.pr,
    files: pull.files,
    commits: pull.commits,
    reviews: pull.reviews,
    labels: pull.labels,
    teams: pull.teams,
    proposedUnits: proposedUnitRecords(pull.sources, context.units),
    applications: pull.files.filter((f) => f.status !== "removed").map((f) => applicationInfo(f.path, pull.sources.get(f.path))).filter((a) => a !== void 0),
    validation: pull.validation
  };
}
async function writeStage(client, current, result, config, options = {}) {
  const lang = options.lang ?? "zh";
  const report = {
    labelsAdded: [],
    labelsRemoved: [],
    status: "unchanged",
    comment: "unchanged",
    skipped: []
  };
  const guarded = async (action, write) => {
    try {
      await write();
      return true;
    } catch (error) {
      const status2 = error.status;
      if (status2 === 403 || status2 === 404) {
        report.skipped.push({ action, status: status2 });
        return false;
      }
      throw error;
    }
  };
  const changes2 = labelChanges(current.labels, result, config);
  if (changes2.add.length > 0 && await guarded("labels", () => client.addLabels(current.number, changes2.add)))
    report.labelsAdded = changes2.add;
  for (const label3 of changes2.remove)
    if (await guarded("labels", () => client.removeLabel(current.number, label3)))
      report.labelsRemoved.push(label3);
  const status = commitStatus(result, config, lang);
  const existing = await client.currentStatus(current.headSha, status.context);
  if (!existing || existing.state !== status.state || existing.description !== status.description) {
    if (await guarded(
      "status",
      () => client.createStatus(current.headSha, {
        ...status,
        ...options.targetUrl ? { targetUrl: options.targetUrl } : {}
      })
    ))
      report.status = "created";
  }
  const body = renderStage(result, "markdown", lang);
  const ensured = await ensureComment(client, current.number, body, options.botLogin, guarded);
  report.comment = ensured.outcome;
  if (ensured.id !== void 0) report.commentId = ensured.id;
  return report;
}
async function ensureComment(client, number, body, botLogin, guarded) {
  const own = (c) => c.body.includes(commentMarker) && (botLogin ? c.login.toLowerCase() === botLogin.toLowerCase() : c.type === "Bot");
  const find = async () => (await client.listComments(number)).find(own);
  const found = await find();
  if (found) {
    if (found.body.trim() === body.trim()) return { outcome: "unchanged", id: found.id };
    await guarded("comment", () => client.updateComment(found.id, body));
    return { outcome: "updated", id: found.id };
  }
  let id;
  try {
    await guarded("comment", async () => {
      id = await client.createComment(number, body);
    });
  } catch (error) {
    const status = error.status ?? 0;
    if (status < 500) throw error;
    const again = await find();
    if (again) return { outcome: "created", id: again.id };
    await guarded("comment", async () => {
      id = await client.createComment(number, body);
    });
  }
  return id === void 0 ? { outcome: "unchanged" } : { outcome: "created", id };
}
var checklistCommentQuery = `query ($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on IssueComment {
      body
      author { __typename login }
      editor { __typename login }
      lastEditedAt
      repository { nameWithOwner }
      issue { number }
      userContentEdits(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { editedAt editor { __typename login } }
      }
    }
  }
}`;
var actor = (a) => a ? { login: a.login, type: a.__typename } : null;
async function readChecklistComment(octokit, repo, id, maxPages = 10) {
  let nodeId = id;
  if (/^\d+$/.test(id)) {
    try {
      const { data } = await octokit.rest.issues.getComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: Number(id)
      });
      nodeId = data.node_id;
    } catch (error) {
      if (error.status === 404) return void 0;
      throw error;
    }
  }
  let first;
  const edits = [];
  let after = null;
  let complete = false;
  for (let page = 0; page < maxPages; page++) {
    let response;
    try {
      response = await octokit.graphql(checklistCommentQuery, { id: nodeId, after });
    } catch (error) {
      const errors = error.errors;
      if (errors?.some((e) => e.type === "NOT_FOUND")) return void 0;
      throw error;
    }
    const node = response.node;
    if (node?.__typename !== "IssueComment") return void 0;
    const comment = node;
    if (first && comment.lastEditedAt !== first.lastEditedAt) break;
    first ??= comment;
    for (const e of comment.userContentEdits?.nodes ?? [])
      if (e) edits.push({ editedAt: e.editedAt, editor: actor(e.editor) });
    const info = comment.userContentEdits?.pageInfo;
    if (!info?.hasNextPage || !info.endCursor) {
      complete = true;
      break;
    }
    after = info.endCursor;
  }
  if (!first) return void 0;
  return {
    body: first.body,
    author: actor(first.author),
    editor: actor(first.editor),
    lastEditedAt: first.lastEditedAt,
    edits,
    complete,
    repository: first.repository.nameWithOwner,
    issueNumber: first.issue?.number ?? null
  };
}

// scripts/core/audit/render.ts
import stringWidth2 from "string-width";

// scripts/core/audit/metrics.ts
function inMemorySource(source) {
  return { label: source.label, prefetch: async () => source };
}
var hostIds = (i) => [i.ip, i.hostname].filter((h) => h !== void 0 && h !== "");
function auditHosts(systems, config) {
  const services = new Set(config.lowLoadServices);
  const out = /* @__PURE__ */ new Set();
  for (const v of systems)
    for (const r of v.history.current.resources.values())
      if (services.has(r.service)) for (const i of r.instances) for (const h of hostIds(i)) out.add(h);
  return [...out];
}
var windowKey = (dates) => dates.join(",");
function prefetchedSource(label3, results2) {
  return {
    label: label3,
    window(hosts, dates) {
      const key = windowKey(dates);
      const found = [...new Set(hosts)].map((h) => results2.get(key)?.get(h)).filter((u2) => u2 !== void 0);
      if (found.length === 0) return void 0;
      if (found.length === 1) return found[0];
      const combine = (pick) => {
        let weight = 0;
        let sum2 = 0;
        let peak = Number.NEGATIVE_INFINITY;
        for (const u2 of found) {
          const v = pick(u2);
          if (!v) continue;
          weight += u2.days;
          sum2 += v.average * u2.days;
          peak = Math.max(peak, v.peak);
        }
        return weight > 0 ? { average: sum2 / weight, peak } : void 0;
      };
      const cpu = combine((u2) => u2.cpu);
      const memory = combine((u2) => u2.memory);
      const storage = found.map((u2) => u2.storage?.peak).filter((v) => v !== void 0);
      return {
        days: Math.max(...found.map((u2) => u2.days)),
        ...cpu ? { cpu } : {},
        ...memory ? { memory } : {},
        ...storage.length ? { storage: { peak: Math.max(...storage) } } : {}
      };
    }
  };
}

// scripts/core/audit/sizing.ts
var minimumConfig = { vcpu: 4, memoryGB: 8 };
function isMinimumConfig(config) {
  return (config.vcpu ?? 0) <= minimumConfig.vcpu && (config.memoryGB ?? 0) <= minimumConfig.memoryGB;
}
function deliveredMoreThanThreeMonths(deliveredOn, today) {
  return today > addMonths(deliveredOn, 3);
}
var cpuScaleDownMet = (u2) => u2?.cpu !== void 0 && u2.cpu.average < 4 && u2.cpu.peak < 40;
var memoryScaleDownMet = (u2) => u2?.memory !== void 0 && u2.memory.average < 25;
function ceilTo(value, multiple) {
  return Math.max(multiple, Math.ceil(value / multiple - 1e-9) * multiple);
}
function suggestSize(current, observed, met, granularity, headroom) {
  const size = (now, peak, average, peakTarget, averageTarget, g) => {
    const needed2 = Math.max(now * peak / peakTarget, now * average / averageTarget);
    const next = Math.max(g.min, ceilTo(needed2, g.multiple));
    return Math.min(now, next);
  };
  return {
    vcpu: met.cpu ? size(
      current.vcpu,
      observed.cpuPeak,
      observed.cpuAverage,
      headroom.cpuPeakPercent,
      headroom.cpuAveragePercent,
      granularity.vcpu
    ) : current.vcpu,
    memoryGB: met.memory ? size(
      current.memoryGB,
      observed.memoryPeak,
      observed.memoryAverage,
      headroom.memoryPeakPercent,
      headroom.memoryAveragePercent,
      granularity.memoryGB
    ) : current.memoryGB
  };
}
function projected(now, next, percent2) {
  return next === 0 ? percent2 : percent2 * now / next;
}

// scripts/core/audit/assess.ts
var cache2 = /* @__PURE__ */ new WeakMap();
function auditWindow(ctx) {
  try {
    return ctx.calendar.workdaysBefore(ctx.today, 5);
  } catch (error) {
    if (error instanceof CalendarRangeError) return [];
    throw error;
  }
}
function assess(ctx) {
  const cached = cache2.get(ctx);
  if (cached) return cached;
  const window = auditWindow(ctx);
  const services = new Set(ctx.config.lowLoadServices);
  const assessments = [];
  for (const view of ctx.systems) {
    const catalog = ctx.catalogs(view.system.profile);
    for (const resource of view.history.current.resources.values()) {
      if (!services.has(resource.service) || resource.kind !== "production") continue;
      const base = { view, resource, hosts: [], met: { cpu: false, memory: false } };
      if (resource.deliveredOn === void 0 || resource.instances.length === 0) {
        assessments.push({ ...base, status: "undelivered" });
        continue;
      }
      const hosts = resource.instances.map((i) => {
        const u2 = window.length ? ctx.metrics?.window(hostIds(i), window) : void 0;
        return {
          name: i.name,
          ...i.ip ? { ip: i.ip } : {},
          ...i.hostname ? { hostname: i.hostname } : {},
          ...u2 ? { utilization: u2 } : {}
        };
      });
      const complete = window.length > 0 && hosts.every((h) => (h.utilization?.days ?? 0) >= window.length);
      const combined = window.length ? ctx.metrics?.window(resource.instances.flatMap(hostIds), window) : void 0;
      const measured = { ...base, hosts, ...combined ? { combined } : {} };
      if (!deliveredMoreThanThreeMonths(resource.deliveredOn, ctx.today)) {
        assessments.push({ ...measured, status: complete ? "young" : "no-data" });
        continue;
      }
      if (isMinimumConfig(resource.config)) {
        assessments.push({ ...measured, status: complete ? "minimum" : "no-data" });
        continue;
      }
      if (!complete || !combined) {
        assessments.push({ ...measured, status: "no-data" });
        continue;
      }
      const met = {
        cpu: hosts.every((h) => cpuScaleDownMet(h.utilization)),
        memory: hosts.every((h) => memoryScaleDownMet(h.utilization))
      };
      if (!met.cpu && !met.memory) {
        assessments.push({ ...measured, met, status: "normal" });
        continue;
      }
      const max = (pick) => Math.max(0, ...hosts.map((h) => h.utilization ? pick(h.utilization) ?? 0 : 0));
      const next = catalog ? suggestSize(
        { vcpu: resource.config.vcpu ?? 0, memoryGB: resource.config.memoryGB ?? 0 },
        {
          cpuPeak: max((u2) => u2.cpu?.peak),
          cpuAverage: max((u2) => u2.cpu?.average),
          memoryPeak: max((u2) => u2.memory?.peak),
          memoryAverage: max((u2) => u2.memory?.average)
        },
        met,
        catalog.profile.granularity,
        ctx.config.headroom
      ) : void 0;
      assessments.push({ ...measured, met, status: "low", ...next ? { next } : {} });
    }
  }
  const result = { window, assessments };
  cache2.set(ctx, result);
  return result;
}

// scripts/core/audit/drafts.ts
var yamlSpecial = /^(?:true|false|yes|no|on|off|null|~|-?\d[\d_.:eE+-]*)$/i;
function scalar(value) {
  if (typeof value !== "string") return String(value);
  const plain2 = value !== "" && !yamlSpecial.test(value) && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/[:#]\s|\s$|[\n\r\t]|: |\s#/.test(value) && !value.endsWith(":");
  return plain2 ? value : JSON.stringify(value);
}
var round1 = (n) => Math.round(n * 10) / 10;
var pad3 = (n) => String(n).padStart(4, "0");
var sequenceNote = (sequence2) => text(
  `\u5E8F\u53F7 ${sequence2} \u662F\u4E3B\u5206\u652F\u4E0A\u672C\u7CFB\u7EDF\u7684\u4E0B\u4E00\u4E2A\uFF1B\u5DF2\u6709\u672A\u5408\u5E76\u7684\u7533\u8BF7\u5360\u7528\u5B83\u65F6\uFF0C\u8BF7\u987A\u5EF6\u5E8F\u53F7\u4E0E\u6587\u4EF6\u540D`,
  `Sequence ${sequence2} is the system's next on the main branch; if an unmerged application already uses it, take the next one (and rename the file)`
);
var header2 = (view, sequence2, type, today, comment) => [
  "# yaml-language-server: $schema=../../../schemas/shenzhen/application.schema.json",
  ...comment.map((c) => `# ${c}`),
  "kind: application",
  `profile: ${scalar(view.system.profile)}`,
  `sequence: ${sequence2}`,
  `type: ${type}`,
  `date: ${today}`,
  `unit: ${scalar(view.unit?.name ?? view.unitDir)}`,
  `system: ${scalar(view.system.name)}`,
  ""
];
var disk2 = (d) => `{ sizeGB: ${d.sizeGB}, tier: ${d.tier} }`;
function configLines2(c, indent) {
  const out = [];
  if (c.vcpu !== void 0) out.push(`${indent}vcpu: ${c.vcpu}`);
  if (c.memoryGB !== void 0) out.push(`${indent}memoryGB: ${c.memoryGB}`);
  if (c.systemDisk) out.push(`${indent}systemDisk: ${disk2(c.systemDisk)}`);
  if (c.dataDisks?.length) {
    out.push(`${indent}dataDisks:`);
    for (const d of c.dataDisks) out.push(`${indent}  - ${disk2(d)}`);
  }
  return out;
}
function proposeShutdown(calendar, today) {
  try {
    const date = calendar.addWorkdays(today, 10);
    const noticeDate = calendar.workdaysBefore(date, 3)[0];
    return { date, noticeDate };
  } catch (error) {
    if (error instanceof CalendarRangeError) return void 0;
    throw error;
  }
}
function shutdownLines(proposal) {
  if (!proposal)
    return [
      "# \u65E5\u5386\u5C1A\u672A\u6536\u5F55\u5173\u673A\u53EF\u80FD\u843D\u5728\u7684\u5E74\u4EFD\uFF1A\u8BF7\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\u540E\u586B\u5199 date \u4E0E noticeDate\uFF08\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u516C\u544A\uFF09",
      "shutdown:",
      "  required: false"
    ];
  return [
    "# \u5173\u673A\u65E5\u671F\u662F\u5EFA\u8BAE\uFF1A\u8BF7\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\uFF1B\u516C\u544A\u987B\u5728\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\uFF08\u7B2C30\u6761(1)\u3001\u7B2C36\u6761\uFF09",
    "shutdown:",
    "  required: true",
    `  date: ${proposal.date}`,
    `  noticeDate: ${proposal.noticeDate}`
  ];
}
var pct3 = (n) => `${round1(n)}%`;
function hostFigures(hosts) {
  const one = (h, lang) => {
    const u2 = h.utilization;
    const id = h.ip ?? h.hostname ?? h.name;
    if (!u2) return lang === "zh" ? `${h.name}\uFF08${id}\uFF09\u65E0\u6570\u636E` : `${h.name} (${id}) no data`;
    const cpu = u2.cpu ? lang === "zh" ? `CPU \u5E73\u5747 ${pct3(u2.cpu.average)}\u3001\u5CF0\u503C ${pct3(u2.cpu.peak)}` : `CPU avg ${pct3(u2.cpu.average)}, peak ${pct3(u2.cpu.peak)}` : "";
    const mem = u2.memory ? lang === "zh" ? `\u5185\u5B58\u5E73\u5747 ${pct3(u2.memory.average)}\u3001\u5CF0\u503C ${pct3(u2.memory.peak)}` : `memory avg ${pct3(u2.memory.average)}, peak ${pct3(u2.memory.peak)}` : "";
    return lang === "zh" ? `${h.name}\uFF08${id}\uFF09${[cpu, mem].filter(Boolean).join("\uFF0C")}` : `${h.name} (${id}) ${[cpu, mem].filter(Boolean).join("; ")}`;
  };
  return text(hosts.map((h) => one(h, "zh")).join("\uFF1B"), hosts.map((h) => one(h, "en")).join("; "));
}
function draftScaleDown(input) {
  const { view, resource, next, window, combined, today } = input;
  const sequence2 = view.lastSequence + 1;
  const before = {};
  const after = {};
  if (next.vcpu !== resource.config.vcpu) {
    before.vcpu = resource.config.vcpu;
    after.vcpu = next.vcpu;
  }
  if (next.memoryGB !== resource.config.memoryGB) {
    before.memoryGB = resource.config.memoryGB;
    after.memoryGB = next.memoryGB;
  }
  const u2 = combined;
  const utilization = [
    "    utilization:",
    `      window: { from: ${window[0]}, to: ${window[window.length - 1]} }`,
    ...u2.cpu ? [`      cpu: { average: ${round1(u2.cpu.average)}, peak: ${round1(u2.cpu.peak)} }`] : [],
    ...u2.memory ? [`      memory: { average: ${round1(u2.memory.average)}, peak: ${round1(u2.memory.peak)} }`] : [],
    ...u2.storage ? [`      storage: { usedPercent: ${round1(u2.storage.peak)} }`] : []
  ];
  const remark = `\u591C\u95F4\u5BA1\u8BA1\u8D77\u8349\uFF1A${input.source}\uFF0C${window[0]} \u81F3 ${window[window.length - 1]} \u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\uFF1B${hostFigures(input.hosts).zh}\u3002`;
  const lines = [
    ...header2(view, sequence2, "change", today, [
      "\u53D8\u66F4\u7533\u8BF7\uFF08\u7F29\u5BB9\uFF09\uFF1A\u591C\u95F4\u5BA1\u8BA1\u6309\u7B2C19\u6761(2)4\u30015 \u8D77\u8349\uFF0C\u53D1\u653E\u8D85\u8FC7 3 \u4E2A\u6708\u3001\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u5229\u7528\u7387\u6EE1\u8DB3\u7F29\u5BB9\u6307\u6807\u3002",
      "\u8BF7\u4F7F\u7528\u5355\u4F4D\u6838\u5BF9\u914D\u7F6E\u4E0E\u5229\u7528\u7387\u3001\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\u540E\u63D0\u4EA4\uFF1B\u7F29\u5BB9\u53EF\u4E0D\u63D0\u4F9B\u6D4B\u7B97\u62A5\u544A\uFF08\u7B2C27\u6761\uFF09\u3002"
    ]),
    "changes:",
    `  - resource: ${scalar(resource.id)}`,
    "    before:",
    ...configLines2(before, "      "),
    "    after:",
    ...configLines2(after, "      "),
    ...utilization,
    `    remark: ${scalar(remark)}`,
    "",
    ...shutdownLines(proposeShutdown(input.calendar, today)),
    ""
  ];
  return {
    type: "change",
    file: `requests/${view.unitDir}/${view.systemDir}/${pad3(sequence2)}-change.yaml`,
    yaml: lines.join("\n"),
    confirm: [
      sequenceNote(sequence2),
      text(
        "\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\uFF08shutdown.date\uFF09\u5E76\u6309\u65F6\u53D1\u5E03\u516C\u544A",
        "Agree the shutdown day with the provider and publish the notice in time"
      ),
      text(
        "\u9644\u4E0A\u53D8\u66F4\u524D 7\u201315 \u5929\u7684\u76D1\u63A7\u622A\u56FE\uFF08utilization.evidence\uFF0C\u9644\u4EF66\uFF09",
        "Attach the monitoring screenshots of the 7\u201315 days before (utilization.evidence, \u9644\u4EF66)"
      )
    ]
  };
}
function draftRevoke(input) {
  const { view, items: items2, catalog, today } = input;
  const sequence2 = view.lastSequence + 1;
  const lines = [...header2(view, sequence2, "revoke", today, input.comment), "revocations:"];
  let pending = 0;
  for (const { resource, reason } of items2) {
    const holdsData2 = catalog?.serviceById.get(resource.service)?.holdsData !== false;
    const ips = resource.instances.map((i) => i.ip).filter((ip) => ip !== void 0);
    lines.push(`  - resource: ${scalar(resource.id)}`);
    if (ips.length === 1) lines.push(`    ip: ${ips[0]}`);
    if (holdsData2) {
      pending++;
      lines.push(
        "    # \u5F85\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\uFF08\u9644\u4EF65 \u6CE86\uFF09\uFF1Abacked-up\uFF08\u6570\u636E\u5DF2\u5907\u4EFD\uFF09\u6216 not-needed\uFF08\u65E0\u9700\u5907\u4EFD\uFF0C\u5728 remark \u4E2D\u8BF4\u660E\u539F\u56E0\uFF09"
      );
      lines.push("    dataBackup:");
    } else lines.push("    dataBackup: no-data");
    if (reason) lines.push(`    remark: ${scalar(reason)}`);
  }
  if (input.systemOffline !== void 0 || input.wholeSystem) {
    lines.push("revoke:");
    if (input.systemOffline !== void 0) lines.push(`  systemOffline: ${input.systemOffline}`);
    if (input.wholeSystem) lines.push("  wholeSystem: true");
  }
  lines.push("", ...shutdownLines(proposeShutdown(input.calendar, today)), "");
  return {
    type: "revoke",
    file: `requests/${view.unitDir}/${view.systemDir}/${pad3(sequence2)}-revoke.yaml`,
    yaml: lines.join("\n"),
    confirm: [
      ...pending > 0 ? [
        text(
          `\u4E3A ${pending} \u9879\u627F\u8F7D\u6570\u636E\u7684\u8D44\u6E90\u586B\u5199 dataBackup\uFF1A\u6570\u636E\u5DF2\u5907\u4EFD\uFF08backed-up\uFF09\u6216\u65E0\u9700\u5907\u4EFD\uFF08not-needed\uFF09`,
          `Fill in dataBackup for the ${pending} resource(s) holding data: backed-up or not-needed`
        )
      ] : [],
      sequenceNote(sequence2),
      text(
        "\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\uFF08shutdown.date\uFF09\u5E76\u6309\u65F6\u53D1\u5E03\u516C\u544A",
        "Agree the shutdown day with the provider and publish the notice in time"
      )
    ]
  };
}

// scripts/core/audit/checks/define.ts
var defineCheck = (check) => check;
var findingKey = (...parts) => parts.join("/");
var pct4 = (n) => `${Math.round(n * 10) / 10}%`;

// scripts/core/audit/checks/low-load.ts
var lowLoad = defineCheck({
  id: "low-load",
  title: text("\u4F4E\u8D1F\u8F7D\u4E91\u4E3B\u673A", "Low-load cloud hosts"),
  citation: cite("\u7B2C19\u6761", "(2)"),
  severity: "warning",
  needs: "metrics",
  why: text(
    "\u7B2C4\u30015\u6761vCPU\u3001\u5185\u5B58\u7684\u7F29\u5BB9\u6307\u6807\u4E5F\u4F5C\u4E3A\u653F\u52A1\u4E91\u8D44\u6E90\u5229\u7528\u7387\u8003\u6838\u6307\u6807\uFF0C\u9488\u5BF9\u53D1\u653E\u8D85\u8FC73\u4E2A\u6708\u975E\u6700\u4F4E\u914D\uFF084\u68388GB\u5185\u5B58\u53CA\u5176\u4EE5\u4E0B\u89C4\u683C\uFF09\u7684\u4E91\u4E3B\u673A\uFF0C\u7B26\u5408vCPU\u3001\u5185\u5B58\u7F29\u5BB9\u6307\u6807\u4E4B\u4E00\u7684\uFF0C\u5224\u5B9A\u4E3A\u4F4E\u8D1F\u8F7D\u4E91\u4E3B\u673A\uFF08\u7B2C19\u6761(2)\uFF09\u3002",
    "The vCPU and memory scale-down thresholds are also utilization indicators: a cloud host delivered more than 3 months ago and above the minimum (4 vCPU / 8 GB) that meets either is a low-load host (\u7B2C19\u6761(2))."
  ),
  run(ctx) {
    if (!ctx.metrics) return [];
    const source = ctx.metrics.label;
    const { window, assessments } = assess(ctx);
    const from = window[0];
    const to = window[window.length - 1];
    const out = [];
    for (const a of assessments) {
      if (a.status !== "low" || !a.combined) continue;
      const { view, resource: r, combined: u2, next } = a;
      const vcpu = r.config.vcpu ?? 0;
      const memoryGB = r.config.memoryGB ?? 0;
      const n = r.instances.length;
      const zh = [];
      const en = [];
      if (a.met.cpu && u2.cpu) {
        zh.push(
          `CPU \u5E73\u5747 ${pct4(u2.cpu.average)}\u3001\u5CF0\u503C ${pct4(u2.cpu.peak)}\uFF08vCPU \u7F29\u5BB9\u6307\u6807\uFF1A\u5E73\u5747 < 4% \u4E14\u5CF0\u503C < 40%\uFF09`
        );
        en.push(
          `CPU average ${pct4(u2.cpu.average)}, peak ${pct4(u2.cpu.peak)} (vCPU threshold: average < 4 % and peak < 40 %)`
        );
      }
      if (a.met.memory && u2.memory) {
        zh.push(`\u5185\u5B58\u5E73\u5747 ${pct4(u2.memory.average)}\uFF08\u5185\u5B58\u7F29\u5BB9\u6307\u6807\uFF1A\u5E73\u5747 < 25%\uFF09`);
        en.push(`memory average ${pct4(u2.memory.average)} (memory threshold: average < 25 %)`);
      }
      const shrinks = next !== void 0 && (next.vcpu < vcpu || next.memoryGB < memoryGB);
      const draft = shrinks && next ? draftScaleDown({
        view,
        resource: r,
        next,
        window,
        combined: u2,
        hosts: a.hosts,
        source,
        today: ctx.today,
        calendar: ctx.calendar
      }) : void 0;
      const peakCpu = Math.max(0, ...a.hosts.map((h) => h.utilization?.cpu?.peak ?? 0));
      const peakMem = Math.max(0, ...a.hosts.map((h) => h.utilization?.memory?.peak ?? 0));
      const params = {
        resource: r.id,
        hosts: n,
        vcpu,
        memoryGB,
        deliveredOn: r.deliveredOn,
        from,
        to,
        cpuMet: a.met.cpu,
        memoryMet: a.met.memory,
        ...u2.cpu ? { cpuAverage: Math.round(u2.cpu.average * 10) / 10, cpuPeak: Math.round(u2.cpu.peak * 10) / 10 } : {},
        ...u2.memory ? {
          memoryAverage: Math.round(u2.memory.average * 10) / 10,
          memoryPeak: Math.round(u2.memory.peak * 10) / 10
        } : {},
        ...next ? { suggestedVcpu: next.vcpu, suggestedMemoryGB: next.memoryGB } : {}
      };
      const action = draft && next ? text(
        `\u5EFA\u8BAE\u7F29\u5BB9\u4E3A ${next.vcpu} \u6838 ${next.memoryGB} GB\uFF1A\u6309\u5404\u53F0\u4E3B\u673A\u7684\u89C2\u6D4B\u503C\uFF0C\u7F29\u5BB9\u540E CPU \u5CF0\u503C\u7EA6 ${pct4(projected(vcpu, next.vcpu, peakCpu))}\u3001\u5185\u5B58\u5CF0\u503C\u7EA6 ${pct4(projected(memoryGB, next.memoryGB, peakMem))}\uFF0C\u7559\u6709\u4F59\u91CF\u4E14\u4E0D\u89E6\u53CA\u6269\u5BB9\u6761\u4EF6\u3002\u5DF2\u8D77\u8349\u53D8\u66F4\u7533\u8BF7 ${draft.file}\uFF08\u89C1\u4E0B\uFF09\uFF1A\u8BF7\u6838\u5BF9\u3001\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\u540E\u63D0\u4EA4\u3002\u4E1A\u52A1\u6709\u5468\u671F\u6027\u9AD8\u5CF0\u4E0D\u5B9C\u7F29\u5BB9\u7684\uFF0C\u8BF7\u5728\u6B64\u8BF4\u660E\u539F\u56E0\u3002`,
        `Scale down to ${next.vcpu} vCPU / ${next.memoryGB} GB: from each host's observed figures the CPU peak would be about ${pct4(projected(vcpu, next.vcpu, peakCpu))} and the memory peak about ${pct4(projected(memoryGB, next.memoryGB, peakMem))}, with headroom and below the scale-up thresholds. The change application ${draft.file} is drafted below: check it, agree the shutdown day with the provider and submit it. If the system has periodic peaks, explain here why it keeps its size.`
      ) : text(
        "\u6309\u89C2\u6D4B\u5230\u7684\u5CF0\u503C\uFF0C\u7559\u51FA\u4F59\u91CF\u540E\u5DF2\u65E0\u6CD5\u518D\u7F29\u5C0F\u914D\u7F6E\uFF1A\u8BF7\u8BC4\u4F30\u6574\u5408\u590D\u7528\uFF0C\u6216\u5BF9\u957F\u671F\u4F4E\u8D1F\u8F7D\u7684\u7CFB\u7EDF\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF08\u7B2C19\u6761(3)\uFF09\uFF1B\u786E\u9700\u4FDD\u7559\u7684\uFF0C\u8BF7\u5728\u6B64\u8BF4\u660E\u539F\u56E0\uFF0C\u7EB3\u5165\u4F7F\u7528\u60C5\u51B5\u901A\u62A5\uFF08\u7B2C8\u6761\uFF09\u3002",
        "With the observed peaks and the headroom, no smaller configuration fits: consider consolidating, or revoke a system that stays idle (\u7B2C19\u6761(3)); if it must stay, explain why here for the usage report (\u7B2C8\u6761)."
      );
      out.push({
        key: findingKey("low-load", view.unitDir, view.systemDir, r.id),
        title: text(
          `\u4F4E\u8D1F\u8F7D\u4E91\u4E3B\u673A\uFF1A${view.system.name} ${r.id}\uFF08${vcpu} \u6838 ${memoryGB} GB \xD7 ${n}\uFF09`,
          `Low-load host: ${view.system.name} ${r.id} (${vcpu} vCPU / ${memoryGB} GB \xD7 ${n})`
        ),
        unit: view.unitDir,
        ...view.unit ? { unitName: view.unit.name } : {},
        system: view.systemDir,
        systemName: view.system.name,
        resource: r.id,
        message: text(
          `\u4E91\u4E3B\u673A ${r.id}\uFF08${n} \u53F0\uFF0C\u6BCF\u53F0 ${vcpu} \u6838 ${memoryGB} GB\uFF09\u4E8E ${r.deliveredOn} \u4EA4\u4ED8\uFF0C\u5DF2\u8D85\u8FC7 3 \u4E2A\u6708\uFF1B\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\uFF08${from} \u81F3 ${to}\uFF09\u6BCF\u53F0\u4E3B\u673A\u90FD\u6EE1\u8DB3\u7F29\u5BB9\u6307\u6807\uFF1A${zh.join("\uFF1B")}\u3002\u5224\u5B9A\u4E3A\u4F4E\u8D1F\u8F7D\u4E91\u4E3B\u673A\uFF08\u7B2C19\u6761(2)\uFF09\u3002`,
          `Cloud host ${r.id} (${n} host(s), ${vcpu} vCPU / ${memoryGB} GB each) was delivered on ${r.deliveredOn}, more than 3 months ago; over the last 5 working days (${from} to ${to}) every host meets a scale-down threshold: ${en.join("; ")}. It is a low-load host (\u7B2C19\u6761(2)).`
        ),
        action,
        params,
        evidence: { window, source, hosts: a.hosts, combined: u2 },
        ...draft ? { draft } : {}
      });
    }
    return out;
  }
});

// scripts/core/audit/checks/offline-not-revoked.ts
var offlineNotRevoked = defineCheck({
  id: "offline-not-revoked",
  title: text(
    "\u7CFB\u7EDF\u4E0B\u7EBF 2 \u4E2A\u6708\u540E\u4ECD\u6709\u5728\u7528\u8D44\u6E90",
    "Resources still in use 2 months after the system went offline"
  ),
  citation: cite("\u7B2C19\u6761", "(3)"),
  severity: "error",
  why: text(
    "\u5F53\u7CFB\u7EDF\u4E0B\u7EBF\u540E\uFF0C\u4F7F\u7528\u5355\u4F4D\u5E94\u57282\u4E2A\u6708\u5185\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF0C\u56DE\u6536\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u3001\u4E91\u8D44\u6E90\uFF0C\u505A\u597D\u7CFB\u7EDF\u3001\u6570\u636E\u5B89\u5168\u7BA1\u7406\uFF08\u7B2C19\u6761(3)\uFF09\u3002",
    "Once a system is taken offline, the unit files the revocation within 2 months, reclaiming security policies, backup jobs and resources (\u7B2C19\u6761(3))."
  ),
  run(ctx) {
    const out = [];
    for (const view of ctx.systems) {
      let offline;
      for (const { data: a } of view.applications)
        if (a.type === "revoke" && a.revoke?.systemOffline !== void 0) {
          if (!offline || a.sequence > offline.sequence)
            offline = { date: a.revoke.systemOffline, sequence: a.sequence };
        }
      if (!offline) continue;
      const due = addMonths(offline.date, 2);
      const left = [...view.history.current.resources.values()];
      if (ctx.today <= due || left.length === 0) continue;
      const ids = left.map((r) => r.id).sort();
      const draft = draftRevoke({
        view,
        items: left.map((resource) => ({ resource })),
        catalog: ctx.catalogs(view.system.profile),
        today: ctx.today,
        calendar: ctx.calendar,
        systemOffline: offline.date,
        wholeSystem: true,
        comment: [
          `\u64A4\u9500\u7533\u8BF7\uFF1A\u7CFB\u7EDF\u4E8E ${offline.date} \u4E0B\u7EBF\uFF08\u7B2C ${offline.sequence} \u53F7\u7533\u8BF7\uFF09\uFF0C\u591C\u95F4\u5BA1\u8BA1\u4E3A\u4ECD\u5728\u7528\u7684\u8D44\u6E90\u8D77\u8349\uFF08\u7B2C19\u6761(3)\uFF09\u3002`,
          "\u8BF7\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\uFF08\u9644\u4EF65 \u6CE86\uFF09\u3001\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\u540E\u63D0\u4EA4\u3002"
        ]
      });
      out.push({
        key: findingKey("offline-not-revoked", view.unitDir, view.systemDir),
        title: text(
          `\u7CFB\u7EDF\u4E0B\u7EBF 2 \u4E2A\u6708\u540E\u4ECD\u6709 ${ids.length} \u9879\u5728\u7528\u8D44\u6E90\uFF1A${view.system.name}`,
          `${ids.length} resource(s) still in use 2 months after going offline: ${view.system.name}`
        ),
        unit: view.unitDir,
        ...view.unit ? { unitName: view.unit.name } : {},
        system: view.systemDir,
        systemName: view.system.name,
        message: text(
          `\u7CFB\u7EDF\u4E8E ${offline.date} \u4E0B\u7EBF\uFF08\u7B2C ${offline.sequence} \u53F7\u7533\u8BF7\u8BB0\u5F55\uFF09\uFF0C\u5E94\u5728 2 \u4E2A\u6708\u5185\uFF08\u6700\u8FDF ${due}\uFF09\u64A4\u9500\u5168\u90E8\u4E91\u8D44\u6E90\uFF0C\u81F3\u4ECA\u4ECD\u6709 ${ids.length} \u9879\u5728\u7528\uFF1A${ids.join("\u3001")}\u3002`,
          `The system went offline on ${offline.date} (recorded by application ${offline.sequence}); all its resources were due for revocation by ${due}, yet ${ids.length} remain: ${ids.join(", ")}.`
        ),
        action: text(
          `\u5DF2\u8D77\u8349\u64A4\u9500\u7533\u8BF7 ${draft.file}\uFF08\u89C1\u4E0B\uFF0CwholeSystem: true\uFF09\uFF1A\u8BF7\u786E\u8BA4\u6570\u636E\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\u540E\u63D0\u4EA4\uFF0C\u4E00\u5E76\u56DE\u6536\u5B89\u5168\u7B56\u7565\u4E0E\u5907\u4EFD\u4F5C\u4E1A\u3002`,
          `The revocation ${draft.file} is drafted below (wholeSystem: true): confirm the data backup and submit it, reclaiming security policies and backup jobs too.`
        ),
        params: { systemOffline: offline.date, due, remaining: ids.join(",") },
        draft
      });
    }
    return out;
  }
});

// scripts/core/review/authorization.ts
var sameLogin = (a, b) => a.toLowerCase() === b.toLowerCase();
function unitsOfFiles(files2) {
  const byUnit = /* @__PURE__ */ new Map();
  const outside = [];
  for (const f of files2) {
    for (const path of f.previousPath && f.previousPath !== f.path ? [f.previousPath, f.path] : [f.path]) {
      const unit = unitOf3(path);
      if (unit === void 0) {
        outside.push(path);
        continue;
      }
      const list3 = byUnit.get(unit) ?? [];
      list3.push(path);
      byUnit.set(unit, list3);
    }
  }
  return { byUnit, outside };
}
function unitOf3(path) {
  const parts = path.split("/");
  if (parts[0] !== "requests" || parts.length < 3) return void 0;
  const place = classify(path);
  if (place.kind === "unit" || place.kind === "system" || place.kind === "application" || place.kind === "delivery")
    return place.unit;
  return parts[1];
}
function agentStatus(unit, login, today) {
  const entries = unit.agents.filter((a) => sameLogin(a.github, login));
  if (entries.length === 0) return { ok: false, code: "unauthorized" };
  const valid = entries.find(
    (a) => a.validFrom <= today && today <= a.validTo && (a.revokedOn === void 0 || a.revokedOn > today)
  );
  if (valid) return { ok: true, agent: valid };
  const agent = entries[entries.length - 1];
  if (agent.revokedOn !== void 0 && agent.revokedOn <= today)
    return { ok: false, code: "authorization-revoked", agent };
  if (today < agent.validFrom) return { ok: false, code: "authorization-not-yet-valid", agent };
  return { ok: false, code: "authorization-expired", agent };
}
function checkAuthorization(options) {
  const { author, today, touched, units, citation } = options;
  const letter = formatCitation(options.letter);
  const reasons2 = [];
  const ownUnits = [...units].filter(([, u2]) => agentStatus(u2, author, today).ok).map(([name2]) => name2);
  for (const [unitDir, files2] of touched) {
    const registered = units.get(unitDir);
    const proposed = registered ? void 0 : options.proposed?.get(unitDir);
    const record = registered ?? proposed;
    const sample = files2[0] ?? `requests/${unitDir}/`;
    if (!record) {
      reasons2.push({
        code: "unit-unregistered",
        blocking: true,
        citation,
        message: text(
          `\u5355\u4F4D\u76EE\u5F55 requests/${unitDir}/ \u6CA1\u6709\u5DF2\u5408\u5E76\u7684\u5355\u4F4D\u767B\u8BB0\uFF08unit.yaml\uFF09\uFF0C\u65E0\u6CD5\u6838\u5BF9 @${author} \u7684\u6388\u6743\u3002\u8BF7\u5148\u63D0\u4EA4\u5355\u4F4D\u767B\u8BB0\u53CA\u6388\u6743\u59D4\u6258\u4E66\uFF08${letter}\uFF09\u3002`,
          `requests/${unitDir}/ has no merged unit registration (unit.yaml), so @${author}'s authorization cannot be checked. Register the unit with its letter of authorization (${letter}) first.`
        )
      });
      continue;
    }
    if (proposed)
      reasons2.push({
        code: "unit-proposed",
        blocking: false,
        citation,
        message: text(
          `\u5355\u4F4D ${record.name}\uFF08requests/${unitDir}/\uFF09\u662F\u672C PR \u65B0\u767B\u8BB0\u7684\uFF1A\u6388\u6743\u6309 PR \u4E2D\u7684 unit.yaml \u6838\u5BF9\uFF0C\u5BA1\u67E5\u4EBA\u5458\u987B\u6838\u5BF9\u6388\u6743\u59D4\u6258\u4E66\u626B\u63CF\u4EF6\uFF08${letter}\uFF09\u4E0E\u5355\u4F4D\u516C\u7AE0\u3002`,
          `The unit ${record.name} (requests/${unitDir}/) is registered by this PR: the authorization is checked against the PR's unit.yaml; reviewers must check the scanned letter (${letter}) and the unit's seal.`
        )
      });
    const direct = agentStatus(record, author, today);
    if (direct.ok) continue;
    const viaSubordinate = [...units].find(
      ([, u2]) => u2.supervisor === unitDir && (() => {
        const s = agentStatus(u2, author, today);
        return s.ok && s.agent.scope === "supervisor-and-own";
      })()
    );
    if (viaSubordinate) continue;
    const unitName = `${record.name}\uFF08requests/${unitDir}/\uFF09`;
    const what = describe3(direct, author, unitName, citation);
    if (direct.code === "unauthorized" && ownUnits.length > 0) {
      reasons2.push({
        code: "other-unit",
        blocking: true,
        citation,
        message: text(
          `@${author} \u662F ${ownUnits.map((u2) => units.get(u2)?.name ?? u2).join("\u3001")} \u7684\u6388\u6743\u4EE3\u7406\u4EBA\uFF0C\u53EA\u80FD\u6539\u52A8\u672C\u5355\u4F4D${scopeNote(units, ownUnits, author, today)}\u7684\u6587\u4EF6\uFF0C\u5374\u6539\u52A8\u4E86 ${unitName} \u7684 ${files2.join("\u3001")}\u3002\u8BF7\u628A\u8FD9\u4E9B\u6539\u52A8\u79FB\u51FA\u672C PR\uFF0C\u7531\u8BE5\u5355\u4F4D\u7684\u6388\u6743\u4EE3\u7406\u4EBA\u63D0\u4EA4\u3002`,
          `@${author} is an authorized agent of ${ownUnits.join(", ")} and may only change that unit's files, but changed ${files2.join(", ")} of ${unitDir}. Move these changes out of this pull request; an agent of that unit must submit them.`
        )
      });
      continue;
    }
    reasons2.push({
      code: direct.code,
      blocking: true,
      citation,
      message: text(
        `${what.zh}\u6539\u52A8\u4E86 ${sample}${files2.length > 1 ? ` \u7B49 ${files2.length} \u4E2A\u6587\u4EF6` : ""}\u3002\u7533\u8BF7\u987B\u7531\u6301\u6709\u6709\u6548\u6388\u6743\u59D4\u6258\u4E66\uFF08${letter}\uFF09\u7684\u4EE3\u7406\u4EBA\u63D0\u4EA4\uFF1A\u8BF7\u8BE5\u5355\u4F4D\u5728 unit.yaml \u7684 agents \u4E2D\u767B\u8BB0\uFF08\u6216\u7EED\u671F\uFF09\u6388\u6743\uFF0C\u5408\u5E76\u540E\u518D\u63D0\u4EA4\u3002`,
        `${what.en} but changed ${sample}${files2.length > 1 ? ` and ${files2.length - 1} more` : ""}. Applications must come from an agent with a valid letter of authorization (${letter}): the unit must register (or renew) the agent in unit.yaml first.`
      )
    });
  }
  return reasons2;
}
function scopeNote(units, own, author, today) {
  const supervisors = own.map((u2) => units.get(u2)).filter((u2) => u2 !== void 0).filter((u2) => {
    const s = agentStatus(u2, author, today);
    return s.ok && s.agent.scope === "supervisor-and-own" && u2.supervisor !== void 0;
  });
  return supervisors.length > 0 ? "\u53CA\u5176\u4E3B\u7BA1\u5355\u4F4D" : "";
}
function describe3(status, author, unitName, citation) {
  const a = status.agent;
  switch (status.code) {
    case "unauthorized":
      return text(
        `@${author} \u4E0D\u662F ${unitName} \u7684\u6388\u6743\u4EE3\u7406\u4EBA\uFF0C`,
        `@${author} is not an authorized agent of ${unitName},`
      );
    case "authorization-expired":
      return text(
        `@${author} \u5BF9 ${unitName} \u7684\u6388\u6743\u5DF2\u4E8E ${a?.validTo} \u5230\u671F\uFF0C`,
        `@${author}'s authorization for ${unitName} expired on ${a?.validTo},`
      );
    case "authorization-not-yet-valid":
      return text(
        `@${author} \u5BF9 ${unitName} \u7684\u6388\u6743\u81EA ${a?.validFrom} \u8D77\u624D\u751F\u6548\uFF0C`,
        `@${author}'s authorization for ${unitName} only starts on ${a?.validFrom},`
      );
    case "authorization-revoked":
      return text(
        `@${author} \u5BF9 ${unitName} \u7684\u6388\u6743\u5DF2\u4E8E ${a?.revokedOn} \u6CE8\u9500\uFF08${formatCitation(citation)}\uFF1A\u6388\u6743\u4EBA\u5458\u53D8\u52A8\u65F6\u6CE8\u9500\uFF09\uFF0C`,
        `@${author}'s authorization for ${unitName} was revoked on ${a?.revokedOn},`
      );
  }
}
function memberOf(login, unitDirs, units, proposed) {
  for (const dir of unitDirs) {
    for (const record of [units.get(dir), proposed?.get(dir)]) {
      if (!record) continue;
      if (record.agents.some((a) => sameLogin(a.github, login))) return dir;
      if (record.contacts.some((c) => sameLogin(c, login))) return dir;
    }
  }
  return void 0;
}

// scripts/core/review/clock.ts
var later = (a, b) => Date.parse(a) >= Date.parse(b) ? a : b;
function stageClock(spec, calendar, now) {
  try {
    const { value, provisional } = calendar.track(() => clockOf(spec, calendar, now));
    return provisional.length > 0 ? { clock: value, provisional } : { clock: value };
  } catch (error) {
    if (error instanceof CalendarRangeError)
      return { clock: baseClock(spec), calendarGap: error.date.slice(0, 4) };
    throw error;
  }
}
function baseClock(spec) {
  return {
    stage: spec.stage,
    start: spec.start,
    startDate: beijingDate(spec.countFrom ?? spec.start),
    ...spec.end !== void 0 ? { end: spec.end } : {},
    ...spec.workdays !== void 0 ? { workdays: spec.workdays } : {},
    late: false,
    ...spec.citation ? { citation: spec.citation } : {}
  };
}
function clockOf(spec, calendar, now) {
  const base = baseClock(spec);
  const today = beijingDate(now);
  let deadline;
  if (typeof spec.workdays === "number") deadline = calendar.addWorkdays(base.startDate, spec.workdays);
  else if (spec.workdays === "shutdown-day") deadline = spec.shutdownDate;
  if (deadline === void 0) return base;
  const doneDate = spec.end !== void 0 ? beijingDate(spec.end) : today;
  const late = doneDate > deadline;
  const workdaysLeft = spec.end === void 0 ? calendar.workdaysBetween(today, deadline) : void 0;
  return { ...base, deadline, late, ...workdaysLeft !== void 0 ? { workdaysLeft } : {} };
}

// scripts/core/review/config.ts
import { createRequire as createRequire5 } from "node:module";
import yaml6 from "js-yaml";
var reviewConfigPath = ".github/govcloud-review.yaml";
var defaultStageLabels = {
  initiation: "\u9636\u6BB5/\u53D1\u8D77",
  review: "\u9636\u6BB5/\u5BA1\u67E5",
  consultation: "\u9636\u6BB5/\u54A8\u8BE2\u8BC4\u4F30",
  approval: "\u9636\u6BB5/\u5BA1\u6279",
  implementation: "\u9636\u6BB5/\u5B9E\u65BD",
  returned: "\u9636\u6BB5/\u5DF2\u9000\u56DE",
  expired: "\u9636\u6BB5/\u5DF2\u8FC7\u671F",
  closed: "\u9636\u6BB5/\u5DF2\u5173\u95ED"
};
var ReviewConfigError = class extends Error {
  constructor(file, zh, en) {
    super(zh);
    this.file = file;
    this.zh = zh;
    this.en = en;
  }
  file;
  zh;
  en;
};
var require6 = createRequire5(import.meta.url);
var validator;
var getValidator2 = () => {
  validator ??= compileCached(require6("../../../schemas/review-config.schema.json"), {
    name: "review-config",
    ajv: { strict: true, allErrors: true }
  });
  return validator;
};
function parseReviewConfig(source, file = reviewConfigPath) {
  let raw2;
  try {
    raw2 = yaml6.load(source, { schema: yaml6.CORE_SCHEMA, filename: file });
  } catch (error) {
    const mark = error.mark;
    const where2 = mark ? `${file}:${mark.line + 1}:${mark.column + 1}` : file;
    const reason = error.reason ?? error.message;
    throw new ReviewConfigError(
      file,
      `${where2}\uFF1A\u5BA1\u67E5\u6D41\u7A0B\u914D\u7F6E\u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF08${reason}\uFF09\u3002`,
      `${where2}: the review configuration is not valid YAML (${reason}).`
    );
  }
  const validate3 = getValidator2();
  if (!validate3(raw2)) {
    const positions = new SourcePositions(source);
    const lines = dedupe(validate3.errors ?? []).map((e) => {
      const atKey = e.keyword === "additionalProperties" || e.keyword === "propertyNames";
      const path = e.keyword === "additionalProperties" ? `${e.instancePath}/${e.params.additionalProperty}` : e.keyword === "propertyNames" ? `${e.instancePath}/${e.params.propertyName}` : e.instancePath;
      const { line: line2, column } = positions.locate(path, atKey);
      const [zh, en] = explain(e);
      return {
        zh: `${file}:${line2}:${column} ${path || "/"}\uFF1A${zh}`,
        en: `${file}:${line2}:${column} ${path || "/"}: ${en}`
      };
    });
    throw new ReviewConfigError(
      file,
      `\u5BA1\u67E5\u6D41\u7A0B\u914D\u7F6E ${file} \u4E0D\u7B26\u5408 schemas/review-config.schema.json\uFF1A
${lines.map((l) => `  - ${l.zh}`).join("\n")}`,
      `The review configuration ${file} does not match schemas/review-config.schema.json:
${lines.map((l) => `  - ${l.en}`).join("\n")}`
    );
  }
  return normalize(raw2);
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    if (e.keyword === "oneOf" || e.keyword === "if") return false;
    if (e.schemaPath.includes("/propertyNames/")) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function explain(e) {
  const p = e.params;
  switch (e.keyword) {
    case "required":
      return [`\u7F3A\u5C11\u5FC5\u586B\u5B57\u6BB5 ${p.missingProperty}\u3002`, `missing required field ${p.missingProperty}.`];
    case "additionalProperties":
      return [
        `\u4E0D\u8BA4\u8BC6\u7684\u5B57\u6BB5 ${p.additionalProperty}\uFF1A\u8BF7\u68C0\u67E5\u62FC\u5199\uFF08\u89C1 schema \u4E2D\u5141\u8BB8\u7684\u5B57\u6BB5\uFF09\u3002`,
        `unknown field ${p.additionalProperty}: check its spelling against the schema.`
      ];
    case "propertyNames":
      return [
        `${String(p.propertyName)} \u4E0D\u662F\u7533\u8BF7\u7C7B\u578B\uFF1A\u53EA\u80FD\u662F new\u3001change\u3001revoke\u3001ports\u3001test\u3001test-renewal\u3002`,
        `${String(p.propertyName)} is not an application type: use new, change, revoke, ports, test or test-renewal.`
      ];
    case "enum":
      return [
        `\u53EA\u80FD\u662F ${p.allowedValues.join("\u3001")}\u3002`,
        `must be one of ${p.allowedValues.join(", ")}.`
      ];
    case "type":
      return [`\u7C7B\u578B\u5E94\u4E3A ${p.type}\u3002`, `must be of type ${p.type}.`];
    case "pattern":
      return [
        `\u683C\u5F0F\u4E0D\u5BF9\uFF08\u5E94\u5339\u914D ${p.pattern}\uFF09\uFF1A\u56E2\u961F\u5199\u4F5C \u7EC4\u7EC7/\u56E2\u961F\uFF0C\u7528\u6237\u5199 GitHub \u7528\u6237\u540D\u3002`,
        `has the wrong format (must match ${p.pattern}): teams are org/team, users are GitHub logins.`
      ];
    case "minimum":
    case "maximum":
      return [
        `\u5E94${e.keyword === "minimum" ? "\u4E0D\u5C0F\u4E8E" : "\u4E0D\u5927\u4E8E"} ${p.limit}\u3002`,
        `must be ${e.keyword === "minimum" ? ">=" : "<="} ${p.limit}.`
      ];
    case "const":
      return [
        `\u5E94\u4E3A ${JSON.stringify(p.allowedValue)} \u6216\u5DE5\u4F5C\u65E5\u6570\u3002`,
        `must be ${JSON.stringify(p.allowedValue)} or a number of working days.`
      ];
    case "minProperties":
      return ["\u4E0D\u80FD\u4E3A\u7A7A\uFF1A\u81F3\u5C11\u5199\u4E00\u9879\u3002", "must not be empty."];
    case "uniqueItems":
      return [
        `\u6709\u91CD\u590D\u9879\uFF08\u7B2C ${Number(p.j) + 1} \u9879\u4E0E\u7B2C ${Number(p.i) + 1} \u9879\u76F8\u540C\uFF09\u3002`,
        `has duplicate items (${p.j} and ${p.i}).`
      ];
    default:
      return [`${e.message ?? e.keyword}\u3002`, `${e.message ?? e.keyword}.`];
  }
}
function normalize(raw2) {
  const role = (r) => ({
    teams: [...r?.teams ?? []],
    users: (r?.users ?? []).map((u2) => u2.toLowerCase())
  });
  return {
    profile: raw2.profile ?? "shenzhen",
    roles: {
      reviewers: role(raw2.roles.reviewers),
      approvers: role(raw2.roles.approvers),
      consultants: role(raw2.roles.consultants),
      implementers: role(raw2.roles.implementers)
    },
    distinctReviewerApprover: raw2.distinctReviewerApprover ?? true,
    consultation: {
      label: raw2.consultation?.label ?? "\u9700\u54A8\u8BE2\u8BC4\u4F30",
      types: [...raw2.consultation?.types ?? []]
    },
    labels: {
      stages: { ...defaultStageLabels, ...raw2.labels?.stages ?? {} },
      late: raw2.labels?.late ?? "\u5DF2\u8D85\u65F6"
    },
    status: { context: raw2.status?.context ?? "govcloud/stage" },
    validation: { check: raw2.validation?.check ?? "validate" },
    clocks: { ...raw2.clocks ?? {} }
  };
}
function resolveClock(config, profile, type) {
  const base = profile.clocks[type];
  const o = config.clocks[type] ?? {};
  return {
    review: o.review ?? base.review,
    ...o.consultation !== void 0 ? { consultation: o.consultation } : {},
    approval: o.approval ?? base.approval,
    implementation: o.implementation ?? base.implementation,
    ...base.implementationWithShutdown && o.implementation === void 0 ? { implementationWithShutdown: base.implementationWithShutdown } : {},
    source: o.review !== void 0 || o.approval !== void 0 || o.implementation !== void 0 ? `${base.citation}\uFF08${reviewConfigPath} \u8986\u76D6\uFF09` : base.citation
  };
}
function stageCitation(profile, type, stage) {
  const citations = profile.clocks[type].citations;
  switch (stage) {
    case "closed":
      return void 0;
    case "returned":
      return profileCitation(profile, citations.initiation);
    default:
      return profileCitation(profile, citations[stage]);
  }
}
function profileCitation(profile, citation) {
  return { profile: profile.id, ...citation };
}

// scripts/core/review/stage-context.ts
var typeOrder = [
  "new",
  "change",
  "revoke",
  "ports",
  "test",
  "test-renewal"
];
function stageContext(input) {
  const { byUnit, outside } = unitsOfFiles(input.files);
  const types2 = typeOrder.filter((t) => input.applications.some((a) => a.type === t));
  const validUntil = earliestValidUntil(input);
  return {
    input,
    today: beijingDate(input.now),
    author: input.pr.author.toLowerCase(),
    byUnit,
    outside,
    unitDirs: [...byUnit.keys()].sort(),
    types: types2,
    primary: types2[0] ?? "new",
    ...validUntil ? { validUntil } : {}
  };
}
function validUntilOf(input, date) {
  return addMonths(date, input.profile.applicationValidityMonths);
}
function earliestValidUntil(input) {
  return input.applications.filter((a) => a.date !== void 0).map((a) => validUntilOf(input, a.date)).sort()[0];
}
var citeStage = (ctx, stage) => stageCitation(ctx.input.profile, ctx.primary, stage);
var citeReview = (ctx, which) => profileCitation(ctx.input.profile, ctx.input.profile.reviewCitations[which]);
var withCitation = (citation) => citation ? { citation } : {};

// scripts/core/review/approvals.ts
var deciding = ["reviewers", "consultants", "approvers"];
function roleMembers(input) {
  const members = (role) => {
    const set = new Set(input.config.roles[role].users.map((u2) => u2.toLowerCase()));
    for (const team of input.config.roles[role].teams)
      for (const u2 of input.teams.get(team) ?? []) set.add(u2.toLowerCase());
    return set;
  };
  return {
    reviewers: members("reviewers"),
    consultants: members("consultants"),
    approvers: members("approvers"),
    implementers: members("implementers")
  };
}
function decidingRoles(sets, login) {
  return deciding.filter((r) => sets[r].has(login.toLowerCase()));
}
function latestVerdicts(reviews) {
  const sorted = [...reviews].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
  const latest = /* @__PURE__ */ new Map();
  for (const r of sorted) {
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
      latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}
function judgeReview(ctx, sets, login, review2) {
  if (review2.state === "DISMISSED") return { kind: "ignored" };
  if (review2.state === "CHANGES_REQUESTED") return judgeChangeRequest(ctx, sets, login, review2);
  return judgeApproval(ctx, sets, login, review2);
}
function judgeChangeRequest(ctx, sets, login, r) {
  const { pr } = ctx.input;
  if (login === ctx.author) return { kind: "ignored" };
  const its = decidingRoles(sets, login);
  if (its.length === 0)
    return notice({
      code: "wrong-role",
      blocking: false,
      ...withCitation(citeStage(ctx, "review")),
      message: text(
        `@${r.user} \u8981\u6C42\u4FEE\u6539\uFF0C\u4F46\u4E0D\u5728\u5BA1\u67E5\u3001\u54A8\u8BE2\u6216\u5BA1\u6279\u4EBA\u5458\u540D\u5355\u4E2D\uFF1A\u5176\u610F\u89C1\u4F9B\u53D1\u8D77\u4EBA\u53C2\u8003\uFF0C\u4E0D\u6539\u53D8\u9636\u6BB5\u3002`,
        `@${r.user} requested changes but is not a reviewer, consultant or approver: the comment is advisory and does not change the stage.`
      )
    });
  if (r.commitId === pr.headSha) return { kind: "requested", review: r, role: its[0] };
  const shortHead = pr.headSha.slice(0, 7);
  return notice({
    code: "changes-answered",
    blocking: false,
    ...withCitation(citeStage(ctx, "review")),
    message: text(
      `@${r.user} \u5728\u63D0\u4EA4 ${r.commitId.slice(0, 7)} \u4E0A\u8981\u6C42\u7684\u4FEE\u6539\u4E4B\u540E\uFF0C\u53D1\u8D77\u4EBA\u5DF2\u63A8\u9001\u65B0\u7684\u63D0\u4EA4 ${shortHead}\uFF1A\u91CD\u65B0\u8FDB\u5165\u5BA1\u67E5\u3002`,
      `@${r.user} requested changes on ${r.commitId.slice(0, 7)}; the author has pushed ${shortHead} since: back in review.`
    )
  });
}
function judgeApproval(ctx, sets, login, r) {
  const { input } = ctx;
  const { pr, config } = input;
  const shown = r.user;
  if (sameLogin(login, ctx.author))
    return notice({
      code: "self-approval",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} \u662F\u53D1\u8D77\u4EBA\uFF0C\u81EA\u5DF1\u7684\u6279\u51C6\u4E0D\u8BA1\u5165\uFF1A\u5BA1\u67E5\u3001\u5BA1\u6279\u7531${input.profile.reviewAuthority}\u8D1F\u8D23\u3002`,
        `@${shown} is the author: their own approval does not count; review and approval are done by the ${input.profile.reviewAuthority}.`
      )
    });
  const its = decidingRoles(sets, login);
  if (its.length === 0)
    return notice({
      code: "wrong-role",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} \u7684\u6279\u51C6\u4E0D\u8BA1\u5165\uFF1A\u4E0D\u5728\u5BA1\u67E5\u4EBA\u5458\u3001\u54A8\u8BE2\u5355\u4F4D\u6216\u5BA1\u6279\u4EBA\u5458\u540D\u5355\u4E2D\uFF08${roleListText(config.roles)}\uFF09\u3002GitHub \u4E0A\u4EFB\u4F55\u6709\u8BFB\u6743\u9650\u7684\u4EBA\u90FD\u80FD\u70B9\u201C\u6279\u51C6\u201D\u3002`,
        `@${shown}'s approval does not count: not among the reviewers, consultants or approvers (${roleListText(config.roles)}). Anyone who can read the repository can click "Approve" on GitHub.`
      )
    });
  if (r.commitId !== pr.headSha) {
    const shortHead = pr.headSha.slice(0, 7);
    return notice({
      code: "stale-approval",
      blocking: false,
      ...withCitation(citeStage(ctx, "review")),
      message: text(
        `@${shown} \u6279\u51C6\u7684\u662F\u65E7\u63D0\u4EA4 ${r.commitId.slice(0, 7)}\uFF0C\u4E4B\u540E\u53C8\u63A8\u9001\u4E86 ${shortHead}\uFF1A\u6279\u51C6\u53EA\u5BF9\u6240\u9488\u5BF9\u7684\u63D0\u4EA4\u6709\u6548\uFF0C\u6539\u52A8\u540E\u987B\u91CD\u65B0\u5BA1\u67E5\u3002`,
        `@${shown} approved the older commit ${r.commitId.slice(0, 7)}; ${shortHead} was pushed since: an approval only holds for the commit it approved, so the change needs review again.`
      )
    });
  }
  const recused = memberOf(login, ctx.unitDirs, input.units, input.proposedUnits);
  if (recused !== void 0)
    return notice({
      code: "recused",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} \u662F\u7533\u8BF7\u5355\u4F4D ${input.units.get(recused)?.name ?? recused} \u7684\u4EBA\u5458\uFF08\u6388\u6743\u4EE3\u7406\u4EBA\u6216\u7CFB\u7EDF\u8054\u7CFB\u4EBA\uFF09\uFF0C\u987B\u56DE\u907F\uFF1A\u5176\u6279\u51C6\u4E0D\u8BA1\u5165\u3002`,
        `@${shown} belongs to the requesting unit ${recused} (agent or system contact) and must recuse: the approval does not count.`
      )
    });
  return { kind: "candidate", candidate: { user: shown, at: r.submittedAt, roles: its } };
}
var notice = (reason) => ({ kind: "notice", reason });
function roleListText(roles) {
  const names2 = (r) => [...roles[r].teams.map((t) => `@${t}`), ...roles[r].users.map((u2) => `@${u2}`)];
  return deciding.flatMap((r) => names2(r)).join("\u3001");
}
function countReviews(ctx, sets) {
  const counted = { requested: [], candidates: [], notices: [] };
  for (const [login, review2] of latestVerdicts(ctx.input.reviews)) {
    const v = judgeReview(ctx, sets, login, review2);
    if (v.kind === "requested") counted.requested.push({ review: v.review, role: v.role });
    else if (v.kind === "candidate") counted.candidates.push(v.candidate);
    else if (v.kind === "notice") counted.notices.push(v.reason);
  }
  return counted;
}

// scripts/core/review/assign.ts
function assign(candidates, needConsultation, distinct) {
  const byTime = [...candidates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const of = (role) => byTime.filter((c) => c.roles.includes(role));
  const reviewers = of("reviewers");
  const consultants = needConsultation ? of("consultants") : [];
  const approvers = of("approvers");
  const differs = (a, b) => !distinct || !a || !b || !sameLogin(a.user, b.user);
  let best = {};
  let bestScore = 0;
  for (const r of reviewers) {
    const cs = needConsultation ? consultants.filter((c) => differs(r, c)) : [void 0];
    if (cs.length === 0 && bestScore < 1) {
      best = { reviewer: r };
      bestScore = 1;
    }
    for (const c of cs) {
      const score = needConsultation ? 2 : 1;
      const a = approvers.find((x) => differs(r, x) && differs(c, x));
      const total = score + (a ? 1 : 0);
      if (total > bestScore) {
        best = { reviewer: r, ...c ? { consultant: c } : {}, ...a ? { approver: a } : {} };
        bestScore = total;
      }
    }
  }
  const sameReviewer = distinct && !best.approver ? blockedApprover(best, approvers) : void 0;
  return { ...best, ...sameReviewer ? { sameReviewer } : {} };
}
function blockedApprover(best, approvers) {
  return approvers.find(
    (x) => best.reviewer && sameLogin(best.reviewer.user, x.user) || best.consultant && sameLogin(best.consultant.user, x.user)
  )?.user;
}

// scripts/core/review/explain.ts
function roleOfStage(stage) {
  return stage === "review" ? "reviewers" : stage === "consultation" ? "consultants" : stage === "approval" ? "approvers" : "implementers";
}
var stageOfRole = (role) => role === "reviewers" ? "review" : role === "consultants" ? "consultation" : "approval";
var authorWaiting = (ctx) => ({
  role: "author",
  users: [ctx.input.pr.author],
  teams: []
});
function roleWaiting(ctx, role) {
  const members = ctx.input.config.roles[role];
  return { role, users: [...members.users], teams: [...members.teams] };
}
var notApplicableReason = {
  code: "not-applicable",
  blocking: false,
  message: text(
    "\u672C PR \u6CA1\u6709\u6539\u52A8 requests/ \u4E0B\u7684\u6587\u4EF6\uFF0C\u4E0D\u662F\u4E91\u670D\u52A1\u7533\u8BF7\uFF0C\u4E0D\u7ECF\u8FC7\u5BA1\u67E5\u3001\u5BA1\u6279\u6D41\u7A0B\u3002",
    "This pull request changes nothing under requests/: it is not an application and goes through no review stages."
  )
};
var closedReason = {
  code: "closed",
  blocking: false,
  message: text(
    "PR \u5DF2\u5173\u95ED\u4E14\u672A\u5408\u5E76\uFF1A\u7533\u8BF7\u5DF2\u64A4\u56DE\u3002\u5982\u9700\u7EE7\u7EED\u529E\u7406\uFF0C\u8BF7\u91CD\u65B0\u6253\u5F00\u6216\u63D0\u4EA4\u65B0\u7684 PR\u3002",
    "The pull request was closed without merging: the application is withdrawn. Reopen it or submit a new one to continue."
  )
};
function changesRequestedReason(ctx, review2, role) {
  return {
    code: "changes-requested",
    blocking: true,
    ...withCitation(citeStage(ctx, stageOfRole(role))),
    message: text(
      `@${review2.user}\uFF08${roleNames[role].zh}\uFF09\u8981\u6C42\u4FEE\u6539${review2.body?.trim() ? `\uFF1A${oneLine(review2.body)}` : "\u3002"}\u8BF7\u4FEE\u6539\u540E\u63A8\u9001\uFF0CPR \u5C06\u91CD\u65B0\u8FDB\u5165\u5BA1\u67E5\u3002`,
      `@${review2.user} (${roleNames[role].en}) requested changes${review2.body?.trim() ? `: ${oneLine(review2.body)}` : "."} Push the fix and the pull request goes back to review.`
    )
  };
}
function samePersonReason(ctx, pick, who2) {
  const asReviewer = pick.reviewer?.user === who2;
  return {
    code: "same-person",
    blocking: false,
    ...withCitation(citeStage(ctx, "approval")),
    message: text(
      `@${who2} \u5DF2\u4F5C\u4E3A${asReviewer ? "\u5BA1\u67E5\u4EBA\u5458" : "\u54A8\u8BE2\u5355\u4F4D"}\u6279\u51C6\uFF0C\u5BA1\u67E5\u4E0E\u5BA1\u6279\u987B\u4E3A\u4E0D\u540C\u7684\u4EBA\uFF1A\u5BA1\u6279\u8FD8\u987B\u53E6\u4E00\u4F4D\u5BA1\u6279\u4EBA\u5458\u6279\u51C6\u3002`,
      `@${who2} already counted as ${asReviewer ? "reviewer" : "consultant"}; reviewer and approver must be different people: another approver must approve.`
    )
  };
}
function mergedWithoutApprovalReason(ctx, current) {
  const { pr, now } = ctx.input;
  return {
    code: "merged-without-approval",
    blocking: false,
    ...withCitation(citeStage(ctx, "approval")),
    message: text(
      `PR \u5DF2\u4E8E ${beijingDate(pr.mergedAt ?? now)} \u5408\u5E76\uFF0C\u4F46\u6CA1\u6709\u5B8C\u6574\u7684\u5BA1\u67E5\u3001\u5BA1\u6279\u8BB0\u5F55\uFF08\u5F53\u524D\u505C\u5728${stageNames[current].zh}\uFF09\uFF1A\u8BF7\u7BA1\u7406\u5458\u6838\u5B9E\u5408\u5E76\u7684\u4F9D\u636E\u3002`,
      `The pull request was merged on ${beijingDate(pr.mergedAt ?? now)} without a complete review and approval record (it was in ${stageNames[current].en}): an administrator should check why it was merged.`
    )
  };
}
function waitingReason(ctx, stage, clock, role, resolved) {
  const w = waitingText(stage, role, dueText(clock), spanText(clock), resolved.consultation === void 0);
  return {
    code: "waiting",
    blocking: false,
    ...withCitation(citeStage(ctx, stage)),
    message: w
  };
}
function dueText(clock) {
  if (clock.deadline !== void 0) return text(`\uFF0C\u622A\u6B62 ${clock.deadline}`, `, due ${clock.deadline}`);
  if (clock.workdays === "shutdown-day")
    return text("\uFF0C\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\uFF08\u5173\u673A\u65E5\u671F\u5F85\u786E\u8BA4\uFF09", ", on the shutdown day (date to be agreed)");
  return text("", "");
}
function spanText(clock) {
  const n = clock.workdays;
  return typeof n === "number" ? text(`\u539F\u5219\u4E0A\u5728 ${n} \u4E2A\u5DE5\u4F5C\u65E5\u5185\u5B8C\u6210`, `within ${n} working day(s)`) : text("\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210", "on the shutdown day");
}
function waitingText(stage, role, due, span2, sharedClock) {
  const name2 = roleNames[role];
  switch (stage) {
    case "consultation":
      return text(
        `\u7B49\u5F85${name2.zh}\u8BC4\u4F30\u7533\u8BF7\u7684\u5408\u89C4\u6027\u3001\u5408\u7406\u6027\u5E76\u51FA\u5177\u8BC4\u4F30\u610F\u89C1\uFF08\u6279\u51C6\u5373\u8BC4\u4F30\u901A\u8FC7\uFF09\uFF1B${sharedClock ? "\u54A8\u8BE2\u8BC4\u4F30\u5C5E\u4E8E\u5BA1\u6279\u9636\u6BB5\uFF0C\u4E0E\u5BA1\u6279\u5171\u7528\u65F6\u9650\uFF0C" : ""}${span2.zh}${due.zh}\u3002`,
        `Waiting for the ${name2.en} to assess compliance and reasonableness (approval = positive assessment); ${sharedClock ? "it is part of the approval stage and shares its clock, " : ""}${span2.en}${due.en}.`
      );
    case "approval":
      return text(
        `\u7B49\u5F85${name2.zh}\u5BA1\u6279\uFF0C${span2.zh}${due.zh}\u3002`,
        `Waiting for the ${name2.en}, ${span2.en}${due.en}.`
      );
    case "implementation":
      return text(
        `\u5DF2\u5BA1\u6279\uFF0C\u7B49\u5F85${name2.zh}\u5B9E\u65BD\uFF08\u5408\u5E76\u540E\u7531\u53D1\u653E\u6D41\u6C34\u7EBF\u4EA4\u4ED8\uFF0C\u4EA4\u4ED8\u8BB0\u5F55\u5199\u56DE\u4ED3\u5E93\uFF09\uFF0C${span2.zh}${due.zh}\u3002`,
        `Approved; waiting for the ${name2.en} to implement (merge; the provisioning pipeline delivers and records it), ${span2.en}${due.en}.`
      );
    default:
      return text(
        `\u7B49\u5F85${name2.zh}\u5BA1\u67E5\uFF1A\u53D7\u7406\u7533\u8BF7\uFF0C\u68C0\u67E5\u7533\u8BF7\u6750\u6599\u662F\u5426\u9F50\u5168\u5408\u89C4\uFF0C${span2.zh}${due.zh}\u3002`,
        `Waiting for the ${name2.en}: check that the application is complete and compliant, ${span2.en}${due.en}.`
      );
  }
}
function noRoleMembersReason(role) {
  return {
    code: "no-role-members",
    blocking: true,
    message: text(
      `\u914D\u7F6E .github/govcloud-review.yaml \u4E2D\u7684${roleNames[role].zh}\uFF08roles.${role}\uFF09\u6CA1\u6709\u4EFB\u4F55\u4EBA\uFF1A\u8BF7\u8865\u4E0A\u56E2\u961F\u6216\u7528\u6237\uFF0C\u5426\u5219\u6CA1\u6709\u4EBA\u80FD\u5904\u7406\u8FD9\u4E00\u9636\u6BB5\u3002`,
      `roles.${role} in .github/govcloud-review.yaml has nobody: add a team or users, or nobody can act in this stage.`
    )
  };
}
function lateReason(stage, clock) {
  return {
    code: "late",
    blocking: false,
    ...withCitation(clock.citation),
    message: text(
      `${stageNames[stage].zh}\u5DF2\u8D85\u8FC7\u65F6\u9650\uFF1A\u5E94\u4E8E ${clock.deadline} \u524D\u5B8C\u6210\u3002`,
      `${stageNames[stage].en} is overdue: it was due by ${clock.deadline}.`
    )
  };
}
function calendarReasons(gaps, provisionalYears2) {
  const reasons2 = gaps.map((year) => ({
    code: "clock-unknown",
    blocking: false,
    message: text(
      `\u5DE5\u4F5C\u65E5\u65E5\u5386\u8FD8\u6CA1\u6709 ${year} \u5E74\u7684\u653E\u5047\u4E0E\u8C03\u4F11\u5B89\u6392\uFF0C\u65E0\u6CD5\u7B97\u51FA\u622A\u6B62\u65E5\uFF1A\u8BF7\u5728 catalog/calendar/cn.yaml \u4E2D\u8865\u4E0A\u3002`,
      `The working-day calendar has no ${year} holidays yet, so the deadline cannot be computed: add them to catalog/calendar/cn.yaml.`
    )
  }));
  if (provisionalYears2.length > 0)
    reasons2.push({
      code: "calendar-provisional",
      blocking: false,
      message: provisionalCalendarMessage([...provisionalYears2])
    });
  return reasons2;
}
var oneLine = (s) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 197)}\u2026` : flat;
};

// scripts/core/review/initiation.ts
function isExpired(ctx) {
  return !ctx.input.pr.merged && ctx.validUntil !== void 0 && ctx.today > ctx.validUntil;
}
function expiryReasons(ctx) {
  const { input } = ctx;
  const months = input.profile.applicationValidityMonths;
  const stale = input.applications.filter(
    (a) => a.date !== void 0 && validUntilOf(input, a.date) < ctx.today
  );
  return stale.map((a) => {
    const until = validUntilOf(input, a.date);
    return {
      code: "expired",
      blocking: true,
      ...withCitation(a.type ? stageCitation(input.profile, a.type, "expired") : citeStage(ctx, "expired")),
      message: text(
        `${a.file} \u7684\u7533\u8BF7\u65E5\u671F\u4E3A ${a.date}\uFF0C\u6709\u6548\u671F\u5230 ${until}\uFF0C\u5DF2\u8FC7\u671F\uFF1A\u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 ${months} \u4E2A\u6708\u5185\u6709\u6548\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\u3002\u8BF7\u628A date \u6539\u4E3A\u4ECA\u5929\u3001\u786E\u8BA4\u5185\u5BB9\u540E\u63A8\u9001\u3002`,
        `${a.file} is dated ${a.date} and was valid until ${until}: it has expired. Set date to today, check the content and push to resubmit.`
      )
    };
  });
}
function initiationGate(ctx) {
  if (ctx.input.pr.merged) return [];
  return [...draftReason(ctx), ...outsideReason(ctx), ...authorizationReasons(ctx), ...validationReason(ctx)];
}
function draftReason(ctx) {
  if (!ctx.input.pr.draft) return [];
  return [
    {
      code: "draft",
      blocking: true,
      ...withCitation(citeStage(ctx, "initiation")),
      message: text(
        "PR \u8FD8\u662F\u8349\u7A3F\uFF1A\u586B\u5199\u5B8C\u6210\u540E\u70B9\u201CReady for review\u201D\u63D0\u4EA4\uFF0C\u624D\u6D41\u8F6C\u5230\u5BA1\u67E5\u9636\u6BB5\u3002",
        'The pull request is a draft: mark it "Ready for review" to submit it for review.'
      )
    }
  ];
}
function outsideReason(ctx) {
  const { outside } = ctx;
  if (outside.length === 0) return [];
  return [
    {
      code: "outside-requests",
      blocking: true,
      ...withCitation(citeStage(ctx, "initiation")),
      message: text(
        `\u7533\u8BF7 PR \u53EA\u80FD\u6539\u52A8 requests/ \u4E0B\u672C\u5355\u4F4D\u7684\u6587\u4EF6\uFF0C\u8FD9\u91CC\u8FD8\u6539\u52A8\u4E86 ${outside.slice(0, 5).join("\u3001")}${outside.length > 5 ? ` \u7B49 ${outside.length} \u4E2A\u6587\u4EF6` : ""}\u3002\u8BF7\u628A\u8FD9\u4E9B\u6539\u52A8\u653E\u5230\u5355\u72EC\u7684 PR \u4E2D\u3002`,
        `An application pull request may only change the unit's files under requests/; it also changes ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ` and ${outside.length - 5} more` : ""}. Move those to a separate pull request.`
      )
    }
  ];
}
function authorizationReasons(ctx) {
  const { input } = ctx;
  return checkAuthorization({
    citation: citeReview(ctx, "authorization"),
    letter: citeReview(ctx, "authorizationLetter"),
    author: input.pr.author,
    today: ctx.today,
    touched: ctx.byUnit,
    units: input.units,
    ...input.proposedUnits ? { proposed: input.proposedUnits } : {}
  });
}
function validationReason(ctx) {
  const v = ctx.input.validation;
  const citation = withCitation(citeStage(ctx, "initiation"));
  if (v.state === "failed")
    return [
      {
        code: "validation-failed",
        blocking: true,
        ...citation,
        message: text(
          `govcloud validate \u53D1\u73B0${v.errors !== void 0 ? ` ${v.errors} \u4E2A` : ""}\u9519\u8BEF\uFF1A\u7533\u8BF7\u6750\u6599\u987B\u7B26\u5408\u586B\u5199\u8981\u6C42\uFF0C\u8BF7\u6309\u68C0\u67E5\u7ED3\u679C\u9010\u6761\u4FEE\u6539\u540E\u63A8\u9001\u3002`,
          `govcloud validate found ${v.errors !== void 0 ? `${v.errors} ` : ""}error(s): fix each finding and push.`
        )
      }
    ];
  if (v.state === "pending")
    return [
      {
        code: "validation-pending",
        blocking: true,
        ...citation,
        message: text(
          "govcloud validate \u8FD8\u5728\u8FD0\u884C\uFF1A\u6821\u9A8C\u901A\u8FC7\u540E\u6D41\u8F6C\u5230\u5BA1\u67E5\u9636\u6BB5\u3002",
          "govcloud validate is still running: the pull request moves to review once it passes."
        )
      }
    ];
  if (v.state === "missing")
    return [
      {
        code: "validation-pending",
        blocking: true,
        ...citation,
        message: text(
          `\u8FD8\u6CA1\u6709\u6700\u65B0\u63D0\u4EA4\u7684\u6821\u9A8C\u7ED3\u679C\uFF08\u68C0\u67E5 ${ctx.input.config.validation.check}\uFF09\uFF1A\u6821\u9A8C\u901A\u8FC7\u540E\u624D\u6D41\u8F6C\u5230\u5BA1\u67E5\u9636\u6BB5\u3002`,
          `No validation result for the latest commit yet (check ${ctx.input.config.validation.check}): the pull request moves to review once it passes.`
        )
      }
    ];
  return [];
}

// scripts/core/review/steps.ts
function strictestClock(input, types2) {
  const list3 = (types2.length > 0 ? types2 : ["new"]).map(
    (t) => resolveClock(input.config, input.profile, t)
  );
  const min = (values) => {
    const nums = values.filter((v) => v !== void 0);
    return nums.length > 0 ? Math.min(...nums) : void 0;
  };
  const impl = list3.map((c) => c.implementation);
  const numericImpl = min(impl.map((v) => typeof v === "number" ? v : void 0));
  const consultation = min(list3.map((c) => c.consultation));
  const withShutdown = list3.find((c) => c.implementationWithShutdown)?.implementationWithShutdown;
  return {
    review: min(list3.map((c) => c.review)),
    ...consultation !== void 0 ? { consultation } : {},
    approval: min(list3.map((c) => c.approval)),
    implementation: numericImpl ?? "shutdown-day",
    ...withShutdown ? { implementationWithShutdown: withShutdown } : {},
    source: [...new Set(list3.map((c) => c.source))].join("\uFF1B")
  };
}
function needsConsultation(ctx) {
  const { config, labels: labels4 } = ctx.input;
  return labels4.includes(config.consultation.label) || ctx.types.some((t) => config.consultation.types.includes(t));
}
function approvalSteps(ctx, pick, consultation, clock, reviewStart) {
  const reviewEnd = pick.reviewer ? later(reviewStart, pick.reviewer.at) : void 0;
  const progress = {
    current: "review",
    since: reviewStart,
    specs: [
      {
        stage: "review",
        start: reviewStart,
        ...reviewEnd ? { end: reviewEnd } : {},
        workdays: clock.review,
        ...withCitation(citeStage(ctx, "review"))
      }
    ],
    approvals: pick.reviewer ? [{ stage: "review", user: pick.reviewer.user, at: pick.reviewer.at }] : []
  };
  if (!reviewEnd) return progress;
  if (!consultation) return approvalStep(ctx, pick, clock, { ...progress, approvalStart: reviewEnd });
  return consultationStep(ctx, pick, clock, reviewEnd, progress);
}
function consultationStep(ctx, pick, clock, reviewEnd, progress) {
  const end = pick.consultant ? later(reviewEnd, pick.consultant.at) : void 0;
  const spec = {
    stage: "consultation",
    start: reviewEnd,
    ...end ? { end } : {},
    workdays: clock.consultation ?? clock.approval,
    ...withCitation(citeStage(ctx, "consultation"))
  };
  const next = {
    ...progress,
    current: "consultation",
    since: reviewEnd,
    specs: [...progress.specs, spec]
  };
  if (!pick.consultant || !end) return next;
  return approvalStep(
    ctx,
    pick,
    clock,
    {
      ...next,
      approvals: [
        ...next.approvals,
        { stage: "consultation", user: pick.consultant.user, at: pick.consultant.at }
      ],
      approvalStart: end
    },
    clock.consultation === void 0 ? reviewEnd : void 0
  );
}
function approvalStep(ctx, pick, clock, progress, countFrom) {
  const start = progress.approvalStart;
  const end = pick.approver ? later(start, pick.approver.at) : void 0;
  const spec = {
    stage: "approval",
    start,
    ...countFrom ? { countFrom } : {},
    ...end ? { end } : {},
    workdays: clock.approval,
    ...withCitation(citeStage(ctx, "approval"))
  };
  const next = { ...progress, current: "approval", since: start, specs: [...progress.specs, spec] };
  if (!pick.approver || !end) return next;
  return {
    ...next,
    approvals: [...next.approvals, { stage: "approval", user: pick.approver.user, at: pick.approver.at }],
    approvedAt: end
  };
}
function implementationStep(ctx, progress, clock, start) {
  const { applications } = ctx.input;
  const shutdownDate = applications.map((a) => a.shutdownDate).filter((d) => d !== void 0).sort()[0];
  const needsShutdown = clock.implementation === "shutdown-day" || clock.implementationWithShutdown !== void 0 && applications.some((a) => a.shutdownRequired);
  const spec = {
    stage: "implementation",
    start,
    workdays: needsShutdown ? "shutdown-day" : clock.implementation,
    ...shutdownDate ? { shutdownDate } : {},
    ...withCitation(citeStage(ctx, "implementation"))
  };
  return { ...progress, current: "implementation", since: start, specs: [...progress.specs, spec] };
}
function runClocks(specs, input) {
  const timeline = [];
  const gaps = /* @__PURE__ */ new Set();
  const provisionalYears2 = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    const { clock, calendarGap, provisional } = stageClock(spec, input.calendar, input.now);
    if (calendarGap) gaps.add(calendarGap);
    for (const y of provisional ?? []) provisionalYears2.add(y);
    timeline.push(clock);
  }
  return { timeline, gaps: [...gaps], provisionalYears: [...provisionalYears2].sort((a, b) => a - b) };
}

// scripts/core/review/machine.ts
function computeStage(input) {
  const ctx = stageContext(input);
  const { pr } = input;
  if (ctx.byUnit.size === 0)
    return {
      ...stageResult(ctx, "initiation", pr.createdAt, { reasons: [notApplicableReason] }),
      applies: false
    };
  if (pr.state === "closed" && !pr.merged)
    return stageResult(ctx, "closed", pr.closedAt ?? input.now, { reasons: [closedReason] });
  if (isExpired(ctx))
    return stageResult(ctx, "expired", `${addDays(ctx.validUntil, 1)}T00:00:00+08:00`, {
      waitingFor: authorWaiting(ctx),
      reasons: expiryReasons(ctx)
    });
  const gate = initiationGate(ctx);
  const blocking = gate.filter((r) => r.blocking);
  const notices = gate.filter((r) => !r.blocking);
  if (blocking.length > 0)
    return stageResult(ctx, "initiation", pr.createdAt, {
      waitingFor: authorWaiting(ctx),
      reasons: [...blocking, ...notices]
    });
  const sets = roleMembers(input);
  const counted = countReviews(ctx, sets);
  notices.push(...counted.notices);
  const clock = strictestClock(input, ctx.types);
  const reviewStart = headPushedAt(input);
  if (counted.requested.length > 0 && !pr.merged)
    return returned(ctx, counted.requested, clock, reviewStart, notices);
  return inFlow(ctx, sets, counted.candidates, clock, reviewStart, notices);
}
function returned(ctx, requested2, clock, reviewStart, notices) {
  const since = requested2.map((r) => r.review.submittedAt).reduce(later);
  const { timeline } = runClocks(
    [
      {
        stage: "review",
        start: reviewStart,
        end: since,
        workdays: clock.review,
        ...withCitation(citeStage(ctx, "review"))
      }
    ],
    ctx.input
  );
  return stageResult(ctx, "returned", since, {
    waitingFor: authorWaiting(ctx),
    timeline,
    reasons: [...requested2.map(({ review: review2, role }) => changesRequestedReason(ctx, review2, role)), ...notices]
  });
}
function inFlow(ctx, sets, candidates, clock, reviewStart, gateNotices) {
  const { input } = ctx;
  const { pr } = input;
  const notices = [...gateNotices];
  const consultation = needsConsultation(ctx);
  const pick = assign(candidates, consultation, input.config.distinctReviewerApprover);
  let progress = approvalSteps(ctx, pick, consultation, clock, reviewStart);
  if (pick.sameReviewer && !pick.approver && progress.approvalStart)
    notices.push(samePersonReason(ctx, pick, pick.sameReviewer));
  const mergedUnapproved = pr.merged && !progress.approvedAt;
  if (mergedUnapproved) notices.push(mergedWithoutApprovalReason(ctx, progress.current));
  const implementationStart = progress.approvedAt ?? (mergedUnapproved ? pr.mergedAt ?? input.now : void 0);
  if (implementationStart) progress = implementationStep(ctx, progress, clock, implementationStart);
  const { timeline, gaps, provisionalYears: provisionalYears2 } = runClocks(progress.specs, input);
  const now = timeline[timeline.length - 1];
  const role = roleOfStage(progress.current);
  const reasons2 = [waitingReason(ctx, progress.current, now, role, clock)];
  if (sets[role].size === 0) reasons2.push(noRoleMembersReason(role));
  if (now.late) reasons2.push(lateReason(progress.current, now));
  reasons2.push(...calendarReasons(gaps, provisionalYears2));
  return stageResult(ctx, progress.current, progress.since, {
    waitingFor: roleWaiting(ctx, role),
    clock: now,
    timeline,
    approvals: progress.approvals,
    reasons: [...reasons2, ...notices]
  });
}
function stageResult(ctx, stage, since, extra) {
  const { pr } = ctx.input;
  return {
    applies: true,
    pr: pr.number,
    headSha: pr.headSha,
    stage,
    since,
    late: extra.clock?.late ?? false,
    timeline: extra.timeline ?? [],
    approvals: [],
    types: ctx.types,
    ...ctx.validUntil ? { validUntil: ctx.validUntil } : {},
    ...validityOf(ctx),
    units: ctx.unitDirs,
    ...extra
  };
}
function headPushedAt(input) {
  const { pr, now } = input;
  const times = [pr.createdAt];
  const pushed = input.commits.find((c) => c.sha === pr.headSha)?.pushedAt;
  if (pushed !== void 0 && !Number.isNaN(Date.parse(pushed))) times.push(pushed);
  for (const r of input.reviews) if (r.commitId !== pr.headSha) times.push(r.submittedAt);
  return notAfter(times.reduce(later), now);
}
function validityOf(ctx) {
  const citation = ctx.validUntil ? citeStage(ctx, "expired") : void 0;
  return citation ? { validityCitation: citation } : {};
}

// scripts/core/audit/checks/open-pulls.ts
var results = /* @__PURE__ */ new WeakMap();
function stages(ctx) {
  const pulls = ctx.pulls ?? [];
  let computed = results.get(pulls);
  if (!computed) {
    computed = pulls.map((p) => computeStage({ ...p, now: ctx.now }));
    results.set(pulls, computed);
  }
  return pulls.map((input, i) => ({ input, result: computed[i] }));
}
var unitOf4 = (ctx, result) => {
  const unit = result.units[0] ?? "";
  const name2 = ctx.systems.find((s) => s.unitDir === unit)?.unit?.name;
  return { unit, ...name2 ? { unitName: name2 } : {} };
};
var waitingText2 = (result) => {
  const w = result.waitingFor;
  if (!w) return text("", "");
  const who2 = [...w.users.map((u2) => `@${u2}`), ...w.teams.map((t) => `@${t}`)];
  const role = roleNames[w.role];
  return text(
    `\u5728\u7B49${role.zh}${who2.length ? `\uFF08${who2.join("\u3001")}\uFF09` : ""}`,
    `waiting for the ${role.en}${who2.length ? ` (${who2.join(", ")})` : ""}`
  );
};
var stageLate = defineCheck({
  id: "stage-late",
  title: text("\u5BA1\u67E5\u6D41\u7A0B\u9636\u6BB5\u8D85\u65F6", "Review stages past their clock"),
  citation: cite("\u7B2C22\u201324\u6761"),
  severity: "warning",
  needs: "pulls",
  why: text(
    "\u5BA1\u67E5\u539F\u5219\u4E0A\u5728 1 \u4E2A\u5DE5\u4F5C\u65E5\u5185\u5B8C\u6210\uFF0C\u5BA1\u6279\u5728 3 \u4E2A\uFF08\u64A4\u9500\u3001\u7AEF\u53E3\u5F00\u653E 2 \u4E2A\uFF09\u5DE5\u4F5C\u65E5\u5185\uFF0C\u5B9E\u65BD\u5728 3 \u4E2A\uFF08\u7AEF\u53E3\u5F00\u653E 2 \u4E2A\uFF09\u5DE5\u4F5C\u65E5\u5185\u6216\u5173\u673A\u5F53\u5929\uFF08\u7B2C22\u201324\u300128\u201330\u300134\u201336\u300141\u201343\u300150\u201352\u6761\uFF09\u3002",
    "Review takes 1 working day, approval 3 (revocations and ports 2), implementation 3 (ports 2) or the shutdown day (\u7B2C22\u201324, 28\u201330, 34\u201336, 41\u201343, 50\u201352\u6761)."
  ),
  run(ctx) {
    const out = [];
    for (const { result } of stages(ctx)) {
      if (!result.applies || !result.late || !result.clock || result.stage === "expired" || result.stage === "closed")
        continue;
      const clock = result.clock;
      const stage = stageNames[result.stage];
      const overdue = clock.workdaysLeft !== void 0 ? -clock.workdaysLeft : void 0;
      const waiting = waitingText2(result);
      const limit = clock.workdays === "shutdown-day" ? text("\u5173\u673A\u5F53\u5929", "the shutdown day") : text(` ${clock.workdays} \u4E2A\u5DE5\u4F5C\u65E5`, `${clock.workdays} working day(s)`);
      out.push({
        key: findingKey("stage-late", `pr-${result.pr}`, result.stage),
        title: text(
          `PR #${result.pr} \u7684${stage.zh}\u9636\u6BB5\u5DF2\u8D85\u65F6\uFF08\u622A\u6B62 ${clock.deadline}\uFF09`,
          `Pull request #${result.pr}: ${stage.en} is past its deadline (${clock.deadline})`
        ),
        ...unitOf4(ctx, result),
        pr: result.pr,
        ...clock.citation ? { citation: clock.citation } : {},
        message: text(
          `PR #${result.pr} \u81EA ${clock.startDate} \u8D77\u5904\u4E8E${stage.zh}\u9636\u6BB5\uFF0C\u65F6\u9650\u4E3A${limit.zh}\uFF0C\u622A\u6B62 ${clock.deadline}${overdue !== void 0 ? `\uFF0C\u5DF2\u8D85\u8FC7 ${overdue} \u4E2A\u5DE5\u4F5C\u65E5` : ""}\uFF1B${waiting.zh}\u3002`,
          `Pull request #${result.pr} has been in ${stage.en} since ${clock.startDate}; the limit is ${limit.en}, due ${clock.deadline}${overdue !== void 0 ? `, ${overdue} working day(s) ago` : ""}; ${waiting.en}.`
        ),
        action: text(
          `\u8BF7${result.waitingFor ? roleNames[result.waitingFor.role].zh : "\u5904\u7406\u4EBA"}\u5C3D\u5FEB\u5904\u7406 PR #${result.pr}\uFF1B\u4E0D\u80FD\u6309\u65F6\u5B8C\u6210\u7684\uFF0C\u8BF7\u5728 PR \u4E0A\u8BF4\u660E\u539F\u56E0\u3002`,
          `${result.waitingFor ? roleNames[result.waitingFor.role].en : "The person in charge"}: handle pull request #${result.pr}, or explain the delay on it.`
        ),
        params: {
          pr: result.pr,
          stage: result.stage,
          since: clock.startDate,
          deadline: clock.deadline ?? "",
          ...overdue !== void 0 ? { workdaysOverdue: overdue } : {}
        }
      });
    }
    return out;
  }
});
var applicationExpired = defineCheck({
  id: "application-expired",
  title: text("\u7533\u8BF7\u5DF2\u8FC7\u6709\u6548\u671F", "Applications past their 3-month validity"),
  citation: annex("\u9644\u4EF65", "5"),
  severity: "warning",
  needs: "pulls",
  why: text(
    "\u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 3 \u4E2A\u6708\u5185\u6709\u6548\uFF08\u9644\u4EF65 \u6CE85\u3001\u9644\u4EF68 \u6CE84\uFF09\uFF1A\u8FC7\u671F\u7684\u7533\u8BF7\u987B\u6539\u65E5\u671F\u3001\u786E\u8BA4\u5185\u5BB9\u540E\u91CD\u65B0\u63D0\u4EA4\u3002",
    "An application is valid for 3 months from its date (\u9644\u4EF65 note 5, \u9644\u4EF68 note 4): an expired one is re-dated, re-checked and resubmitted."
  ),
  run(ctx) {
    const out = [];
    for (const { input, result } of stages(ctx)) {
      if (!result.applies || result.stage !== "expired") continue;
      const author = input.pr.author;
      out.push({
        key: findingKey("application-expired", `pr-${result.pr}`),
        title: text(
          `PR #${result.pr} \u7684\u7533\u8BF7\u5DF2\u4E8E ${result.validUntil} \u8FC7\u671F`,
          `Pull request #${result.pr}: the application expired on ${result.validUntil}`
        ),
        ...unitOf4(ctx, result),
        pr: result.pr,
        message: text(
          `PR #${result.pr} \u7684\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 3 \u4E2A\u6708\u5185\u6709\u6548\uFF0C\u6709\u6548\u671F\u5230 ${result.validUntil}\uFF0C\u73B0\u5DF2\u8FC7\u671F\uFF0C\u4ECD\u672A\u5408\u5E76\u3002`,
          `The application in pull request #${result.pr} was valid for 3 months, until ${result.validUntil}; it has expired unmerged.`
        ),
        action: text(
          `\u53D1\u8D77\u4EBA @${author}\uFF1A\u4ECD\u9700\u8981\u7684\uFF0C\u628A date \u6539\u4E3A\u4ECA\u5929\u3001\u786E\u8BA4\u5185\u5BB9\u540E\u63A8\u9001\uFF0C\u91CD\u65B0\u8FDB\u5165\u5BA1\u67E5\uFF1B\u4E0D\u518D\u9700\u8981\u7684\uFF0C\u8BF7\u5173\u95ED PR\u3002`,
          `@${author}: if it is still needed, set date to today, re-check the content and push to restart the review; otherwise close the pull request.`
        ),
        params: { pr: result.pr, validUntil: result.validUntil ?? "", author }
      });
    }
    return out;
  }
});

// scripts/core/audit/checks/test-resources.ts
var reminderDays = 7;
var daysBetween = (from, to) => toDay(to) - toDay(from);
function* testResources(ctx) {
  for (const view of ctx.systems)
    for (const r of view.history.current.resources.values())
      if (r.kind === "test" && r.test?.expiresOn !== void 0)
        yield { view, r, expiresOn: r.test.expiresOn };
}
var maxTotalMonths = (ctx, view) => ctx.catalogs(view.system.profile)?.profile.testResources.maxTotalMonths ?? 6;
var common = (view, r) => ({
  unit: view.unitDir,
  ...view.unit ? { unitName: view.unit.name } : {},
  system: view.systemDir,
  systemName: view.system.name,
  resource: r.id
});
var testExpiring = defineCheck({
  id: "test-expiring",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u4E00\u5468\u5185\u5230\u671F", "Test resources expiring within a week"),
  citation: cite("\u7B2C46\u6761"),
  severity: "warning",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u5230\u671F\u524D\u4E00\u5468\uFF0C\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u901A\u8FC7\u90AE\u4EF6\u3001\u77ED\u4FE1\u7B49\u65B9\u5F0F\u63D0\u9192\u4F7F\u7528\u5355\u4F4D\uFF0C\u82E5\u4F7F\u7528\u5355\u4F4D\u4E0D\u7533\u8BF7\u7EED\u671F\uFF0C\u53EF\u5728\u6D4B\u8BD5\u8D44\u6E90\u5230\u671F\u540E\u81EA\u884C\u56DE\u6536\uFF08\u7B2C46\u6761\uFF09\u3002",
    "A week before a test resource expires the centre reminds the unit; without a renewal it may reclaim the resource once expired (\u7B2C46\u6761)."
  ),
  run(ctx) {
    const out = [];
    const last = addDays(ctx.today, reminderDays);
    for (const { view, r, expiresOn } of testResources(ctx)) {
      if (expiresOn < ctx.today || expiresOn > last) continue;
      const left = daysBetween(ctx.today, expiresOn);
      const cap = r.deliveredOn ? addMonths(r.deliveredOn, maxTotalMonths(ctx, view)) : void 0;
      const renewable = cap !== void 0 && cap > expiresOn;
      out.push({
        key: findingKey("test-expiring", view.unitDir, view.systemDir, r.id),
        title: text(
          `\u6D4B\u8BD5\u8D44\u6E90\u5C06\u4E8E ${expiresOn} \u5230\u671F\uFF1A${view.system.name} ${r.id}`,
          `Test resource expires on ${expiresOn}: ${view.system.name} ${r.id}`
        ),
        ...common(view, r),
        message: text(
          `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u5C06\u4E8E ${expiresOn} \u5230\u671F\uFF08\u8FD8\u6709 ${left} \u5929\uFF09\u3002`,
          `Test resource ${r.id} expires on ${expiresOn} (in ${left} day(s)).`
        ),
        action: renewable ? text(
          `\u8FD8\u8981\u4F7F\u7528\u7684\uFF0C\u8BF7\u5728\u5230\u671F\u524D\u63D0\u4EA4\u7EED\u671F\u7533\u8BF7\uFF08type: test-renewal\uFF09\uFF0C\u7D2F\u8BA1\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\uFF0C\u6700\u8FDF\u7528\u5230 ${cap}\uFF08\u7B2C45\u6761\uFF09\uFF1B\u4E0D\u518D\u4F7F\u7528\u7684\uFF0C\u8BF7\u5907\u4EFD\u6570\u636E\uFF0C\u5230\u671F\u540E\u7531\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u56DE\u6536\uFF08\u7B2C46\u300147\u6761\uFF09\u3002`,
          `To keep it, file a renewal (type: test-renewal) before it expires; the total stays within six months, until ${cap} at most (\u7B2C45\u6761). Otherwise back up its data: the centre reclaims it once expired (\u7B2C46, 47\u6761).`
        ) : text(
          `\u5DF2\u7528\u6EE1\u7D2F\u8BA1\u516D\u4E2A\u6708\uFF08\u7B2C45\u6761\uFF09\uFF0C\u4E0D\u80FD\u518D\u7EED\u671F\uFF1A\u8BF7\u5907\u4EFD\u6570\u636E\uFF0C\u5230\u671F\u540E\u7531\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u56DE\u6536\uFF08\u7B2C46\u300147\u6761\uFF09\uFF1B\u9700\u8981\u957F\u671F\u4F7F\u7528\u7684\uFF0C\u8BF7\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\u3002`,
          `It has used its six months in total (\u7B2C45\u6761) and cannot be renewed: back up its data, the centre reclaims it once expired (\u7B2C46, 47\u6761). For lasting use, file a new application.`
        ),
        params: {
          resource: r.id,
          expiresOn,
          daysLeft: left,
          renewable,
          ...cap ? { renewableUntil: cap } : {}
        }
      });
    }
    return out;
  }
});
function revokeItems(view, expired) {
  const ids = new Set(expired.map((r) => r.id));
  const items2 = expired.map((resource) => ({ resource }));
  for (const r of view.history.current.resources.values()) {
    if (ids.has(r.id)) continue;
    const host = r.config.bindTo ?? r.config.attachTo;
    if (host !== void 0 && ids.has(host))
      items2.push({ resource: r, reason: `\u968F ${host} \u4E00\u5E76\u64A4\u9500\uFF08\u7B2C19\u6761(3)\uFF09` });
  }
  return items2;
}
var testExpired = defineCheck({
  id: "test-expired",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u5DF2\u903E\u671F", "Expired test resources"),
  citation: cite("\u7B2C47\u6761"),
  severity: "error",
  why: text(
    "\u4F7F\u7528\u5355\u4F4D\u4E0D\u7533\u8BF7\u7EED\u671F\u7684\uFF0C\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u53EF\u5728\u6D4B\u8BD5\u8D44\u6E90\u5230\u671F\u540E\u81EA\u884C\u56DE\u6536\uFF1B\u56E0\u672A\u7533\u8BF7\u7EED\u671F\u6216\u672A\u5907\u4EFD\u5BFC\u81F4\u6D4B\u8BD5\u8D44\u6E90\u56DE\u6536\u540E\u9020\u6210\u635F\u5931\uFF0C\u76F8\u5173\u8D23\u4EFB\u7531\u4F7F\u7528\u5355\u4F4D\u627F\u62C5\uFF08\u7B2C46\u300147\u6761\uFF09\u3002",
    "Without a renewal the centre may reclaim a test resource once it expires; losses from a missing renewal or backup are the unit's (\u7B2C46, 47\u6761)."
  ),
  run(ctx) {
    const expiredBySystem = /* @__PURE__ */ new Map();
    for (const { view, r, expiresOn } of testResources(ctx))
      if (expiresOn < ctx.today) expiredBySystem.set(view, [...expiredBySystem.get(view) ?? [], r]);
    const out = [];
    for (const [view, expired] of expiredBySystem) {
      const draft = draftRevoke({
        view,
        items: revokeItems(view, expired),
        catalog: ctx.catalogs(view.system.profile),
        today: ctx.today,
        calendar: ctx.calendar,
        comment: [
          `\u64A4\u9500\u7533\u8BF7\uFF1A\u591C\u95F4\u5BA1\u8BA1\u4E3A\u903E\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90 ${expired.map((r) => r.id).join("\u3001")} \u8D77\u8349\uFF08\u7B2C46\u300147\u6761\uFF09\u3002`,
          "\u8BF7\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\uFF08\u9644\u4EF65 \u6CE86\uFF09\u3001\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65E5\u671F\u540E\u63D0\u4EA4\u3002"
        ]
      });
      for (const r of expired) {
        const expiresOn = r.test?.expiresOn;
        const overdue = daysBetween(expiresOn, ctx.today);
        out.push({
          key: findingKey("test-expired", view.unitDir, view.systemDir, r.id),
          title: text(
            `\u6D4B\u8BD5\u8D44\u6E90\u5DF2\u4E8E ${expiresOn} \u5230\u671F\u672A\u56DE\u6536\uFF1A${view.system.name} ${r.id}`,
            `Test resource expired on ${expiresOn} and not reclaimed: ${view.system.name} ${r.id}`
          ),
          ...common(view, r),
          message: text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u5DF2\u4E8E ${expiresOn} \u5230\u671F\uFF0C\u65E2\u672A\u7EED\u671F\u4E5F\u672A\u64A4\u9500\uFF0C\u5DF2\u903E\u671F ${overdue} \u5929\u3002\u5355\u4F4D\u5B58\u5728\u903E\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90\u65F6\uFF0C\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u4E0D\u4E88\u5BA1\u6279\uFF08\u7B2C51\u6761(3)\uFF09\u3002`,
            `Test resource ${r.id} expired on ${expiresOn} and was neither renewed nor revoked: ${overdue} day(s) overdue. While the unit holds overdue test resources, new ones are not approved (\u7B2C51\u6761(3)).`
          ),
          action: text(
            `\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u53EF\u56DE\u6536\uFF08\u7B2C46\u6761\uFF09\u3002\u5DF2\u8D77\u8349\u64A4\u9500\u7533\u8BF7 ${draft.file}\uFF08\u89C1\u4E0B\uFF09\uFF0C\u5305\u542B\u672C\u7CFB\u7EDF\u5168\u90E8\u903E\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A\u8BF7\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u6570\u636E\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\uFF08\u9644\u4EF65 \u6CE86\uFF09\u540E\u63D0\u4EA4\uFF1B\u56E0\u672A\u5907\u4EFD\u9020\u6210\u7684\u635F\u5931\u7531\u4F7F\u7528\u5355\u4F4D\u627F\u62C5\uFF08\u7B2C47\u6761\uFF09\u3002`,
            `The centre may reclaim it (\u7B2C46\u6761). The revocation ${draft.file} is drafted below, covering every overdue test resource of the system: the unit confirms whether the data is backed up or needs no backup (\u9644\u4EF65 note 6) and submits it; losses from a missing backup are the unit's (\u7B2C47\u6761).`
          ),
          params: { resource: r.id, expiresOn, daysOverdue: overdue },
          draft
        });
      }
    }
    return out;
  }
});

// scripts/core/audit/checks/index.ts
var auditChecks = [
  lowLoad,
  testExpiring,
  testExpired,
  offlineNotRevoked,
  stageLate,
  applicationExpired
];
var checkById = new Map(auditChecks.map((c) => [c.id, c]));

// scripts/core/audit/render.ts
var auditFormats = ["text", "markdown", "json"];
var severityNames = {
  error: { zh: "\u9519\u8BEF", en: "error" },
  warning: { zh: "\u8B66\u544A", en: "warning" },
  info: { zh: "\u63D0\u793A", en: "info" }
};
var fmt = (n, digits = 1) => n === void 0 ? "\u2014" : String(Math.round(n * 10 ** digits) / 10 ** digits);
var pctCell = (n) => n === void 0 ? "\u2014" : `${fmt(n)}%`;
function heading(report, lang) {
  const w = report.window;
  const win = w?.length ? `${w[0]} \u81F3 ${w[w.length - 1]}` : "";
  const winEn = w?.length ? `${w[0]} to ${w[w.length - 1]}` : "";
  if (lang === "zh")
    return `\u591C\u95F4\u5BA1\u8BA1 ${report.today}${report.metricsSource ? `\uFF08\u5229\u7528\u7387\uFF1A${report.metricsSource}\uFF0C\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5 ${win}\uFF09` : ""}`;
  return `Nightly audit ${report.today}${report.metricsSource ? ` (utilization: ${report.metricsSource}, last 5 working days ${winEn})` : ""}`;
}
function countsLine(report, lang) {
  const parts = auditChecks.filter((c) => report.counts[c.id] > 0).map((c) => `${c.title[lang]} ${report.counts[c.id]}`);
  const n = report.findings.length;
  if (lang === "zh") return `\u5171 ${n} \u6761\u53D1\u73B0${parts.length ? `\uFF1A${parts.join("\uFF0C")}` : ""}\u3002`;
  return `${n} finding(s)${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}
var where = (f) => [f.unit, f.system, f.resource].filter(Boolean).join("/") + (f.pr !== void 0 ? ` PR #${f.pr}` : "");
var summaryColumns = {
  zh: [
    "\u5355\u4F4D",
    "\u7CFB\u7EDF",
    "\u4E91\u4E3B\u673A\uFF08\u53F0\uFF09",
    "vCPU\uFF08\u6838\uFF09",
    "\u5185\u5B58\uFF08GB\uFF09",
    "\u6709\u6570\u636E\uFF08\u53F0\uFF09",
    "CPU \u5E73\u5747",
    "\u5185\u5B58\u5E73\u5747",
    "\u4F4E\u8D1F\u8F7D\uFF08\u53F0\uFF09",
    "\u53EF\u7F29\u51CF vCPU",
    "\u53EF\u7F29\u51CF\u5185\u5B58\uFF08GB\uFF09",
    "\u6D4B\u8BD5\u8D44\u6E90",
    "\u5176\u4E2D\u903E\u671F"
  ],
  en: [
    "Unit",
    "Systems",
    "Hosts",
    "vCPU",
    "Memory (GB)",
    "Measured",
    "CPU avg",
    "Memory avg",
    "Low-load",
    "Reclaimable vCPU",
    "Reclaimable GB",
    "Test resources",
    "Overdue"
  ]
};
var summaryRow = (s) => [
  s.unitName ? `${s.unitName}\uFF08${s.unit}\uFF09` : s.unit,
  String(s.systems),
  String(s.hosts),
  String(s.vcpu),
  String(s.memoryGB),
  String(s.measuredHosts),
  pctCell(s.cpuAverage),
  pctCell(s.memoryAverage),
  String(s.lowLoadHosts),
  String(s.reclaimableVcpu),
  String(s.reclaimableMemoryGB),
  String(s.testResources),
  String(s.expiredTestResources)
];
function table2(head, rows) {
  const cells = (r) => r.map((c) => inlineText(c)).join(" | ");
  return [
    `| ${cells(head)} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${cells(r)} |`)
  ].join("\n");
}
function evidenceTable(f, lang) {
  const e = f.evidence;
  if (!e) return "";
  const head = lang === "zh" ? ["\u4E3B\u673A", "IP", "\u4E3B\u673A\u540D", "\u5929\u6570", "CPU \u5E73\u5747", "CPU \u5CF0\u503C", "\u5185\u5B58\u5E73\u5747", "\u5185\u5B58\u5CF0\u503C"] : ["Host", "IP", "Host name", "Days", "CPU avg", "CPU peak", "Memory avg", "Memory peak"];
  const row = (h) => {
    const u2 = h.utilization;
    return [
      h.name,
      h.ip ?? "\u2014",
      h.hostname ?? "\u2014",
      String(u2?.days ?? 0),
      pctCell(u2?.cpu?.average),
      pctCell(u2?.cpu?.peak),
      pctCell(u2?.memory?.average),
      pctCell(u2?.memory?.peak)
    ];
  };
  const c = e.combined;
  const total = [
    lang === "zh" ? "\u5408\u5E76" : "combined",
    "",
    "",
    String(c.days),
    pctCell(c.cpu?.average),
    pctCell(c.cpu?.peak),
    pctCell(c.memory?.average),
    pctCell(c.memory?.peak)
  ];
  return table2(head, [...e.hosts.map(row), total]);
}
function renderText3(report, lang) {
  const out = [heading(report, lang), ""];
  for (const f of report.findings) {
    out.push(
      `[${severityNames[f.severity][lang]}] ${formatCitation(f.citation)} ${f.title[lang]}  (${where(f)})`,
      `  ${f.message[lang]}`,
      `  ${lang === "zh" ? "\u5EFA\u8BAE\uFF1A" : "Action: "}${f.action[lang]}`
    );
    if (f.draft) out.push(`  ${lang === "zh" ? "\u8D77\u8349\u7684\u7533\u8BF7\uFF1A" : "Drafted application: "}${f.draft.file}`);
    out.push("");
  }
  out.push(lang === "zh" ? "\u5404\u5355\u4F4D\u5229\u7528\u7387\uFF08\u7B2C8\u6761\uFF09" : "Utilization by unit (\u7B2C8\u6761)");
  const rows = report.summary.map(summaryRow);
  const head = summaryColumns[lang];
  const widths = head.map(
    (h, i) => Math.max(stringWidth2(h), ...rows.map((r) => stringWidth2(r[i])))
  );
  const line2 = (cells) => cells.map((c, i) => c + " ".repeat(widths[i] - stringWidth2(c))).join("  ").trimEnd();
  out.push(line2(head), ...rows.map(line2), "");
  for (const n of report.notes) out.push(`- ${n[lang]}`);
  out.push("", countsLine(report, lang), "");
  return out.join("\n");
}
function findingMarkdown(f, lang, level = "###") {
  const check = checkById.get(f.check);
  const unit = f.unitName ? `${inlineText(f.unitName)}${lang === "zh" ? "\uFF08" : " ("}${codeSpan(f.unit)}${lang === "zh" ? "\uFF09" : ")"}` : codeSpan(f.unit);
  const system = f.systemName && f.system ? `${inlineText(f.systemName)}${lang === "zh" ? "\uFF08" : " ("}${codeSpan(f.system)}${lang === "zh" ? "\uFF09" : ")"}` : void 0;
  const place = lang === "zh" ? [
    `\u5355\u4F4D\uFF1A${unit}`,
    ...system ? [`\u7CFB\u7EDF\uFF1A${system}`] : [],
    ...f.resource ? [`\u8D44\u6E90\uFF1A${codeSpan(f.resource)}`] : [],
    ...f.pr !== void 0 ? [`PR\uFF1A#${f.pr}`] : []
  ] : [
    `Unit: ${unit}`,
    ...system ? [`System: ${system}`] : [],
    ...f.resource ? [`Resource: ${codeSpan(f.resource)}`] : [],
    ...f.pr !== void 0 ? [`Pull request: #${f.pr}`] : []
  ];
  const out = [
    `**${check?.title[lang] ?? f.check}** \xB7 ${formatCitation(f.citation)} \xB7 ${severityNames[f.severity][lang]}`,
    "",
    place.join(" \xB7 "),
    "",
    inlineText(f.message[lang]),
    "",
    `**${lang === "zh" ? "\u5EFA\u8BAE" : "Action"}\uFF1A** ${inlineText(f.action[lang])}`
  ];
  if (f.evidence) {
    const w = f.evidence.window;
    out.push(
      "",
      `${level} ${lang === "zh" ? `\u5229\u7528\u7387\uFF08${inlineText(f.evidence.source)}\uFF0C${w[0]} \u81F3 ${w[w.length - 1]} \u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\uFF1A${w.join("\u3001")}\uFF09` : `Utilization (${inlineText(f.evidence.source)}, the 5 working days ${w.join(", ")})`}`,
      "",
      evidenceTable(f, lang)
    );
  }
  if (f.draft) {
    out.push(
      "",
      `${level} ${lang === "zh" ? "\u8D77\u8349\u7684\u7533\u8BF7" : "Drafted application"} ${codeSpan(f.draft.file)}`,
      "",
      lang === "zh" ? "\u63D0\u4EA4\u524D\u8BF7\u786E\u8BA4\uFF1A" : "Before submitting:",
      "",
      ...f.draft.confirm.map((c) => `- [ ] ${inlineText(c[lang])}`),
      "",
      codeBlock(f.draft.yaml, "yaml")
    );
  }
  return out.join("\n");
}
function renderMarkdown2(report, lang) {
  const out = [`## ${inlineText(heading(report, lang))}`, "", countsLine(report, lang), ""];
  for (const check of auditChecks) {
    const list3 = report.findings.filter((f) => f.check === check.id);
    if (list3.length === 0) continue;
    out.push(`### ${check.title[lang]}\uFF08${formatCitation(check.citation)}\uFF09`, "");
    for (const f of list3) {
      out.push(
        `<details><summary>${inlineText(f.title[lang])}</summary>`,
        "",
        findingMarkdown(f, lang, "####"),
        "",
        "</details>",
        ""
      );
    }
  }
  out.push(`### ${lang === "zh" ? "\u5404\u5355\u4F4D\u5229\u7528\u7387\uFF08\u7B2C8\u6761\uFF09" : "Utilization by unit (\u7B2C8\u6761)"}`, "");
  out.push(table2(summaryColumns[lang], report.summary.map(summaryRow)), "");
  if (report.notes.length) out.push(...report.notes.map((n) => `- ${inlineText(n[lang])}`), "");
  return out.join("\n");
}
function renderJson(report, lang) {
  const findings = report.findings.map((f) => ({
    ...f,
    title: f.title[lang],
    message: f.message[lang],
    action: f.action[lang],
    citationText: formatCitation(f.citation),
    ...f.draft ? { draft: { ...f.draft, confirm: f.draft.confirm.map((c) => c[lang]) } } : {}
  }));
  return `${JSON.stringify({ ...report, findings, notes: report.notes.map((n) => n[lang]) }, null, 2)}
`;
}
function renderAudit(report, format, lang) {
  if (format === "json") return renderJson(report, lang);
  if (format === "markdown") return renderMarkdown2(report, lang);
  return renderText3(report, lang);
}

// scripts/core/audit/issues.ts
var markerPrefix = "<!-- govcloud-audit:";
var issueMarker = (key) => `${markerPrefix} ${key} -->`;
function markerKey(body) {
  const m = /<!-- govcloud-audit: (\S+) -->/.exec(body ?? "");
  return m?.[1];
}
function desiredIssue(f, settings, lang) {
  const footer = lang === "zh" ? "_\u7531\u591C\u95F4\u5BA1\u8BA1\uFF08`govcloud audit`\uFF09\u7EF4\u62A4\uFF1A\u6BCF\u665A\u6309\u6700\u65B0\u6570\u636E\u66F4\u65B0\uFF0C\u95EE\u9898\u6D88\u5931\u540E\u81EA\u52A8\u5173\u95ED\u3002\u786E\u8BA4\u4E0D\u5904\u7406\u7684\uFF0C\u8BF7\u4EE5\u201CClose as not planned\u201D\u5173\u95ED\uFF0C\u5BA1\u8BA1\u4E0D\u4F1A\u518D\u6253\u5F00\u5B83\u3002_" : "_Maintained by the nightly audit (`govcloud audit`): updated every night from the latest data and closed once the problem is gone. To dismiss it, close it as not planned: the audit will not reopen it._";
  return {
    key: f.key,
    check: f.check,
    // 标题是纯文本（GitHub 不按 Markdown 显示）：只把不可见字符写成可见的，换行成为空格
    title: `[${lang === "zh" ? "\u5BA1\u8BA1" : "audit"}] ${visible2(f.title[lang]).replace(/[\t\r\n]+/g, " ")}`,
    body: [issueMarker(f.key), findingMarkdown(f, lang), "", "---", footer, ""].join("\n"),
    labels: [
      settings.label,
      ...settings.checkLabels[f.check] ? [settings.checkLabels[f.check]] : []
    ]
  };
}
var checkOfKey = (key) => key.split("/")[0];
function planIssueSync(desired, existing, options) {
  const byKey = /* @__PURE__ */ new Map();
  for (const issue of existing) {
    if (!options.isOwn(issue)) continue;
    const key = markerKey(issue.body);
    if (key === void 0) continue;
    byKey.set(key, [...byKey.get(key) ?? [], issue]);
  }
  const actions = [];
  const zh = options.lang === "zh";
  const primary = /* @__PURE__ */ new Map();
  for (const [key, issues] of byKey) {
    const sorted = [...issues].sort((a, b) => a.number - b.number);
    const keep = sorted.find((i) => i.state === "open") ?? sorted[0];
    primary.set(key, keep);
    for (const other of sorted)
      if (other !== keep && other.state === "open")
        actions.push({
          kind: "close",
          key,
          number: other.number,
          reason: "not_planned",
          comment: zh ? `\u4E0E #${keep.number} \u91CD\u590D\uFF0C\u5173\u95ED\u3002` : `Duplicate of #${keep.number}.`
        });
  }
  let created = 0;
  const wanted = /* @__PURE__ */ new Set();
  for (const d of desired) {
    wanted.add(d.key);
    const issue = primary.get(d.key);
    if (!issue) {
      if (created >= options.maxCreate) {
        actions.push({ kind: "deferred", key: d.key });
        continue;
      }
      created++;
      actions.push({ kind: "create", key: d.key, title: d.title, body: d.body, labels: d.labels });
      continue;
    }
    if (issue.state === "closed" && issue.stateReason === "not_planned") {
      actions.push({ kind: "suppressed", key: d.key, number: issue.number });
      continue;
    }
    const missing = d.labels.filter((l) => !issue.labels.includes(l));
    const reopen = issue.state === "closed";
    const title = issue.title !== d.title ? d.title : void 0;
    const body = issue.body.trim() !== d.body.trim() ? d.body : void 0;
    if (!reopen && !title && !body && missing.length === 0) {
      actions.push({ kind: "unchanged", key: d.key, number: issue.number });
      continue;
    }
    actions.push({
      kind: "update",
      key: d.key,
      number: issue.number,
      ...title ? { title } : {},
      ...body ? { body } : {},
      ...missing.length ? { labels: [...issue.labels, ...missing] } : {},
      ...reopen ? { reopen: true } : {}
    });
  }
  const checked = new Set(options.checked);
  const undetermined = new Set(options.undetermined);
  for (const [key, issue] of primary) {
    if (wanted.has(key) || issue.state !== "open") continue;
    if (!checked.has(checkOfKey(key)) || undetermined.has(key)) continue;
    actions.push({
      kind: "close",
      key,
      number: issue.number,
      reason: "completed",
      comment: zh ? `\u591C\u95F4\u5BA1\u8BA1 ${options.today} \u6CA1\u6709\u518D\u53D1\u73B0\u8FD9\u4E2A\u95EE\u9898\uFF0C\u81EA\u52A8\u5173\u95ED\u3002` : `The nightly audit of ${options.today} no longer finds this problem: closing.`
    });
  }
  return actions;
}
function desiredIssues(report, settings, lang) {
  return report.findings.map((f) => desiredIssue(f, settings, lang));
}

// scripts/adapters/github-issues.ts
function issueClient(octokit, repo) {
  const { owner, repo: name2 } = repo;
  return {
    async listIssues(label3) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo: name2,
        state: "all",
        ...label3 ? { labels: label3 } : {},
        per_page: 100
      });
      return issues.filter((i) => !i.pull_request).map((i) => ({
        number: i.number,
        title: i.title,
        body: i.body ?? "",
        state: i.state === "closed" ? "closed" : "open",
        stateReason: i.state_reason ?? null,
        labels: i.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
        author: { login: i.user?.login ?? "", type: i.user?.type ?? "" }
      }));
    },
    async createIssue(issue) {
      const { data } = await octokit.rest.issues.create({ owner, repo: name2, ...issue, ...noRetry });
      return data.number;
    },
    async updateIssue(number, change) {
      await octokit.rest.issues.update({
        owner,
        repo: name2,
        issue_number: number,
        ...change.title !== void 0 ? { title: change.title } : {},
        ...change.body !== void 0 ? { body: change.body } : {},
        ...change.labels !== void 0 ? { labels: change.labels } : {},
        ...change.state !== void 0 ? { state: change.state } : {},
        ...change.stateReason !== void 0 ? { state_reason: change.stateReason } : {}
      });
    },
    async comment(number, body) {
      await octokit.rest.issues.createComment({ owner, repo: name2, issue_number: number, body, ...noRetry });
    },
    async openPullRequests() {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        owner,
        repo: name2,
        state: "open",
        per_page: 100
      });
      return pulls.map((p) => p.number);
    }
  };
}
async function applyIssueActions(client, actions, options) {
  const report = {
    created: [],
    updated: [],
    reopened: [],
    closed: [],
    unchanged: 0,
    suppressed: 0,
    deferred: 0
  };
  const total = actions.length;
  let done = 0;
  for (const a of actions) {
    switch (a.kind) {
      case "create": {
        let number;
        try {
          number = await client.createIssue({ title: a.title, body: a.body, labels: a.labels });
        } catch (error) {
          if ((error.status ?? 0) < 500) throw error;
          const again = (await client.listIssues(options.label)).find((i) => markerKey(i.body) === a.key);
          number = again ? again.number : await client.createIssue({ title: a.title, body: a.body, labels: a.labels });
        }
        report.created.push(number);
        break;
      }
      case "update":
        await client.updateIssue(a.number, {
          ...a.title !== void 0 ? { title: a.title } : {},
          ...a.body !== void 0 ? { body: a.body } : {},
          ...a.labels !== void 0 ? { labels: a.labels } : {},
          ...a.reopen ? { state: "open", stateReason: "reopened" } : {}
        });
        (a.reopen ? report.reopened : report.updated).push(a.number);
        break;
      case "close":
        await client.comment(a.number, a.comment);
        await client.updateIssue(a.number, { state: "closed", stateReason: a.reason });
        report.closed.push(a.number);
        break;
      case "unchanged":
        report.unchanged++;
        break;
      case "suppressed":
        report.suppressed++;
        break;
      case "deferred":
        report.deferred++;
        break;
    }
    options.progress?.(++done, total);
  }
  return report;
}
async function gatherOpenPulls(octokit, repo, config, wantSource, progress) {
  const numbers = await issueClient(octokit, repo).openPullRequests();
  const client = githubClient(octokit, repo);
  const out = [];
  progress?.(0, numbers.length);
  for (const n of numbers) {
    out.push(await gatherStage(client, n, config, wantSource));
    progress?.(out.length, numbers.length);
  }
  return out;
}

// scripts/core/audit/promql.ts
var hostLabel = "govcloud_host";
var dayLabel = "govcloud_day";
var dayEnd = (date) => Date.parse(`${addDays(date, 1)}T00:00:00+08:00`) / 1e3;
function byHost(expr, settings) {
  const pattern = JSON.stringify(settings.hostPattern);
  return `max by (${hostLabel}, ${dayLabel}) (label_replace(${expr}, "${hostLabel}", "$1", "${settings.hostLabel}", ${pattern}))`;
}
function durationSeconds(d) {
  const m = /^([1-9][0-9]*)(ms|s|m|h)$/.exec(d);
  if (!m) throw new RangeError(`\u4E0D\u662F Prometheus \u65F6\u957F\uFF1A${d}`);
  const n = Number(m[1]);
  return m[2] === "ms" ? n / 1e3 : m[2] === "s" ? n : m[2] === "m" ? n * 60 : n * 3600;
}
function perDay(fn, series, date, step, filter = "") {
  const range2 = `${86400 - durationSeconds(step)}s`;
  return `label_replace(${fn}((${series})[${range2}:${step}] @ ${dayEnd(date)})${filter}, "${dayLabel}", "${date}", "", "")`;
}
var isSelector = (expr) => /^\s*[a-zA-Z_:][a-zA-Z0-9_:]*\s*(\{[^{}]*\})?\s*$/.test(expr);
function perDaySelector(fn, expr, date) {
  return `label_replace(${fn}(${expr.trim()}[86399999ms] @ ${(dayEnd(date) - 1e-3).toFixed(3)}), "${dayLabel}", "${date}", "", "")`;
}
function windowQuery(expr, figure, dates, settings) {
  const points = Math.round(86400 / durationSeconds(settings.step));
  const fn = figure === "peak" ? "max_over_time" : figure === "days" ? "count_over_time" : "avg_over_time";
  const filter = figure === "days" ? ` >= ${Math.ceil(points / 2)}` : "";
  const day2 = (d) => isSelector(expr) ? perDaySelector(fn, expr, d) : perDay(fn, expr, d, settings.step, filter);
  const union = dates.map((d) => byHost(day2(d), settings)).join(" or ");
  const agg = figure === "average" ? "avg" : figure === "peak" ? "max" : "count";
  return `${agg} by (${hostLabel}) (${union})`;
}
var evaluationTime = (dates) => dayEnd(dates[dates.length - 1]);

// scripts/adapters/prometheus.ts
var PrometheusError = class extends Error {
  constructor(zh, en) {
    super(zh);
    this.zh = zh;
    this.en = en;
  }
  zh;
  en;
};
async function instantQuery(options, query, time) {
  const base = new URL(options.url);
  const headers = { "content-type": "application/x-www-form-urlencoded" };
  if (base.username || base.password)
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString("base64")}`;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  base.username = "";
  base.password = "";
  const endpoint = new URL(`${base.pathname.replace(/\/$/, "")}/api/v1/query`, base);
  const shown = `${base.origin}${base.pathname.replace(/\/$/, "")}`;
  let response;
  try {
    response = await (options.fetch ?? fetch)(endpoint, {
      method: "POST",
      headers,
      body: new URLSearchParams({ query, time: time.toFixed(3), timeout: `${options.timeoutSeconds}s` }),
      signal: AbortSignal.timeout((options.timeoutSeconds + 10) * 1e3)
    });
  } catch (error) {
    const cause = error.cause;
    const reason = cause?.message ?? error.message;
    throw new PrometheusError(
      `\u8FDE\u4E0D\u4E0A Prometheus ${shown}\uFF1A${reason}`,
      `Cannot reach Prometheus at ${shown}: ${reason}`
    );
  }
  const raw2 = await response.text();
  let body;
  try {
    body = JSON.parse(raw2);
  } catch {
    throw new PrometheusError(
      `Prometheus ${shown} \u7684\u5E94\u7B54\u4E0D\u662F JSON\uFF08HTTP ${response.status}\uFF09\uFF1A${raw2.slice(0, 200)}`,
      `Prometheus at ${shown} answered with non-JSON (HTTP ${response.status}): ${raw2.slice(0, 200)}`
    );
  }
  if (body.status !== "success" || body.data?.resultType !== "vector")
    throw new PrometheusError(
      `Prometheus \u67E5\u8BE2\u5931\u8D25\uFF08HTTP ${response.status}\uFF0C${body.errorType ?? "?"}\uFF09\uFF1A${body.error ?? raw2.slice(0, 200)}\u3002\u8BF7\u68C0\u67E5 .github/govcloud-audit.yaml \u4E2D\u7684\u8868\u8FBE\u5F0F\u3002`,
      `The Prometheus query failed (HTTP ${response.status}, ${body.errorType ?? "?"}): ${body.error ?? raw2.slice(0, 200)}. Check the expressions in .github/govcloud-audit.yaml.`
    );
  const out = /* @__PURE__ */ new Map();
  for (const s of body.data.result ?? []) {
    const host = s.metric[hostLabel];
    const v = Number(s.value[1]);
    if (!host || !Number.isFinite(v)) continue;
    out.set(host, Math.min(100, Math.max(0, v)));
  }
  return out;
}
async function inParallel(tasks, limit, done) {
  const results2 = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results2[i] = await tasks[i]();
      done();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results2;
}
function prometheusSource(options) {
  const shown = (() => {
    const u2 = new URL(options.url);
    return `${u2.host}${u2.pathname.replace(/\/$/, "")}`;
  })();
  const label3 = `Prometheus ${shown}`;
  return {
    label: label3,
    async prefetch(hosts, windows, progress) {
      const { settings } = options;
      const wanted = new Set(hosts);
      const q = { ...options, timeoutSeconds: settings.timeoutSeconds };
      const plan = [];
      for (const window of windows) {
        for (const metric of ["cpu", "memory"])
          for (const figure of ["average", "peak", "days"]) plan.push({ window, metric, figure });
        if (settings.expressions.storage) plan.push({ window, metric: "storage", figure: "peak" });
      }
      let done = 0;
      progress?.(0, plan.length);
      const answers = await inParallel(
        plan.map((p) => () => {
          const expr = settings.expressions[p.metric];
          return instantQuery(q, windowQuery(expr, p.figure, p.window, settings), evaluationTime(p.window));
        }),
        options.concurrency ?? 4,
        () => progress?.(++done, plan.length)
      );
      const results2 = /* @__PURE__ */ new Map();
      for (const window of windows) {
        const get = (metric, figure) => {
          const i = plan.findIndex((p) => p.window === window && p.metric === metric && p.figure === figure);
          return i < 0 ? /* @__PURE__ */ new Map() : answers[i];
        };
        const [cpuAvg, cpuPeak, cpuDays, memAvg, memPeak, memDays, storage] = [
          get("cpu", "average"),
          get("cpu", "peak"),
          get("cpu", "days"),
          get("memory", "average"),
          get("memory", "peak"),
          get("memory", "days"),
          get("storage", "peak")
        ];
        const perHost = /* @__PURE__ */ new Map();
        const seen = /* @__PURE__ */ new Set([...cpuDays.keys(), ...memDays.keys()]);
        for (const host of seen) {
          if (!wanted.has(host)) continue;
          const ca = cpuAvg.get(host);
          const cp = cpuPeak.get(host);
          const ma = memAvg.get(host);
          const mp = memPeak.get(host);
          const st = storage.get(host);
          perHost.set(host, {
            days: Math.max(cpuDays.get(host) ?? 0, memDays.get(host) ?? 0),
            ...ca !== void 0 ? { cpu: { average: ca, peak: cp ?? ca } } : {},
            ...ma !== void 0 ? { memory: { average: ma, peak: mp ?? ma } } : {},
            ...st !== void 0 ? { storage: { peak: st } } : {}
          });
        }
        results2.set(windowKey(window), perHost);
      }
      return prefetchedSource(label3, results2);
    }
  };
}

// scripts/core/audit/summary.ts
function summarize3(ctx, assessments, window) {
  const units = /* @__PURE__ */ new Map();
  const entry2 = (unit, unitName) => {
    let e = units.get(unit);
    if (!e) {
      e = {
        unit,
        ...unitName ? { unitName } : {},
        systems: 0,
        hosts: 0,
        vcpu: 0,
        memoryGB: 0,
        measuredHosts: 0,
        lowLoadHosts: 0,
        reclaimableVcpu: 0,
        reclaimableMemoryGB: 0,
        testResources: 0,
        expiredTestResources: 0,
        cpuSum: 0,
        cpuN: 0,
        memSum: 0,
        memN: 0
      };
      units.set(unit, e);
    }
    return e;
  };
  for (const view of ctx.systems) {
    const e = entry2(view.unitDir, view.unit?.name);
    e.systems++;
    for (const r of view.history.current.resources.values()) {
      if (r.kind !== "test") continue;
      e.testResources++;
      if (r.test?.expiresOn !== void 0 && r.test.expiresOn < ctx.today) e.expiredTestResources++;
    }
  }
  const windowDays = window.length;
  for (const a of assessments) {
    const e = entry2(a.view.unitDir, a.view.unit?.name);
    const n = Math.max(a.resource.instances.length, a.resource.config.quantity ?? 0);
    e.hosts += n;
    e.vcpu += n * (a.resource.config.vcpu ?? 0);
    e.memoryGB += n * (a.resource.config.memoryGB ?? 0);
    for (const h of a.hosts) {
      const u2 = h.utilization;
      if (!u2 || windowDays === 0 || u2.days < windowDays) continue;
      e.measuredHosts++;
      if (u2.cpu) {
        e.cpuSum += u2.cpu.average;
        e.cpuN++;
      }
      if (u2.memory) {
        e.memSum += u2.memory.average;
        e.memN++;
      }
    }
    if (a.status === "low") {
      e.lowLoadHosts += a.resource.instances.length;
      if (a.next) {
        e.reclaimableVcpu += a.resource.instances.length * ((a.resource.config.vcpu ?? 0) - a.next.vcpu);
        e.reclaimableMemoryGB += a.resource.instances.length * ((a.resource.config.memoryGB ?? 0) - a.next.memoryGB);
      }
    }
  }
  return [...units.values()].sort((a, b) => a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0).map(({ cpuSum, cpuN, memSum, memN, ...s }) => ({
    ...s,
    ...cpuN ? { cpuAverage: cpuSum / cpuN } : {},
    ...memN ? { memoryAverage: memSum / memN } : {}
  }));
}

// scripts/core/audit/audit.ts
function systemViews(repo, histories) {
  const out = [];
  for (const [key, system] of [...repo.systems].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const [unitDir, systemDir] = key.split("/");
    const history = histories.get(key);
    if (!history) continue;
    const applications = repo.applications.get(systemKey(unitDir, systemDir)) ?? [];
    const sequences = [
      ...applications.map((a) => a.data.sequence),
      ...(repo.headers.get(key) ?? []).map((h) => h.sequence ?? 0)
    ];
    const unit = repo.units.get(unitDir)?.data;
    out.push({
      key,
      unitDir,
      systemDir,
      ...unit ? { unit } : {},
      system: system.data,
      history,
      applications,
      lastSequence: Math.max(0, ...sequences)
    });
  }
  return out;
}
var order = new Map(auditChecks.map((c, i) => [c.id, i]));
function sortAuditFindings(findings) {
  const cmp = (a = "", b = "") => a < b ? -1 : a > b ? 1 : 0;
  return [...findings].sort(
    (a, b) => (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0) || cmp(a.unit, b.unit) || cmp(a.system, b.system) || cmp(a.resource, b.resource) || (a.pr ?? 0) - (b.pr ?? 0) || cmp(a.key, b.key)
  );
}
function audit(ctx) {
  const notes = [];
  const findings = [];
  const checked = [];
  const provisional = /* @__PURE__ */ new Set();
  const tracked = (fn) => {
    const { value, provisional: years } = ctx.calendar.track(fn);
    for (const y of years) provisional.add(y);
    return value;
  };
  const { window, assessments } = tracked(() => assess(ctx));
  for (const check of auditChecks) {
    if (check.needs === "metrics" && (!ctx.metrics || window.length === 0)) continue;
    if (check.needs === "pulls" && !ctx.pulls) continue;
    checked.push(check.id);
    for (const f of tracked(() => check.run(ctx)))
      findings.push({
        ...f,
        check: check.id,
        severity: f.severity ?? check.severity,
        citation: f.citation ?? check.citation
      });
  }
  if (provisional.size > 0) notes.push(provisionalCalendarMessage([...provisional].sort((a, b) => a - b)));
  if (!ctx.metrics)
    notes.push(
      text(
        "\u6CA1\u6709\u7ED9\u51FA\u5229\u7528\u7387\u6765\u6E90\uFF08--metrics\uFF09\uFF0C\u672A\u5224\u5B9A\u4F4E\u8D1F\u8F7D\u4E91\u4E3B\u673A\uFF08\u7B2C19\u6761\uFF09\u3002",
        "No utilization source (--metrics): low-load hosts (\u7B2C19\u6761) were not assessed."
      )
    );
  else if (window.length === 0)
    notes.push(
      text(
        `\u5DE5\u4F5C\u65E5\u65E5\u5386\u6CA1\u6709\u6536\u5F55 ${ctx.today.slice(0, 4)} \u5E74\u6216\u4E0A\u4E00\u5E74\u7684\u8282\u5047\u65E5\u5B89\u6392\uFF0C\u7B97\u4E0D\u51FA\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\uFF0C\u672A\u5224\u5B9A\u4F4E\u8D1F\u8F7D\u4E91\u4E3B\u673A\uFF1A\u8BF7\u5728 catalog/calendar/cn.yaml \u4E2D\u8865\u4E0A\u3002`,
        `The working-day calendar lacks ${ctx.today.slice(0, 4)} or the year before, so the last 5 working days are unknown and low-load hosts were not assessed: add the year to catalog/calendar/cn.yaml.`
      )
    );
  else {
    const missing = assessments.filter((a) => a.status === "no-data");
    const hosts = missing.reduce(
      (n, a) => n + a.hosts.filter((h) => (h.utilization?.days ?? 0) < window.length).length,
      0
    );
    if (missing.length > 0)
      notes.push(
        text(
          `${missing.length} \u9879\u4E91\u4E3B\u673A\u8D44\u6E90\uFF08${hosts} \u53F0\u4E3B\u673A\uFF09\u5728 ${ctx.metrics.label} \u4E2D\u6CA1\u6709\u5B8C\u6574\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u6570\u636E\uFF08${window[0]} \u81F3 ${window[window.length - 1]}\uFF09\uFF0C\u672A\u4F5C\u5224\u5B9A\uFF1A\u8BF7\u6838\u5BF9\u76D1\u63A7\u4E2D\u4E3B\u673A\u7684 IP \u6216\u4E3B\u673A\u540D\u4E0E\u4EA4\u4ED8\u8BB0\u5F55\u4E00\u81F4\u3002`,
          `${missing.length} host resource(s) (${hosts} host(s)) have no complete 5 working days in ${ctx.metrics.label} (${window[0]} to ${window[window.length - 1]}) and were not assessed: check that the monitoring's IPs or host names match the delivery records.`
        )
      );
  }
  if (!ctx.pulls)
    notes.push(
      text(
        "\u6CA1\u6709\u6253\u5F00\u7684 PR \u6570\u636E\uFF08--prs \u6216 --open-issues\uFF09\uFF0C\u672A\u68C0\u67E5\u9636\u6BB5\u65F6\u9650\u4E0E\u7533\u8BF7\u6709\u6548\u671F\u3002",
        "No open pull request data (--prs or --open-issues): stage clocks and application validity were not checked."
      )
    );
  notes.push(
    text(
      "\u7CFB\u7EDF\u7684\u4E0B\u7EBF\u65E5\u671F\u53EA\u8BB0\u5F55\u5728\u64A4\u9500\u7533\u8BF7\u7684 revoke.systemOffline \u4E2D\uFF08system.yaml \u6CA1\u6709\u72B6\u6001\u5B57\u6BB5\uFF09\uFF1A\u4ECE\u672A\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\u7684\u4E0B\u7EBF\u7CFB\u7EDF\u65E0\u4ECE\u53D1\u73B0\u3002",
      "A system's offline date is recorded only in a revocation's revoke.systemOffline (system.yaml has no status): an offline system with no revocation at all cannot be seen."
    )
  );
  const sorted = sortAuditFindings(findings);
  const counts = Object.fromEntries(auditChecks.map((c) => [c.id, 0]));
  for (const f of sorted) counts[f.check]++;
  return {
    today: ctx.today,
    ...window.length ? { window } : {},
    ...ctx.metrics ? { metricsSource: ctx.metrics.label } : {},
    findings: sorted,
    summary: summarize3(ctx, assessments, window),
    notes,
    counts,
    checked,
    undetermined: assessments.filter((a) => a.status === "no-data").map((a) => findingKey("low-load", a.view.unitDir, a.view.systemDir, a.resource.id))
  };
}

// scripts/core/audit/config.ts
import yaml7 from "js-yaml";
var auditConfigPath = ".github/govcloud-audit.yaml";
var presets = {
  node: {
    hostLabel: "instance",
    hostPattern: "^(.+?)(?::[0-9]+)?$",
    expressions: {
      cpu: '100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])))',
      memory: "100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"
    }
  },
  libvirt: {
    hostLabel: "domain",
    hostPattern: "^(.+)$",
    expressions: {
      cpu: "100 * rate(libvirt_domain_info_cpu_time_seconds_total[5m]) / on (domain) libvirt_domain_info_virtual_cpus",
      memory: "100 * libvirt_domain_info_memory_usage_bytes / on (domain) libvirt_domain_info_maximum_memory_bytes"
    }
  }
};
var defaultCheckLabels = {
  "low-load": "\u5BA1\u8BA1/\u4F4E\u8D1F\u8F7D",
  "test-expiring": "\u5BA1\u8BA1/\u6D4B\u8BD5\u8D44\u6E90\u5230\u671F",
  "test-expired": "\u5BA1\u8BA1/\u6D4B\u8BD5\u8D44\u6E90\u903E\u671F",
  "offline-not-revoked": "\u5BA1\u8BA1/\u4E0B\u7EBF\u672A\u64A4\u9500",
  "stage-late": "\u5BA1\u8BA1/\u9636\u6BB5\u8D85\u65F6",
  "application-expired": "\u5BA1\u8BA1/\u7533\u8BF7\u8FC7\u671F"
};
var defaultAuditConfig = {
  profile: "shenzhen",
  lowLoadServices: ["ecs"],
  headroom: { cpuPeakPercent: 60, cpuAveragePercent: 8, memoryPeakPercent: 80, memoryAveragePercent: 60 },
  prometheus: { preset: "node", ...presets.node, step: "5m", timeoutSeconds: 120 },
  issues: { label: "govcloud-audit", checkLabels: defaultCheckLabels, maxCreatePerRun: 50 }
};
var AuditConfigError = class extends Error {
  constructor(zh, en) {
    super(zh);
    this.zh = zh;
    this.en = en;
  }
  zh;
  en;
};
var isObject2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var durationPattern = /^[1-9][0-9]*(ms|s|m|h)$/;
function fail(file, path, zh, en) {
  throw new AuditConfigError(`${file}\uFF1A${path} ${zh}`, `${file}: ${path} ${en}`);
}
function knownKeys(file, path, value, keys2) {
  for (const k of Object.keys(value))
    if (!keys2.includes(k))
      fail(
        file,
        `${path}${k}`,
        `\u4E0D\u662F\u53EF\u7528\u7684\u914D\u7F6E\u9879\uFF08\u53EF\u7528\uFF1A${keys2.join("\u3001")}\uFF09\u3002`,
        `is not a setting (known: ${keys2.join(", ")}).`
      );
}
function percent(file, path, v, fallback) {
  if (v === void 0) return fallback;
  if (typeof v !== "number" || !(v > 0 && v <= 100))
    fail(
      file,
      path,
      `\u5E94\u4E3A 0\u2013100 \u4E4B\u95F4\u7684\u767E\u5206\u6570\uFF0C\u8FD9\u91CC\u662F ${JSON.stringify(v)}\u3002`,
      `must be a percentage in (0, 100], not ${JSON.stringify(v)}.`
    );
  return v;
}
function string(file, path, v, fallback) {
  if (v === void 0) return fallback;
  if (typeof v !== "string" || v.trim() === "")
    fail(file, path, "\u5E94\u4E3A\u975E\u7A7A\u5B57\u7B26\u4E32\u3002", "must be a non-empty string.");
  return v;
}
function parseAuditConfig(source, file = auditConfigPath) {
  if (source === void 0) return defaultAuditConfig;
  let raw2;
  try {
    raw2 = yaml7.load(source, { schema: yaml7.JSON_SCHEMA, filename: file });
  } catch (error) {
    throw new AuditConfigError(
      `${file} \u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF1A${error.message}`,
      `${file} is not valid YAML: ${error.message}`
    );
  }
  if (raw2 === void 0 || raw2 === null) return defaultAuditConfig;
  if (!isObject2(raw2)) fail(file, "(\u6839)", "\u5E94\u4E3A\u4E00\u4E2A\u6620\u5C04\u3002", "must be a mapping.");
  knownKeys(file, "", raw2, ["profile", "lowLoadServices", "headroom", "prometheus", "issues"]);
  const d = defaultAuditConfig;
  const services = raw2.lowLoadServices;
  if (services !== void 0 && (!Array.isArray(services) || !services.every((s) => typeof s === "string")))
    fail(
      file,
      "lowLoadServices",
      "\u5E94\u4E3A\u670D\u52A1\u6807\u8BC6\u7684\u5217\u8868\uFF0C\u5982 [ecs]\u3002",
      "must be a list of service ids, e.g. [ecs]."
    );
  const h = raw2.headroom ?? {};
  if (!isObject2(h)) fail(file, "headroom", "\u5E94\u4E3A\u4E00\u4E2A\u6620\u5C04\u3002", "must be a mapping.");
  knownKeys(file, "headroom.", h, [
    "cpuPeakPercent",
    "cpuAveragePercent",
    "memoryPeakPercent",
    "memoryAveragePercent"
  ]);
  const headroom = {
    cpuPeakPercent: percent(file, "headroom.cpuPeakPercent", h.cpuPeakPercent, d.headroom.cpuPeakPercent),
    cpuAveragePercent: percent(
      file,
      "headroom.cpuAveragePercent",
      h.cpuAveragePercent,
      d.headroom.cpuAveragePercent
    ),
    memoryPeakPercent: percent(
      file,
      "headroom.memoryPeakPercent",
      h.memoryPeakPercent,
      d.headroom.memoryPeakPercent
    ),
    memoryAveragePercent: percent(
      file,
      "headroom.memoryAveragePercent",
      h.memoryAveragePercent,
      d.headroom.memoryAveragePercent
    )
  };
  if (headroom.cpuAveragePercent >= 10 || headroom.cpuPeakPercent >= 80 || headroom.memoryAveragePercent >= 70)
    fail(
      file,
      "headroom",
      "\u4F1A\u8BA9\u7F29\u5BB9\u540E\u7684\u4E3B\u673A\u7ACB\u5373\u6EE1\u8DB3\u6269\u5BB9\u6761\u4EF6\uFF1AcpuAveragePercent \u987B\u4F4E\u4E8E 10\uFF0CcpuPeakPercent \u987B\u4F4E\u4E8E 80\uFF0CmemoryAveragePercent \u987B\u4F4E\u4E8E 70\uFF08\u7B2C19\u6761(2)1\u30012\uFF09\u3002",
      "would make a scaled-down host qualify for a scale-up at once: cpuAveragePercent must stay below 10, cpuPeakPercent below 80, memoryAveragePercent below 70 (\u7B2C19\u6761(2)1, 2)."
    );
  const p = raw2.prometheus ?? {};
  if (!isObject2(p)) fail(file, "prometheus", "\u5E94\u4E3A\u4E00\u4E2A\u6620\u5C04\u3002", "must be a mapping.");
  knownKeys(file, "prometheus.", p, [
    "preset",
    "hostLabel",
    "hostPattern",
    "step",
    "expressions",
    "timeoutSeconds"
  ]);
  const preset = p.preset ?? "node";
  if (preset !== "node" && preset !== "libvirt")
    fail(
      file,
      "prometheus.preset",
      `\u53EA\u80FD\u662F node \u6216 libvirt\uFF0C\u8FD9\u91CC\u662F ${JSON.stringify(preset)}\u3002`,
      `must be node or libvirt, not ${JSON.stringify(preset)}.`
    );
  const base = presets[preset];
  const e = p.expressions ?? {};
  if (!isObject2(e)) fail(file, "prometheus.expressions", "\u5E94\u4E3A\u4E00\u4E2A\u6620\u5C04\u3002", "must be a mapping.");
  knownKeys(file, "prometheus.expressions.", e, ["cpu", "memory", "storage"]);
  const hostLabel2 = string(file, "prometheus.hostLabel", p.hostLabel, base.hostLabel);
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(hostLabel2))
    fail(
      file,
      "prometheus.hostLabel",
      "\u4E0D\u662F\u5408\u6CD5\u7684 Prometheus \u6807\u7B7E\u540D\u3002",
      "is not a valid Prometheus label name."
    );
  const hostPattern = string(file, "prometheus.hostPattern", p.hostPattern, base.hostPattern);
  try {
    new RegExp(hostPattern);
  } catch {
    fail(file, "prometheus.hostPattern", "\u4E0D\u662F\u5408\u6CD5\u7684\u6B63\u5219\u8868\u8FBE\u5F0F\u3002", "is not a valid regular expression.");
  }
  const step = string(file, "prometheus.step", p.step, d.prometheus.step);
  if (!durationPattern.test(step))
    fail(
      file,
      "prometheus.step",
      `\u5E94\u4E3A\u65F6\u957F\uFF0C\u5982 1m\u30015m\uFF0C\u8FD9\u91CC\u662F ${step}\u3002`,
      `must be a duration such as 1m or 5m, not ${step}.`
    );
  const stepSeconds = Number(step.slice(0, -1).replace(/m$/, "")) * ({ s: 1, m: 60, h: 3600 }[step.slice(-1)] ?? 0);
  if (step.endsWith("ms") || !(stepSeconds > 0) || 86400 % stepSeconds !== 0 || stepSeconds > 3600)
    fail(
      file,
      "prometheus.step",
      `\u5E94\u6574\u9664\u4E00\u5929\u4E14\u4E0D\u8D85\u8FC7 1h\uFF0C\u5982 1m\u30015m\u300115m\uFF0C\u8FD9\u91CC\u662F ${step}\u3002`,
      `must divide a day and be at most 1h, e.g. 1m, 5m, 15m; not ${step}.`
    );
  const timeout = p.timeoutSeconds ?? d.prometheus.timeoutSeconds;
  if (typeof timeout !== "number" || !(timeout > 0))
    fail(file, "prometheus.timeoutSeconds", "\u5E94\u4E3A\u6B63\u6570\uFF08\u79D2\uFF09\u3002", "must be a positive number of seconds.");
  const storage = e.storage === void 0 ? base.expressions.storage : string(file, "prometheus.expressions.storage", e.storage, "");
  const prometheus = {
    preset,
    hostLabel: hostLabel2,
    hostPattern,
    step,
    timeoutSeconds: timeout,
    expressions: {
      cpu: string(file, "prometheus.expressions.cpu", e.cpu, base.expressions.cpu),
      memory: string(file, "prometheus.expressions.memory", e.memory, base.expressions.memory),
      ...storage ? { storage } : {}
    }
  };
  const i = raw2.issues ?? {};
  if (!isObject2(i)) fail(file, "issues", "\u5E94\u4E3A\u4E00\u4E2A\u6620\u5C04\u3002", "must be a mapping.");
  knownKeys(file, "issues.", i, ["label", "checkLabels", "maxCreatePerRun"]);
  const checkLabels = i.checkLabels ?? {};
  if (!isObject2(checkLabels) || !Object.values(checkLabels).every((v) => typeof v === "string"))
    fail(file, "issues.checkLabels", "\u5E94\u4E3A \u68C0\u67E5\u6807\u8BC6 \u2192 \u6807\u7B7E\u540D \u7684\u6620\u5C04\u3002", "must map check ids to label names.");
  for (const k of Object.keys(checkLabels))
    if (!(k in defaultCheckLabels))
      fail(
        file,
        `issues.checkLabels.${k}`,
        `\u4E0D\u662F\u5BA1\u8BA1\u68C0\u67E5\uFF08\u53EF\u7528\uFF1A${Object.keys(defaultCheckLabels).join("\u3001")}\uFF09\u3002`,
        `is not an audit check (known: ${Object.keys(defaultCheckLabels).join(", ")}).`
      );
  const max = i.maxCreatePerRun ?? d.issues.maxCreatePerRun;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 0)
    fail(file, "issues.maxCreatePerRun", "\u5E94\u4E3A\u975E\u8D1F\u6574\u6570\u3002", "must be a non-negative integer.");
  return {
    profile: string(file, "profile", raw2.profile, d.profile),
    lowLoadServices: services ?? d.lowLoadServices,
    headroom,
    prometheus,
    issues: {
      label: string(file, "issues.label", i.label, d.issues.label),
      checkLabels: { ...defaultCheckLabels, ...checkLabels },
      maxCreatePerRun: max
    }
  };
}

// scripts/cli/audit.ts
var auditUsage = {
  zh: `govcloud audit\uFF1A\u591C\u95F4\u5BA1\u8BA1\uFF08\u7B2C8\u300119\u300145\u201347\u6761\uFF1B\u9636\u6BB5\u65F6\u9650\uFF1B\u7533\u8BF7\u6709\u6548\u671F\uFF09
  --metrics <\u6765\u6E90>         \u5229\u7528\u7387\uFF1Afile:<\u8DEF\u5F84>\uFF08JSON \u6216 CSV \u5BFC\u51FA\uFF09\u6216 prometheus:<\u5730\u5740>\uFF08HTTP API\uFF09
  --now <\u65E5\u671F>             \u4EE5\u8BE5\u65E5\u671F\u4E3A\u201C\u4ECA\u5929\u201D\uFF08YYYY-MM-DD\uFF0C\u9ED8\u8BA4\u7CFB\u7EDF\u65E5\u671F\uFF0C\u5317\u4EAC\u65F6\u95F4\uFF09
  --format <\u683C\u5F0F>          text\uFF08\u9ED8\u8BA4\uFF09| markdown | json
  --lang <\u8BED\u8A00>            zh\uFF08\u9ED8\u8BA4\uFF09| en
  --prs <\u6587\u4EF6|github>      \u6253\u5F00\u7684 PR\uFF1A\u79BB\u7EBF JSON \u6587\u4EF6\uFF0C\u6216 github\uFF08\u8BFB GitHub\uFF09\uFF1B\u7528\u4E8E\u9636\u6BB5\u65F6\u9650\u4E0E\u7533\u8BF7\u6709\u6548\u671F
  --open-issues            \u6BCF\u6761\u53D1\u73B0\u5728 GitHub \u4E0A\u4FDD\u6301\u4E00\u4E2A issue\uFF08GITHUB_TOKEN\u3001GITHUB_REPOSITORY\uFF09\uFF1B
                           \u672A\u7ED9 --prs \u65F6\u4ECE GitHub \u8BFB\u6253\u5F00\u7684 PR
  --config <\u6587\u4EF6>          \u5BA1\u8BA1\u914D\u7F6E\uFF08\u9ED8\u8BA4 ${auditConfigPath}\uFF09
  --root <\u76EE\u5F55>            \u4ED3\u5E93\u6839\u76EE\u5F55\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\uFF09
  --bot-login <\u8D26\u53F7>       \u53EA\u8BA4\u8FD9\u4E2A\u8D26\u53F7\u5EFA\u7684 issue\uFF08\u9ED8\u8BA4\u8BA4\u4EFB\u4F55\u673A\u5668\u4EBA\u8D26\u53F7\uFF09
  --no-progress            \u4E0D\u663E\u793A\u8FDB\u5EA6\u6761\uFF08\u53EA\u5728\u7EC8\u7AEF\u4E0A\u663E\u793A\uFF09`,
  en: `govcloud audit: the nightly audit (\u7B2C8, 19, 45\u201347\u6761; stage clocks; application validity)
  --metrics <source>       utilization: file:<path> (JSON or CSV export) or prometheus:<url> (HTTP API)
  --now <date>             take this date as today (YYYY-MM-DD; default: today in Beijing)
  --format <format>        text (default) | markdown | json
  --lang <lang>            zh (default) | en
  --prs <file|github>      open pull requests: an offline JSON file, or github; for stage clocks and validity
  --open-issues            keep one GitHub issue per finding (GITHUB_TOKEN, GITHUB_REPOSITORY);
                           reads the open pull requests from GitHub unless --prs is given
  --config <file>          audit configuration (default ${auditConfigPath})
  --root <dir>             repository root (default: current directory)
  --bot-login <login>      own only the issues this account created (default: any bot account)
  --no-progress            no progress bar (shown only on a terminal)`
};
function progressBar(write, enabled, clock = Date.now) {
  let last = 0;
  let drawn = false;
  return {
    update(label3, done, total) {
      if (!enabled) return;
      const now = clock();
      if (done < total && now - last < 100) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const width = 24;
      const filled = Math.round(ratio * width);
      write(
        `\r\x1B[2K${label3} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total}`
      );
      drawn = true;
    },
    done() {
      if (enabled && drawn) write("\r\x1B[2K");
      drawn = false;
    }
  };
}
function readOptional(path) {
  try {
    return readFileSync5(path, "utf8");
  } catch {
    return void 0;
  }
}
function openSource(spec, cwd, config, env, fetchImpl) {
  if (spec.startsWith("file:")) return inMemorySource(openMetrics(spec, cwd));
  const m = /^prometheus:(https?:\/\/.+)$/.exec(spec);
  if (!m)
    throw new UsageError(
      `--metrics \u5E94\u5199\u6210 file:<\u8DEF\u5F84> \u6216 prometheus:<\u5730\u5740>\uFF08\u5982 prometheus:http://127.0.0.1:9090\uFF09\uFF0C\u8FD9\u91CC\u662F ${spec}\u3002`,
      `--metrics must be file:<path> or prometheus:<url> (e.g. prometheus:http://127.0.0.1:9090), not ${spec}.`
    );
  try {
    new URL(m[1]);
  } catch {
    throw new UsageError(
      `--metrics \u4E2D\u7684\u5730\u5740\u4E0D\u5408\u6CD5\uFF1A${m[1]}\u3002`,
      `The address in --metrics is not a URL: ${m[1]}.`
    );
  }
  return prometheusSource({
    url: m[1],
    settings: config.prometheus,
    ...env.GOVCLOUD_PROMETHEUS_TOKEN ? { token: env.GOVCLOUD_PROMETHEUS_TOKEN } : {},
    ...fetchImpl ? { fetch: fetchImpl } : {}
  });
}
function readOfflinePulls(path, cwd) {
  let data;
  try {
    data = JSON.parse(readFileSync5(resolve5(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(
      `\u8BFB\u4E0D\u51FA PR \u6587\u4EF6 ${path}\uFF1A${error.message}`,
      `Cannot read the pull request file ${path}: ${error.message}`
    );
  }
  const list3 = Array.isArray(data) ? data : data?.pulls;
  if (!Array.isArray(list3) || !list3.every((p) => p && typeof p === "object" && p.pull_request))
    throw new UsageError(
      `${path} \u5E94\u4E3A PR \u7684\u6570\u7EC4\uFF08\u6216 {"pulls": [...]}\uFF09\uFF0C\u6BCF\u9879\u6709 pull_request \u5B57\u6BB5\u3002`,
      `${path} must be an array of pull requests (or {"pulls": [...]}), each with a pull_request field.`
    );
  return list3.map((p) => {
    const v = p.validation;
    return {
      pr: pullRequestInfo(p.pull_request),
      labels: labelNames(p.pull_request),
      files: (p.files ?? []).map(changedFile),
      commits: (p.commits ?? []).map(commit),
      reviews: (p.reviews ?? []).map(review).filter((r) => r !== void 0),
      teams: new Map(Object.entries(p.teams ?? {}).map(([k, members]) => [k, new Set(members)])),
      validation: typeof v === "string" ? { state: v } : v ?? { state: "missing" },
      sources: new Map(Object.entries(p.contents ?? {}))
    };
  });
}
function readReviewConfig(root) {
  const source = readOptional(join5(root, reviewConfigPath));
  if (source === void 0)
    throw new ReviewConfigError(
      reviewConfigPath,
      `\u68C0\u67E5\u9636\u6BB5\u65F6\u9650\u9700\u8981\u5BA1\u67E5\u6D41\u7A0B\u914D\u7F6E ${reviewConfigPath}\u3002`,
      `Checking stage clocks needs the review configuration ${reviewConfigPath}.`
    );
  return parseReviewConfig(source, reviewConfigPath);
}
async function runAudit(args, io, runtime = {}) {
  const env = runtime.env ?? io.env ?? process.env;
  const clock = runtime.now ?? io.now ?? (() => /* @__PURE__ */ new Date());
  const { values } = parseArgs2({
    args,
    options: {
      metrics: { type: "string" },
      now: { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      prs: { type: "string" },
      "open-issues": { type: "boolean" },
      config: { type: "string" },
      root: { type: "string" },
      progress: { type: "boolean" },
      "no-progress": { type: "boolean" },
      "bot-login": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  const lang = parseLang(values.lang);
  if (values.help) {
    io.stdout(`${auditUsage[lang]}
`);
    return 0;
  }
  const format = values.format;
  if (!auditFormats.includes(format))
    throw new UsageError(
      `--format \u53EA\u80FD\u662F ${auditFormats.join("\u3001")}\uFF0C\u8FD9\u91CC\u662F ${values.format}\u3002`,
      `--format must be one of ${auditFormats.join(", ")}, not ${values.format}.`
    );
  const { root, fs } = repositoryRoot(io, values.root);
  const { today, instant: now } = cliClock(values.now, { env, now: clock });
  const bar = progressBar(
    io.stderr,
    (runtime.isTTY ?? process.stderr.isTTY === true) && !values["no-progress"]
  );
  const openIssues = values["open-issues"] === true;
  const prsSpec = values.prs ?? (openIssues ? "github" : void 0);
  const repoRef = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if ((openIssues || prsSpec === "github") && (!repoRef || !env.GITHUB_TOKEN))
    throw new UsageError(
      "--open-issues \u4E0E --prs github \u9700\u8981\u73AF\u5883\u53D8\u91CF GITHUB_TOKEN \u4E0E GITHUB_REPOSITORY\uFF08\u5F62\u5982 owner/repo\uFF09\u3002",
      "--open-issues and --prs github need GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo) in the environment."
    );
  try {
    const configFile = values.config ?? auditConfigPath;
    const configText = readOptional(
      values.config === void 0 ? resolve5(root, configFile) : resolve5(io.cwd, configFile)
    );
    if (values.config !== void 0 && configText === void 0)
      throw new UsageError(
        `\u8BFB\u4E0D\u5230\u5BA1\u8BA1\u914D\u7F6E ${configFile}\u3002`,
        `Cannot read the audit configuration ${configFile}.`
      );
    const config = parseAuditConfig(configText, configFile);
    const calendar = nationalCalendar(root);
    const profiles2 = listProfiles(root);
    const catalogCache = /* @__PURE__ */ new Map();
    const catalogs = (p) => {
      if (!catalogCache.has(p)) catalogCache.set(p, profiles2.includes(p) ? loadCatalog(p, root) : void 0);
      return catalogCache.get(p);
    };
    bar.update(lang === "zh" ? "\u8BFB\u53D6\u4ED3\u5E93" : "loading", 0, 1);
    const { repo, histories } = validate2({
      fs,
      scope: { kind: "all" },
      lang,
      today,
      catalogs,
      parallelLoader: loadPool
    });
    const systems = systemViews(repo, histories);
    bar.update(lang === "zh" ? "\u8BFB\u53D6\u4ED3\u5E93" : "loading", 1, 1);
    let metrics;
    if (values.metrics !== void 0) {
      const source = openSource(values.metrics, io.cwd, config, env, runtime.fetch);
      const window = auditWindow({ calendar, today });
      metrics = await source.prefetch(
        auditHosts(systems, config),
        window.length ? [window] : [],
        (d, t) => bar.update(lang === "zh" ? "\u5229\u7528\u7387" : "utilization", d, t)
      );
    }
    const octokit = repoRef && env.GITHUB_TOKEN && (openIssues || prsSpec === "github") ? createOctokit({
      token: env.GITHUB_TOKEN,
      ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
      userAgent: "govcloud-audit",
      ...runtime.noWait ? { noWait: true } : {}
    }) : void 0;
    let pulls;
    let skippedPulls;
    let review2;
    let profile;
    let gathered;
    if (prsSpec !== void 0) {
      review2 = readReviewConfig(root);
      profile = catalogs(review2.profile)?.profile;
      if (!profile)
        throw new UsageError(
          `${reviewConfigPath} \u7684 profile ${review2.profile} \u6CA1\u6709\u670D\u52A1\u76EE\u5F55\u3002`,
          `The profile ${review2.profile} of ${reviewConfigPath} has no catalog.`
        );
      if (prsSpec !== "github") gathered = readOfflinePulls(prsSpec, io.cwd);
      else
        try {
          gathered = await gatherOpenPulls(
            octokit,
            repoRef,
            review2,
            wantsSource,
            (d, t) => bar.update(lang === "zh" ? "\u8BFB\u53D6 PR" : "pull requests", d, t)
          );
        } catch (error) {
          if (!(error instanceof GitHubAccessError)) throw error;
          bar.done();
          io.stderr(`govcloud: ${error[lang]}
`);
          skippedPulls = text(
            `\u8BFB\u4E0D\u5230\u6253\u5F00\u7684 PR\uFF08${error.zh}\uFF09\uFF0C\u672A\u68C0\u67E5\u9636\u6BB5\u65F6\u9650\u4E0E\u7533\u8BF7\u6709\u6548\u671F\u3002`,
            `Could not read the open pull requests (${error.en}); stage clocks and application validity were not checked.`
          );
        }
    }
    if (gathered && review2 && profile) {
      const units = unitRecords(repo);
      const context = { config: review2, profile, calendar, now, units };
      pulls = gathered.map((g) => stageInput(g, context));
    }
    const report = audit({
      today,
      now,
      calendar,
      catalogs,
      config,
      systems,
      ...metrics ? { metrics } : {},
      ...pulls ? { pulls } : {}
    });
    if (skippedPulls)
      report.notes = [skippedPulls, ...report.notes.filter((n) => !n.zh.startsWith("\u6CA1\u6709\u6253\u5F00\u7684 PR \u6570\u636E"))];
    bar.done();
    io.stdout(renderAudit(report, format, lang));
    if (openIssues && octokit && repoRef) {
      const client = issueClient(octokit, repoRef);
      const botLogin = values["bot-login"];
      const desired = desiredIssues(report, config.issues, lang);
      const plan = (existing) => planIssueSync(desired, existing, {
        checked: report.checked,
        undetermined: report.undetermined,
        maxCreate: config.issues.maxCreatePerRun,
        isOwn: (i) => botLogin ? i.author.login.toLowerCase() === botLogin.toLowerCase() : i.author.type === "Bot",
        lang,
        today
      });
      let actions = plan(await client.listIssues(config.issues.label));
      if (actions.some((a) => a.kind === "create")) actions = plan(await client.listIssues());
      const sync = await applyIssueActions(client, actions, {
        label: config.issues.label,
        progress: (d, t) => bar.update("issues", d, t)
      });
      bar.done();
      io.stderr(
        lang === "zh" ? `govcloud audit\uFF1Aissue \u65B0\u5EFA ${sync.created.length}\uFF0C\u66F4\u65B0 ${sync.updated.length}\uFF0C\u91CD\u65B0\u6253\u5F00 ${sync.reopened.length}\uFF0C\u5173\u95ED ${sync.closed.length}\uFF0C\u672A\u53D8 ${sync.unchanged}${sync.suppressed ? `\uFF0C\u5DF2\u786E\u8BA4\u4E0D\u5904\u7406 ${sync.suppressed}` : ""}${sync.deferred ? `\uFF0C\u8D85\u8FC7\u5355\u6B21\u4E0A\u9650\u7559\u5F85\u4E0B\u6B21 ${sync.deferred}` : ""}\u3002
` : `govcloud audit: issues created ${sync.created.length}, updated ${sync.updated.length}, reopened ${sync.reopened.length}, closed ${sync.closed.length}, unchanged ${sync.unchanged}${sync.suppressed ? `, dismissed ${sync.suppressed}` : ""}${sync.deferred ? `, deferred past the per-run limit ${sync.deferred}` : ""}.
`
      );
    }
    return 0;
  } catch (error) {
    bar.done();
    if (error instanceof AuditConfigError || error instanceof PrometheusError || error instanceof ReviewConfigError || error instanceof GitHubAccessError) {
      io.stderr(`govcloud: ${error[lang]}
`);
      return 2;
    }
    if (error instanceof CalendarRangeError) {
      io.stderr(`govcloud: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}

// scripts/cli/calendar.ts
import { mkdirSync as mkdirSync2, readFileSync as readFileSync6, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname as dirname2, join as join6, relative, resolve as resolve6 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// scripts/core/calendar/notice.ts
var NUMERALS = "\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341";
var WEEKDAYS = { \u65E5: 0, \u5929: 0, \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6 };
var WEEKDAY_ZH = ["\u5468\u65E5", "\u5468\u4E00", "\u5468\u4E8C", "\u5468\u4E09", "\u5468\u56DB", "\u5468\u4E94", "\u5468\u516D"];
var WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var itemPattern = new RegExp(`^(\\s*[${NUMERALS}]+[\u3001.\uFF0E]\\s*)([^\uFF1A:]+?)\\s*[\uFF1A:]`);
var datePattern2 = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*[（(]([^）)]*)[）)])?/y;
var rangePattern = /\s*(?:至|—|－|–|~|～)\s*/y;
var verbPattern = /放假调休|放假公休|放假|补休|调休|公休|休息|上班/y;
var countPattern = /(共)?\s*(\d+)\s*天/y;
var ignorablePattern = /不调休|与周末连休|连休|[、，,；;\s]+/y;
var sentenceEndPattern = /[。．.]/y;
var pad4 = (n) => String(n).padStart(2, "0");
function validDate(y, m, d) {
  const iso2 = `${y}-${pad4(m)}-${pad4(d)}`;
  const t = Date.parse(`${iso2}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso2 ? iso2 : void 0;
}
var dayNumber = (iso2) => Date.parse(`${iso2}T00:00:00Z`) / 864e5;
var fromDayNumber = (n) => new Date(n * 864e5).toISOString().slice(0, 10);
var weekday2 = (iso2) => (/* @__PURE__ */ new Date(`${iso2}T00:00:00Z`)).getUTCDay();
var snippet = (s) => s.length > 24 ? `${s.slice(0, 24)}\u2026` : s;
function problem2(s, column, message) {
  const at = s.offset + column;
  s.dateFailed = true;
  s.problems.push({ line: s.lineNo, column: at + 1, text: snippet(s.line.slice(at).trim()), message });
}
function readDate(s, match, column, inherit) {
  const [, y, m, d, note] = match;
  const month = m !== void 0 ? Number(m) : inherit?.month ?? s.lastMonth;
  if (month === void 0) {
    problem2(
      s,
      column,
      text("\u65E5\u671F\u7F3A\u5C11\u6708\u4EFD\uFF1A\u5E94\u5199\u4F5C\u201CM\u6708D\u65E5\u201D\u3002", "The date has no month: write it as \u201CM\u6708D\u65E5\u201D.")
    );
    return void 0;
  }
  const year = y !== void 0 ? Number(y) : m === void 0 && inherit ? inherit.year : m === void 0 && s.lastYear !== void 0 ? s.lastYear : month === 12 ? s.year - 1 : s.year;
  const iso2 = validDate(year, month, Number(d));
  if (!iso2) {
    problem2(
      s,
      column,
      text(
        `\u6CA1\u6709\u8FD9\u4E00\u5929\uFF1A${year}\u5E74${month}\u6708${d}\u65E5\u3002\u8BF7\u6838\u5BF9\u65E5\u671F\u3002`,
        `No such day: ${year}-${month}-${d}. Check the date.`
      )
    );
    return void 0;
  }
  if (iso2 < `${s.year - 1}-12-01` || iso2 > `${s.year}-12-31`) {
    problem2(
      s,
      column,
      text(
        `${iso2} \u4E0D\u5728 ${s.year} \u5E74\u901A\u77E5\u6240\u7BA1\u7684\u65F6\u95F4\u5185\uFF08${s.year - 1} \u5E74 12 \u6708\u81F3 ${s.year} \u5E74\u5E95\uFF09\u3002\u8BF7\u6838\u5BF9\u5E74\u4EFD\u3002`,
        `${iso2} is outside what a notice for ${s.year} covers (December ${s.year - 1} to the end of ${s.year}). Check the year.`
      )
    );
    return void 0;
  }
  const written = /(?:周|星期)([日天一二三四五六])/.exec(note ?? "")?.[1];
  if (written !== void 0 && WEEKDAYS[written] !== weekday2(iso2)) {
    const actual = weekday2(iso2);
    problem2(
      s,
      column,
      text(
        `${month}\u6708${d}\u65E5\u5199\u7684\u662F${written === "\u5929" || written === "\u65E5" ? "\u5468\u65E5" : `\u5468${written}`}\uFF0C\u4F46 ${iso2} \u662F${WEEKDAY_ZH[actual]}\u3002\u8BF7\u6838\u5BF9\u65E5\u671F\u4E0E\u661F\u671F\u3002`,
        `${month}\u6708${d}\u65E5 is written as ${WEEKDAY_EN[WEEKDAYS[written] ?? 0]}, but ${iso2} is a ${WEEKDAY_EN[actual]}. Check the date and the weekday.`
      )
    );
    return void 0;
  }
  s.lastMonth = month;
  s.lastYear = year;
  return iso2;
}
function readDates(s, body, at) {
  datePattern2.lastIndex = at;
  const first = datePattern2.exec(body);
  if (!first) return void 0;
  const start = readDate(s, first, at);
  let end = datePattern2.lastIndex;
  rangePattern.lastIndex = end;
  if (!rangePattern.exec(body)) return { dates: start ? [start] : [], end };
  const toAt = rangePattern.lastIndex;
  datePattern2.lastIndex = toAt;
  const second = datePattern2.exec(body);
  if (!second) {
    problem2(s, toAt, text("\u201C\u81F3\u201D\u540E\u9762\u5E94\u662F\u65E5\u671F\u3002", "\u201C\u81F3\u201D must be followed by a date."));
    return { dates: [], end: toAt };
  }
  end = datePattern2.lastIndex;
  if (!start) return { dates: [], end };
  const [sy, sm] = start.split("-").map(Number);
  const last = readDate(s, second, toAt, { year: sy, month: sm });
  if (!last) return { dates: [], end };
  const from = dayNumber(start);
  const to = dayNumber(last);
  if (to < from || to - from > 31) {
    problem2(
      s,
      at,
      text(
        `\u533A\u95F4 ${start} \u81F3 ${last} \u4E0D\u6210\u7ACB\uFF08\u7ED3\u675F\u65E9\u4E8E\u5F00\u59CB\uFF0C\u6216\u8D85\u8FC7\u4E00\u4E2A\u6708\uFF09\u3002`,
        `The range ${start} to ${last} is not valid (it ends before it starts, or spans over a month).`
      )
    );
    return { dates: [], end };
  }
  const dates = [];
  for (let n = from; n <= to; n++) dates.push(fromDayNumber(n));
  return { dates, end };
}
function settle(s, verb) {
  const dates = s.pending.flatMap((p) => p.dates);
  s.pending = [];
  if (verb === "\u4E0A\u73ED") s.workdays.push(...dates);
  else {
    s.holidays.push(...dates);
    s.sentenceHolidays += dates.length;
  }
}
function endSentence(s) {
  const [first] = s.pending;
  if (first)
    problem2(
      s,
      first.column,
      text(
        "\u8FD9\u4E2A\u65E5\u671F\u540E\u9762\u6CA1\u6709\u5199\u201C\u653E\u5047\u201D\u201C\u8865\u4F11\u201D\u8FD8\u662F\u201C\u4E0A\u73ED\u201D\u3002",
        "This date is not followed by \u201C\u653E\u5047\u201D, \u201C\u8865\u4F11\u201D or \u201C\u4E0A\u73ED\u201D (day off or working day)."
      )
    );
  s.pending = [];
  s.sentenceHolidays = 0;
  s.dateFailed = false;
}
function parseItem(s, body) {
  let at = 0;
  const at0 = (re) => {
    re.lastIndex = at;
    return re.exec(body);
  };
  while (at < body.length) {
    const dates = readDates(s, body, at);
    if (dates) {
      s.pending.push({ dates: dates.dates, column: at });
      at = dates.end;
      continue;
    }
    const verb = at0(verbPattern);
    if (verb) {
      settle(s, verb[0]);
      at = verbPattern.lastIndex;
      continue;
    }
    const count = at0(countPattern);
    if (count) {
      const n = Number(count[2]);
      if (n !== s.sentenceHolidays && !s.dateFailed)
        problem2(
          s,
          at,
          text(
            `\u5199\u7684\u662F${count[1] ?? ""}${n}\u5929\uFF0C\u4F46\u5217\u51FA\u7684\u653E\u5047\u65E5\u662F ${s.sentenceHolidays} \u5929\u3002\u8BF7\u6838\u5BF9\u65E5\u671F\u3002`,
            `It says ${n} days, but the days off listed add up to ${s.sentenceHolidays}. Check the dates.`
          )
        );
      at = countPattern.lastIndex;
      continue;
    }
    if (at0(ignorablePattern)) {
      at = ignorablePattern.lastIndex;
      continue;
    }
    if (at0(sentenceEndPattern)) {
      endSentence(s);
      at = sentenceEndPattern.lastIndex;
      continue;
    }
    problem2(
      s,
      at,
      text(
        "\u770B\u4E0D\u61C2\u8FD9\u91CC\uFF1A\u6761\u76EE\u91CC\u53EA\u5E94\u6709\u65E5\u671F\u3001\u201C\u653E\u5047\u201D\u201C\u8C03\u4F11\u201D\u201C\u8865\u4F11\u201D\u201C\u4E0A\u73ED\u201D\u201C\u5171N\u5929\u201D\u7B49\u5B57\u6837\u3002",
        "Cannot read this: an item should hold only dates and words such as \u201C\u653E\u5047\u201D, \u201C\u8C03\u4F11\u201D, \u201C\u8865\u4F11\u201D, \u201C\u4E0A\u73ED\u201D, \u201C\u5171N\u5929\u201D."
      )
    );
    return;
  }
  endSentence(s);
}
function findYear(lines) {
  for (const line2 of lines) {
    const title = /国务院办公厅关于\s*(\d{4})\s*年部分节假日安排的通知/.exec(line2);
    if (title) return { year: Number(title[1]), title: title[0].replace(/\s+/g, "") };
  }
  for (const line2 of lines) {
    const m = /(?:现将|关于)\s*(\d{4})\s*年/.exec(line2);
    if (m) return { year: Number(m[1]) };
  }
  return void 0;
}
var sortUnique = (xs) => [...new Set(xs)].sort();
function parseNotice(source) {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const found = findYear(lines);
  if (!found)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          text: snippet((lines[0] ?? "").trim()),
          message: text(
            "\u627E\u4E0D\u5230\u5E74\u4EFD\uFF1A\u901A\u77E5\u5E94\u6709\u6807\u9898\u201C\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E YYYY \u5E74\u90E8\u5206\u8282\u5047\u65E5\u5B89\u6392\u7684\u901A\u77E5\u201D\u6216\u201C\u73B0\u5C06 YYYY \u5E74\u2026\u2026\u201D\u3002",
            "No year found: the notice should have the title \u201C\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E YYYY \u5E74\u90E8\u5206\u8282\u5047\u65E5\u5B89\u6392\u7684\u901A\u77E5\u201D or \u201C\u73B0\u5C06 YYYY \u5E74\u2026\u2026\u201D."
          )
        }
      ]
    };
  const { year } = found;
  const items2 = [];
  const problems = [];
  lines.forEach((line2, index) => {
    const head = itemPattern.exec(line2);
    if (!head) {
      if (items2.length > 0 && /\d{1,2}\s*月\s*\d{1,2}\s*日/.test(line2) && /放假|上班|补休/.test(line2))
        problems.push({
          line: index + 1,
          column: 1,
          text: snippet(line2.trim()),
          message: text(
            "\u8FD9\u4E00\u884C\u5199\u4E86\u653E\u5047\u5B89\u6392\uFF0C\u5374\u4E0D\u662F\u7F16\u53F7\u6761\u76EE\uFF08\u201C\u4E00\u3001\u5143\u65E6\uFF1A\u2026\u2026\u201D\uFF09\u3002\u6761\u76EE\u88AB\u6298\u884C\u65F6\uFF0C\u8BF7\u628A\u5B83\u63A5\u56DE\u4E00\u884C\u3002",
            "This line holds holiday dates but is not a numbered item (\u201C\u4E00\u3001\u5143\u65E6\uFF1A\u2026\u2026\u201D). If an item was wrapped, join it back into one line."
          )
        });
      return;
    }
    const state = {
      year,
      lineNo: index + 1,
      line: line2,
      holidays: [],
      workdays: [],
      offset: head[0].length,
      pending: [],
      sentenceHolidays: 0,
      dateFailed: false,
      problems
    };
    parseItem(state, line2.slice(head[0].length));
    items2.push({
      name: (head[2] ?? "").trim(),
      line: index + 1,
      holidays: state.holidays,
      workdays: state.workdays
    });
  });
  if (items2.length === 0 && problems.length === 0)
    problems.push({
      line: 1,
      column: 1,
      text: snippet((lines[0] ?? "").trim()),
      message: text(
        "\u6CA1\u6709\u627E\u5230\u7F16\u53F7\u6761\u76EE\uFF08\u5982\u201C\u4E00\u3001\u5143\u65E6\uFF1A1\u67081\u65E5\u653E\u5047\u2026\u2026\u201D\uFF09\u3002",
        "No numbered items found (such as \u201C\u4E00\u3001\u5143\u65E6\uFF1A1\u67081\u65E5\u653E\u5047\u2026\u2026\u201D)."
      )
    });
  const holidays = sortUnique(items2.flatMap((i) => i.holidays));
  const workdays = sortUnique(items2.flatMap((i) => i.workdays));
  for (const date of holidays.filter((d) => workdays.includes(d))) {
    const item = items2.find((i) => i.workdays.includes(date));
    problems.push({
      line: item?.line ?? 1,
      column: 1,
      text: date,
      message: text(
        `${date} \u65E2\u5199\u4E86\u653E\u5047\u53C8\u5199\u4E86\u4E0A\u73ED\u3002\u8BF7\u6838\u5BF9\u901A\u77E5\u3002`,
        `${date} is listed both as a day off and as a working day. Check the notice.`
      )
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, notice: { year, ...meta(lines, found.title), items: items2, holidays, workdays } };
}
function meta(lines, title) {
  const number = lines.map((l) => /国办发明电\s*〔\s*\d{4}\s*〕\s*\d+\s*号/.exec(l)?.[0]).find(Boolean);
  let published;
  for (const line2 of lines) {
    const m = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/.exec(line2);
    if (m) published = validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? published;
  }
  return {
    ...title ? { title } : {},
    ...number ? { number: number.replace(/\s+/g, "") } : {},
    ...published ? { published } : {}
  };
}

// scripts/core/calendar/override.ts
import { isMap as isMap2, isScalar as isScalar2, isSeq as isSeq2, parseDocument as parseDocument2, Scalar, YAMLMap, YAMLSeq } from "yaml";
var overridePath = "catalog/calendar/cn.yaml";
function noticeLabel(notice2) {
  const title = notice2.title ?? `\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E${notice2.year}\u5E74\u90E8\u5206\u8282\u5047\u65E5\u5B89\u6392\u7684\u901A\u77E5`;
  const extra = [notice2.number, notice2.published].filter(Boolean).join("\uFF0C");
  return extra ? `${title}\uFF08${extra}\uFF09` : title;
}
function sequence(doc, key, flow2) {
  const node = doc.get(key, true);
  if (isSeq2(node)) return node;
  const seq = new YAMLSeq();
  seq.flow = flow2;
  doc.set(key, seq);
  return seq;
}
var itemValue = (item) => isScalar2(item) ? String(item.value) : String(item);
function replaceItems(seq, drop, add2) {
  const kept = seq.items.filter((item) => !drop(itemValue(item)));
  const known = new Set(kept.map(itemValue));
  for (const { value, comment } of add2) {
    if (known.has(String(value))) continue;
    const scalar2 = new Scalar(value);
    if (comment) scalar2.comment = ` ${comment}`;
    kept.push(scalar2);
  }
  kept.sort((a, b) => itemValue(a) < itemValue(b) ? -1 : itemValue(a) > itemValue(b) ? 1 : 0);
  seq.items = kept;
}
function mergeNotice(source, notice2) {
  const doc = parseDocument2(source);
  const [error] = doc.errors;
  if (error)
    return {
      ok: false,
      line: error.linePos?.[0].line ?? 1,
      message: text(
        `${overridePath} \u4E0D\u662F\u5408\u6CD5\u7684 YAML\uFF1A${error.message}`,
        `${overridePath} is not valid YAML: ${error.message}`
      )
    };
  if (doc.contents !== null && !isMap2(doc.contents))
    return {
      ok: false,
      line: 1,
      message: text(
        `${overridePath} \u7684\u9876\u5C42\u5E94\u662F years\u3001holidays\u3001workdays \u7B49\u952E\u3002`,
        `${overridePath} should hold the keys years, holidays, workdays at its top level.`
      )
    };
  const { year } = notice2;
  const ofNotice = (date) => date.startsWith(`${year}-`) || date.startsWith(`${year - 1}-12-`);
  const names2 = /* @__PURE__ */ new Map();
  for (const item of notice2.items) {
    for (const d of item.holidays) if (!names2.has(d)) names2.set(d, item.name);
    for (const d of item.workdays) if (!names2.has(d)) names2.set(d, `${item.name}\u8C03\u4F11\u4E0A\u73ED`);
  }
  replaceItems(sequence(doc, "years", true), (y) => y === String(year), [{ value: year }]);
  const dated = (dates) => dates.map((value) => ({ value, comment: names2.get(value) ?? "" }));
  const holidays = sequence(doc, "holidays", false);
  replaceItems(holidays, ofNotice, dated(notice2.holidays));
  const workdays = sequence(doc, "workdays", false);
  replaceItems(workdays, ofNotice, dated(notice2.workdays));
  for (const seq of [holidays, workdays]) if (seq.items.length > 0) seq.flow = false;
  let notices = doc.get("notices", true);
  if (!isMap2(notices)) {
    notices = new YAMLMap();
    doc.set("notices", notices);
  }
  const map = notices;
  map.set(year, noticeLabel(notice2));
  map.items.sort((a, b) => Number(itemValue(a.key)) - Number(itemValue(b.key)));
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}

// scripts/core/calendar/show.ts
function yearView(calendar, year) {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const months = [];
  let workdays = 0;
  let daysOff = 0;
  const special2 = [];
  for (let date = first; date.startsWith(first.slice(0, 5)); date = addDays(date, 1)) {
    const info = calendar.describe(date);
    const month = Number(date.slice(5, 7));
    if (months.length < month) months.push({ month, days: [] });
    months[month - 1]?.days.push(info);
    if (info.work) workdays++;
    else daysOff++;
    if (info.special) special2.push({ ...info, weekday: weekdayOf(date) });
  }
  const source = calendar.sourceOfYear(year);
  const notice2 = calendar.notices[year];
  return {
    year,
    status: source === "provisional" ? "provisional" : "official",
    source,
    ...source === "override" && notice2 ? { notice: notice2 } : {},
    workdays,
    daysOff,
    special: special2,
    months
  };
}
var WEEKDAY = {
  zh: ["\u5468\u65E5", "\u5468\u4E00", "\u5468\u4E8C", "\u5468\u4E09", "\u5468\u56DB", "\u5468\u4E94", "\u5468\u516D"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
};
var HEADER = {
  zh: "\u4E00   \u4E8C   \u4E09   \u56DB   \u4E94   \u516D   \u65E5",
  en: "Mo   Tu   We   Th   Fr   Sa   Su"
};
var MARK = {
  zh: { holiday: "\u4F11", makeup: "\u73ED" },
  en: { holiday: "H ", makeup: "W " }
};
function headline2(view, lang) {
  const { year } = view;
  const counts = lang === "zh" ? `\u5DE5\u4F5C\u65E5 ${view.workdays} \u5929\uFF0C\u4F11\u606F\u65E5 ${view.daysOff} \u5929\uFF08\u542B\u5468\u672B\uFF09\uFF0C\u653E\u5047\u4E0E\u8C03\u4F11\u4E0A\u73ED\u7684\u7279\u6B8A\u65E5 ${view.special.length} \u4E2A\u3002` : `${view.workdays} working days, ${view.daysOff} days off (weekends included), ${view.special.length} special days (days off and make-up working days).`;
  if (view.status === "provisional")
    return lang === "zh" ? `${year} \u5E74\uFF1A\u4E34\u65F6\u65E5\u5386\uFF08provisional\uFF09\u3002\u56FD\u52A1\u9662\u529E\u516C\u5385\u7684 ${year} \u5E74\u653E\u5047\u5B89\u6392\u5C1A\u672A\u5F55\u5165\uFF08chinese-days \u4E0E catalog/calendar/cn.yaml \u90FD\u6CA1\u6709\uFF09\uFF0C\u4EE5\u4E0B\u6309\u300A\u5168\u56FD\u5E74\u8282\u53CA\u7EAA\u5FF5\u65E5\u653E\u5047\u529E\u6CD5\u300B\u63A8\u7B97\uFF1A\u6CD5\u5B9A\u8282\u65E5\u653E\u5047\uFF0C\u9022\u5468\u672B\u5728\u5176\u540E\u7684\u5DE5\u4F5C\u65E5\u8865\u4F11\uFF08\u7B2C\u516D\u6761\uFF09\uFF0C\u4E0D\u8BBE\u8C03\u4F11\u4E0A\u73ED\u65E5\u3002\u7528\u5230\u8FD9\u4E9B\u65E5\u5B50\u7684\u65F6\u9650\u90FD\u5E26 calendar/provisional \u8B66\u544A\u3002\u901A\u77E5\u516C\u5E03\u540E\u8BF7\u8FD0\u884C govcloud calendar import <\u901A\u77E5.txt>\uFF08\u89C1 docs/calendar.md\uFF09\u3002
${counts}` : `${year}: provisional calendar. The State Council's holiday schedule for ${year} is not entered yet (neither chinese-days nor catalog/calendar/cn.yaml has it); it is computed from the statutory holidays (\u5168\u56FD\u5E74\u8282\u53CA\u7EAA\u5FF5\u65E5\u653E\u5047\u529E\u6CD5): the holidays themselves, a day in lieu on the next working day for one falling on a weekend (article 6), no make-up working days. Every clock touching these days carries a calendar/provisional warning. Once the notice is out, run govcloud calendar import <notice.txt> (see docs/calendar.md).
${counts}`;
  const from = view.source === "override" ? lang === "zh" ? `override\uFF1Acatalog/calendar/cn.yaml${view.notice ? `\uFF0C\u5BFC\u5165\u81EA${view.notice}` : ""}` : `override: catalog/calendar/cn.yaml${view.notice ? `, imported from ${view.notice}` : ""}` : lang === "zh" ? "package\uFF1Achinese-days \u6536\u5F55\u7684\u56FD\u52A1\u9662\u529E\u516C\u5385\u901A\u77E5" : "package: the State Council's notice as recorded by chinese-days";
  return lang === "zh" ? `${year} \u5E74\uFF1A\u6B63\u5F0F\u65E5\u5386\uFF08${from}\uFF09\u3002
${counts}` : `${year}: official calendar (${from}).
${counts}`;
}
function monthGrid(days, lang) {
  const cells = [];
  const [first] = days;
  if (first) for (let i = 0; i < (weekdayOf(first.date) + 6) % 7; i++) cells.push("    ");
  for (const d of days) {
    const mark = d.special ? MARK[lang][d.special] : "  ";
    cells.push(`${String(Number(d.date.slice(8))).padStart(2, " ")}${mark}`);
  }
  const rows = [HEADER[lang]];
  for (let i = 0; i < cells.length; i += 7)
    rows.push(
      cells.slice(i, i + 7).join(" ").trimEnd()
    );
  return rows;
}
var name = (t, lang) => t ? ` ${t[lang]}` : "";
function specialLine(d, lang) {
  const [, m, day2] = d.date.split("-").map(Number);
  const what = lang === "zh" ? d.special === "holiday" ? "\u653E\u5047" : "\u4E0A\u73ED" : d.special === "holiday" ? "off" : "working day";
  const when = lang === "zh" ? `${m}\u6708${day2}\u65E5` : d.date.slice(5);
  return `  ${when} ${WEEKDAY[lang][d.weekday]} ${what}${name(d.name, lang)} [${d.source}]`;
}
function renderYearText(view, lang) {
  const out = [headline2(view, lang), ""];
  out.push(
    lang === "zh" ? "\u56FE\u4F8B\uFF1A\u4F11 \u653E\u5047\uFF08\u542B\u8865\u4F11\u3001\u8C03\u4F11\u653E\u5047\uFF09\uFF0C\u73ED \u8C03\u4F11\u4E0A\u73ED\uFF1B[package] chinese-days\uFF0C[override] catalog/calendar/cn.yaml\uFF0C[provisional] \u6309\u6CD5\u5F8B\u63A8\u7B97\u3002" : "Legend: H day off (holiday, day in lieu), W make-up working day; [package] chinese-days, [override] catalog/calendar/cn.yaml, [provisional] computed from the law."
  );
  for (const { month, days } of view.months) {
    out.push(
      "",
      lang === "zh" ? `${view.year} \u5E74 ${month} \u6708` : `${view.year}-${String(month).padStart(2, "0")}`
    );
    out.push(...monthGrid(days, lang));
    for (const d of view.special) if (Number(d.date.slice(5, 7)) === month) out.push(specialLine(d, lang));
  }
  return `${out.join("\n")}
`;
}
function renderYearJson(view) {
  const { months: _months, ...rest } = view;
  return `${JSON.stringify(rest, null, 2)}
`;
}

// scripts/cli/calendar.ts
var calendarUsage = {
  zh: `  calendar show <\u5E74\u4EFD> [--format text|json] [--root <\u76EE\u5F55>]
                          \u4E00\u5E74\u7684\u5DE5\u4F5C\u65E5\u65E5\u5386\uFF1A\u9010\u6708\u7684\u653E\u5047\u65E5\u3001\u8C03\u4F11\u4E0A\u73ED\u65E5\uFF0C\u5404\u6CE8\u6765\u6E90
                          \uFF08package\uFF1Dchinese-days\uFF0Coverride\uFF1Dcatalog/calendar/cn.yaml\uFF0Cprovisional\uFF1D\u6309\u6CD5\u5F8B\u63A8\u7B97\uFF09
  calendar import <\u901A\u77E5.txt> [--check] [--root <\u76EE\u5F55>]
                          \u628A\u56FD\u52A1\u9662\u529E\u516C\u5385\u7684\u653E\u5047\u901A\u77E5\u5BFC\u5165 catalog/calendar/cn.yaml\uFF1B--check \u53EA\u663E\u793A\u5C06\u5199\u5165\u7684\u5185\u5BB9`,
  en: `  calendar show <year> [--format text|json] [--root <dir>]
                          a year's working-day calendar: days off and make-up working days month by month, each with its source
                          (package = chinese-days, override = catalog/calendar/cn.yaml, provisional = computed from the law)
  calendar import <notice.txt> [--check] [--root <dir>]
                          import the State Council's holiday notice into catalog/calendar/cn.yaml; --check only shows what would be written`
};
async function runCalendar(args, io) {
  const { values, positionals } = parseArgs3({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      lang: { type: "string", default: "zh" },
      root: { type: "string" },
      check: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  const lang = values.lang === "en" ? "en" : "zh";
  if (values.lang !== "zh" && values.lang !== "zh-CN" && values.lang !== "en")
    throw new UsageError(
      `--lang \u53EA\u80FD\u662F zh \u6216 en\uFF0C\u8FD9\u91CC\u662F ${values.lang}\u3002`,
      `--lang must be zh or en, not ${values.lang}.`
    );
  const [sub, arg, ...extra] = positionals;
  if (values.help) {
    io.stdout(`${lang === "zh" ? "\u7528\u6CD5\uFF1Agovcloud" : "Usage: govcloud"}
${calendarUsage[lang]}
`);
    return 0;
  }
  if (extra.length > 0)
    throw new UsageError(`\u591A\u4F59\u7684\u53C2\u6570\uFF1A${extra.join(" ")}\u3002`, `Unexpected arguments: ${extra.join(" ")}.`);
  const root = resolve6(io.cwd, values.root ?? ".");
  if (sub === "show") return show2(arg, values.format ?? "text", root, lang, io);
  if (sub === "import") return importNotice(arg, values.check ?? false, root, lang, io);
  throw new UsageError(
    "calendar \u9700\u8981\u5B50\u547D\u4EE4 show <\u5E74\u4EFD> \u6216 import <\u901A\u77E5.txt>\u3002",
    "calendar needs a subcommand: show <year> or import <notice.txt>."
  );
}
function show2(arg, format, root, lang, io) {
  if (format !== "text" && format !== "json")
    throw new UsageError(
      `--format \u53EA\u80FD\u662F text \u6216 json\uFF0C\u8FD9\u91CC\u662F ${format}\u3002`,
      `--format must be text or json, not ${format}.`
    );
  if (arg === void 0 || !/^\d{4}$/.test(arg))
    throw new UsageError(
      `calendar show \u9700\u8981\u56DB\u4F4D\u6570\u7684\u5E74\u4EFD\uFF0C\u5982 2027${arg === void 0 ? "" : `\uFF0C\u8FD9\u91CC\u662F ${arg}`}\u3002`,
      `calendar show needs a four-digit year such as 2027${arg === void 0 ? "" : `, not ${arg}`}.`
    );
  const year = Number(arg);
  const calendar = calendarFromData(loadCalendarLayers(root));
  if (!calendar.years.includes(year) && !calendar.isProvisionalYear(year)) {
    io.stderr(
      lang === "zh" ? `govcloud: \u7B97\u4E0D\u51FA ${year} \u5E74\u7684\u65E5\u5386\uFF1A\u519C\u5386\u6570\u636E\u53EA\u8986\u76D6 ${provisionalYears.first}\u2013${provisionalYears.last} \u5E74\u3002\u8BF7\u5728 ${overridePath} \u4E2D\u5F55\u5165\u8BE5\u5E74\u7684\u653E\u5047\u5B89\u6392\u3002
` : `govcloud: cannot compute ${year}: the lunar data covers ${provisionalYears.first}\u2013${provisionalYears.last} only. Enter that year's schedule in ${overridePath}.
`
    );
    return 1;
  }
  const view = yearView(calendar, year);
  io.stdout(format === "json" ? renderYearJson(view) : renderYearText(view, lang));
  return 0;
}
var problemLine = (file, p, lang) => `${file}:${p.line}:${p.column} ${lang === "zh" ? "\u9519\u8BEF" : "error"} ${p.message[lang]} ${lang === "zh" ? "\u505C\u5728" : "stopped at"}\u201C${p.text}\u201D`;
function differences(calendar, notice2) {
  const year = notice2.year;
  if (!calendar.years.includes(year)) return [];
  const holidays = new Set(notice2.holidays);
  const workdays = new Set(notice2.workdays);
  const out = [];
  const view = yearView(calendar, year);
  for (const { days } of view.months)
    for (const d of days) {
      const weekday3 = (/* @__PURE__ */ new Date(`${d.date}T00:00:00Z`)).getUTCDay();
      const work = workdays.has(d.date) || !holidays.has(d.date) && weekday3 !== 0 && weekday3 !== 6;
      if (work !== d.work) out.push(d.date);
    }
  return out;
}
function importNotice(arg, check, root, lang, io) {
  if (arg === void 0)
    throw new UsageError(
      "calendar import \u9700\u8981\u901A\u77E5\u7684\u6587\u672C\u6587\u4EF6\u3002",
      "calendar import needs the notice's text file."
    );
  const file = resolve6(io.cwd, arg);
  const shown = relative(io.cwd, file) || arg;
  let source;
  try {
    source = readFileSync6(file, "utf8");
  } catch (error) {
    io.stderr(
      `govcloud: ${lang === "zh" ? "\u8BFB\u4E0D\u5230\u901A\u77E5\u6587\u4EF6" : "cannot read the notice file"} ${shown}: ${error.message}
`
    );
    return 1;
  }
  const parsed = parseNotice(source);
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stdout(`${problemLine(shown, p, lang)}
`);
    io.stdout(
      lang === "zh" ? `\u6CA1\u6709\u5199\u5165 ${overridePath}\uFF1A\u8BF7\u6539\u6B63\u901A\u77E5\u6587\u672C\u540E\u91CD\u8BD5\uFF08\u5E94\u662F\u201C\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E YYYY \u5E74\u90E8\u5206\u8282\u5047\u65E5\u5B89\u6392\u7684\u901A\u77E5\u201D\u7684\u5168\u6587\uFF0C\u6BCF\u4E2A\u7F16\u53F7\u6761\u76EE\u4E00\u884C\uFF09\u3002
` : `${overridePath} left untouched: correct the notice text and retry (the full text of \u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E YYYY \u5E74\u90E8\u5206\u8282\u5047\u65E5\u5B89\u6392\u7684\u901A\u77E5, one numbered item per line).
`
    );
    return 1;
  }
  const { notice: notice2 } = parsed;
  const target = join6(root, overridePath);
  const before = readOverride(root);
  const merged = mergeNotice(before, notice2);
  if (!merged.ok) {
    io.stdout(
      `${overridePath}:${merged.line}:1 ${lang === "zh" ? "\u9519\u8BEF" : "error"} ${merged.message[lang]}
`
    );
    return 1;
  }
  const changed = differences(calendarFromData(loadCalendarLayers(root)), notice2);
  const summary = lang === "zh" ? `${notice2.year} \u5E74\uFF08${noticeLabel(notice2)}\uFF09\uFF1A\u653E\u5047 ${notice2.holidays.length} \u5929\uFF0C\u8C03\u4F11\u4E0A\u73ED ${notice2.workdays.length} \u5929\u3002` : `${notice2.year} (${noticeLabel(notice2)}): ${notice2.holidays.length} days off, ${notice2.workdays.length} make-up working days.`;
  const diff = changed.length > 0 ? lang === "zh" ? `\u4E0E\u65E5\u5386\u73B0\u6709\u6570\u636E\u76F8\u6BD4\uFF0C\u4E0A\u73ED\u4E0E\u5426\u4E0D\u540C\u7684\u65E5\u5B50\uFF1A${changed.join("\u3001")}\u3002` : `Days whose working status differs from the calendar's current data: ${changed.join(", ")}.` : "";
  if (check) {
    io.stdout(merged.text);
    io.stdout(
      `
# ${summary}${diff ? `
# ${diff}` : ""}
# ${lang === "zh" ? `--check\uFF1A\u6CA1\u6709\u5199\u5165 ${overridePath}\u3002` : `--check: ${overridePath} not written.`}
`
    );
    return 0;
  }
  if (merged.text !== before) {
    mkdirSync2(dirname2(target), { recursive: true });
    writeFileSync3(target, merged.text);
  }
  io.stdout(
    `${summary}${diff ? `
${diff}` : ""}
${lang === "zh" ? `\u5DF2\u5199\u5165 ${overridePath}\u3002\u8BF7\u7528 git diff \u6838\u5BF9\u540E\u63D0\u4EA4\u62C9\u53D6\u8BF7\u6C42\u3002` : `Wrote ${overridePath}. Review it with git diff, then open a pull request.`}
`
  );
  return 0;
}

// scripts/cli/git.ts
import { execFile } from "node:child_process";
function gitIn(root) {
  return (...args) => new Promise(
    (resolve13, reject) => execFile(
      "git",
      args,
      { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) => error ? reject(error) : resolve13(stdout)
    )
  );
}
async function changedFiles(root, ref) {
  const git = gitIn(root);
  const untracked = git("ls-files", "--others", "--exclude-standard", "-z");
  untracked.catch(() => {
  });
  try {
    await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  } catch {
    throw new UsageError(
      `\u627E\u4E0D\u5230 git \u5F15\u7528 ${ref}\uFF08--changed-from\uFF09\u3002\u8BF7\u786E\u8BA4\u5206\u652F\u5DF2\u83B7\u53D6\uFF0C\u5982 git fetch origin main\u3002`,
      `git ref ${ref} not found (--changed-from). Fetch it first, e.g. git fetch origin main.`
    );
  }
  let base = ref;
  if (ref !== "HEAD") {
    try {
      base = (await git("merge-base", ref, "HEAD")).trim();
    } catch {
    }
  }
  const [diff, others] = await Promise.all([
    // --relative：路径相对 root（root 可以是 git 仓库的子目录），root 之外的改动不算
    git("diff", "--name-only", "--no-renames", "--relative", "-z", base),
    untracked
  ]);
  return [...new Set([...diff.split("\0"), ...others.split("\0")].filter((f) => f !== ""))].sort();
}
async function defaultBranchRef(root) {
  const run = gitIn(root);
  const git = async (...args) => (await run(...args)).trim();
  try {
    return await git("rev-parse", "--abbrev-ref", "--verify", "--quiet", "refs/remotes/origin/HEAD");
  } catch {
  }
  for (const name2 of ["main", "master"]) {
    try {
      await git("rev-parse", "--verify", "--quiet", `refs/heads/${name2}^{commit}`);
      return name2;
    } catch {
    }
  }
  return void 0;
}
async function pendingFiles(root) {
  const base = await defaultBranchRef(root);
  if (base === void 0) return void 0;
  try {
    return new Set(await changedFiles(root, base));
  } catch {
    return void 0;
  }
}

// scripts/cli/notify.ts
import { readFileSync as readFileSync7 } from "node:fs";
import { join as join7, resolve as resolve7 } from "node:path";
import { parseArgs as parseArgs4 } from "node:util";
import yaml8 from "js-yaml";

// scripts/adapters/notify/index.ts
import nodemailer from "nodemailer";

// scripts/core/notify/limits.ts
var wecomMarkdownBytes = 4096;
var dingtalkMarkdownBytes = 2e4;
var emailSubjectChars = 200;
var encoder = new TextEncoder();
var byteLength = (s) => encoder.encode(s).length;
function truncateBytes(body, maxBytes, truncated) {
  if (byteLength(body) <= maxBytes) return body;
  const note = `

${truncated}`;
  const budget = maxBytes - byteLength(note);
  const lines = body.split("\n");
  const kept = [];
  let used = 0;
  for (const line2 of lines) {
    const cost = byteLength(line2) + (kept.length ? 1 : 0);
    if (used + cost > budget) break;
    kept.push(line2);
    used += cost;
  }
  if (kept.length === 0) {
    let s = "";
    for (const ch of body.split("\n")[0] ?? "") {
      if (byteLength(s + ch) > budget) break;
      s += ch;
    }
    kept.push(s.replace(/&#?[A-Za-z0-9]*$/, ""));
  }
  return `${kept.join("\n")}${note}`;
}
function truncateChars(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// scripts/core/notify/payloads.ts
function wecomPayload(notice2) {
  return {
    msgtype: "markdown",
    markdown: { content: truncateBytes(notice2.markdown, wecomMarkdownBytes, notice2.truncated) }
  };
}
function dingtalkPayload(notice2) {
  return {
    msgtype: "markdown",
    markdown: {
      title: truncateChars(notice2.title, 64),
      text: truncateBytes(notice2.markdown, dingtalkMarkdownBytes, notice2.truncated)
    }
  };
}
function emailPayload(notice2, to) {
  return {
    to: [...to],
    subject: truncateChars(notice2.title.replace(/[\r\n]+/g, " "), emailSubjectChars),
    text: notice2.text,
    html: notice2.html
  };
}

// scripts/adapters/notify/redact.ts
function redactor(secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    try {
      const url = new URL(secret);
      for (const value of url.searchParams.values()) if (value.length >= 4) forms.add(value);
      if (url.password) forms.add(url.password);
    } catch {
    }
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return (s) => {
    let out = s;
    for (const f of sorted) out = out.split(f).join("***");
    return out;
  };
}

// scripts/adapters/notify/robots.ts
import { createHmac } from "node:crypto";
function dingtalkSign(secret, timestamp) {
  return createHmac("sha256", secret).update(`${timestamp}
${secret}`, "utf8").digest("base64");
}
function signedDingtalkUrl(webhook, secret, timestamp) {
  const sep4 = webhook.includes("?") ? "&" : "?";
  return `${webhook}${sep4}timestamp=${timestamp}&sign=${encodeURIComponent(dingtalkSign(secret, timestamp))}`;
}
var rateLimited = /* @__PURE__ */ new Set([45009, 130101]);
async function postRobot(fetchImpl, url, payload) {
  let response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(15e3)
    });
  } catch (error) {
    const cause = error.cause?.code;
    return { ok: false, retryable: true, reason: `${error.message}${cause ? ` (${cause})` : ""}` };
  }
  const body = await response.text();
  if (!response.ok)
    return {
      ok: false,
      retryable: response.status >= 500 || response.status === 429,
      reason: `HTTP ${response.status}`
    };
  let answer;
  try {
    answer = JSON.parse(body);
  } catch {
    return { ok: false, retryable: false, reason: `\u7B54\u590D\u4E0D\u662F JSON\uFF08HTTP ${response.status}\uFF09` };
  }
  if (answer.errcode === 0) return { ok: true };
  const code2 = Number(answer.errcode);
  return {
    ok: false,
    retryable: rateLimited.has(code2),
    reason: `errcode ${String(answer.errcode)}: ${String(answer.errmsg ?? "")}`
  };
}

// scripts/adapters/notify/index.ts
var defaultSleep = (ms) => new Promise((resolve13) => setTimeout(resolve13, ms));
function smtpFromEnv(env) {
  const host = env.GOVCLOUD_SMTP_HOST;
  if (!host) return void 0;
  const port = Number(env.GOVCLOUD_SMTP_PORT ?? 587);
  return {
    host,
    port,
    secure: env.GOVCLOUD_SMTP_SECURE ? env.GOVCLOUD_SMTP_SECURE === "true" : port === 465,
    ...env.GOVCLOUD_SMTP_USER ? { user: env.GOVCLOUD_SMTP_USER } : {},
    ...env.GOVCLOUD_SMTP_PASSWORD ? { password: env.GOVCLOUD_SMTP_PASSWORD } : {},
    from: env.GOVCLOUD_SMTP_FROM ?? `govcloud-audit@${host}`
  };
}
function createNotifier(options) {
  const fetchImpl = options.fetch ?? fetch;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const sent = /* @__PURE__ */ new Set();
  const smtp = options.smtp;
  const transport = smtp && !options.dryRun ? nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? "" } } : {},
    connectionTimeout: 15e3,
    greetingTimeout: 15e3,
    socketTimeout: 3e4
  }) : void 0;
  async function attempt(run) {
    let outcome = { ok: false, retryable: false, reason: "" };
    for (let i = 1; i <= maxAttempts; i++) {
      outcome = await run();
      if (outcome.ok || !outcome.retryable || i === maxAttempts) return { outcome, attempts: i };
      await sleep(1e3 * i);
    }
    return { outcome, attempts: maxAttempts };
  }
  async function sendEmail(notice2, to) {
    if (!transport || !smtp) return { ok: false, retryable: false, reason: "" };
    const mail = emailPayload(notice2, to);
    try {
      await transport.sendMail({
        from: smtp.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html
      });
      return { ok: true };
    } catch (error) {
      const e = error;
      const retryable = e.responseCode === void 0 ? e.code !== "EAUTH" : e.responseCode < 500;
      return { ok: false, retryable, reason: e.message ?? String(error) };
    }
  }
  async function one(notice2, channel, config) {
    const base = { key: notice2.key, unit: notice2.unit, channel };
    const id = `${notice2.key}\0${channel}`;
    if (sent.has(id)) return { ...base, status: "skipped", attempts: 0, detail: "\u672C\u6B21\u8FD0\u884C\u5DF2\u53D1\u9001\u8FC7" };
    const env = options.env;
    let secrets = [smtp?.password];
    let missing;
    let run;
    let preview;
    if (channel === "wecom") {
      const name2 = config.wecom?.webhook;
      const url = env[name2];
      secrets = [...secrets, url];
      if (!url) missing = name2;
      preview = { to: `$${name2}`, body: wecomPayload(notice2) };
      run = () => postRobot(fetchImpl, url, wecomPayload(notice2));
    } else if (channel === "dingtalk") {
      const name2 = config.dingtalk?.webhook;
      const secretName2 = config.dingtalk?.secret;
      const url = env[name2];
      const secret = secretName2 ? env[secretName2] : void 0;
      secrets = [...secrets, url, secret];
      if (!url) missing = name2;
      else if (secretName2 && !secret) missing = secretName2;
      preview = {
        to: `$${name2}${secretName2 ? `\uFF08\u52A0\u7B7E\uFF1A$${secretName2}\uFF09` : ""}`,
        body: dingtalkPayload(notice2)
      };
      run = () => postRobot(
        fetchImpl,
        secret ? signedDingtalkUrl(url, secret, now()) : url,
        dingtalkPayload(notice2)
      );
    } else {
      if (!smtp) missing = "GOVCLOUD_SMTP_HOST";
      preview = emailPayload(notice2, config.email ?? []);
      run = () => sendEmail(notice2, config.email ?? []);
    }
    const redact = redactor(secrets);
    if (missing)
      return {
        ...base,
        status: options.dryRun ? "dry-run" : "failed",
        attempts: 0,
        detail: options.dryRun ? `\u73AF\u5883\u53D8\u91CF ${missing} \u6CA1\u6709\u8BBE\u7F6E\uFF1B\u5C06\u53D1\u9001\uFF1A${redact(JSON.stringify(preview, null, 2))}` : `${channel}\uFF1A\u73AF\u5883\u53D8\u91CF ${missing} \u6CA1\u6709\u8BBE\u7F6E\uFF0C\u672A\u53D1\u9001`
      };
    if (options.dryRun) {
      sent.add(id);
      return { ...base, status: "dry-run", attempts: 0, detail: redact(JSON.stringify(preview, null, 2)) };
    }
    const { outcome, attempts } = await attempt(run);
    if (outcome.ok) {
      sent.add(id);
      return { ...base, status: "sent", attempts };
    }
    return { ...base, status: "failed", attempts, detail: redact(`${channel}\uFF1A${outcome.reason}`) };
  }
  return {
    async send(notice2, config) {
      const channels = [
        ...config.email?.length ? ["email"] : [],
        ...config.wecom ? ["wecom"] : [],
        ...config.dingtalk ? ["dingtalk"] : []
      ];
      const results2 = [];
      for (const channel of channels) results2.push(await one(notice2, channel, config));
      return results2;
    },
    close() {
      transport?.close();
    }
  };
}

// scripts/core/notify/compose.ts
function plain(s) {
  return visible2(s).replace(/[\r\n\t]+/g, " ").replace(/:\/\//g, "[://]").replace(/@/g, "[@]").replace(/(?<=[\p{L}\p{N}-])\.(?=[A-Za-z])/gu, "[.]").replace(/\bwww\./gi, "www[.]");
}
var labels2 = {
  zh: {
    tag: "\u7B2C46\u6761 \u5230\u671F\u63D0\u9192",
    unit: "\u4F7F\u7528\u5355\u4F4D",
    system: "\u4FE1\u606F\u7CFB\u7EDF",
    resource: "\u6D4B\u8BD5\u8D44\u6E90",
    expires: "\u5230\u671F\u65E5",
    left: (n) => `\u8FD8\u6709 ${n} \u5929`,
    why: "\u4F9D\u636E",
    whyText: "\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u89C4\u8303\u300B\u7B2C46\u6761\uFF1A\u6D4B\u8BD5\u8D44\u6E90\u5230\u671F\u524D\u4E00\u5468\uFF0C\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u63D0\u9192\u4F7F\u7528\u5355\u4F4D\uFF1B\u4E0D\u7533\u8BF7\u7EED\u671F\u7684\uFF0C\u5230\u671F\u540E\u53EF\u56DE\u6536\u6D4B\u8BD5\u8D44\u6E90\u3002",
    todo: "\u8BF7\u5904\u7406",
    renew: (cap) => `\u8FD8\u8981\u4F7F\u7528\u7684\uFF0C\u8BF7\u5728\u5230\u671F\u524D\u63D0\u4EA4\u7EED\u671F\u7533\u8BF7\uFF08type: test-renewal\uFF09\uFF0C\u7D2F\u8BA1\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708${cap ? `\uFF0C\u6700\u8FDF\u7528\u5230 ${cap}` : ""}\uFF08\u7B2C45\u6761\uFF09\uFF1B\u4E0D\u518D\u4F7F\u7528\u7684\uFF0C\u8BF7\u5907\u4EFD\u6570\u636E\uFF0C\u5230\u671F\u540E\u56DE\u6536\uFF08\u7B2C47\u6761\uFF09\u3002`,
    noRenew: "\u5DF2\u7528\u6EE1\u7D2F\u8BA1\u516D\u4E2A\u6708\uFF08\u7B2C45\u6761\uFF09\uFF0C\u4E0D\u80FD\u518D\u7EED\u671F\uFF1A\u8BF7\u5907\u4EFD\u6570\u636E\uFF0C\u5230\u671F\u540E\u56DE\u6536\uFF08\u7B2C47\u6761\uFF09\uFF1B\u9700\u8981\u957F\u671F\u4F7F\u7528\u7684\uFF0C\u8BF7\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\u3002",
    source: "\u6765\u6E90",
    sourceText: (key) => `\u591C\u95F4\u5BA1\u8BA1\uFF0C\u53D1\u73B0 ${key}`,
    title: (resource, date) => `\u6D4B\u8BD5\u8D44\u6E90 ${resource} \u5C06\u4E8E ${date} \u5230\u671F`,
    truncated: (key) => `\uFF08\u5185\u5BB9\u8FC7\u957F\uFF0C\u5DF2\u622A\u65AD\uFF1B\u5168\u6587\u89C1\u591C\u95F4\u5BA1\u8BA1\u62A5\u544A\u4E2D\u7684\u53D1\u73B0 ${key}\uFF09`
  },
  en: {
    tag: "\u7B2C46\u6761 expiry reminder",
    unit: "Unit",
    system: "System",
    resource: "Test resource",
    expires: "Expires on",
    left: (n) => `in ${n} day(s)`,
    why: "Basis",
    whyText: "Shenzhen government cloud application spec, \u7B2C46\u6761: a week before a test resource expires the centre reminds the unit; without a renewal it may reclaim the resource once expired.",
    todo: "To do",
    renew: (cap) => `To keep it, file a renewal (type: test-renewal) before it expires; six months in total at most${cap ? `, until ${cap}` : ""} (\u7B2C45\u6761). Otherwise back up its data: it is reclaimed once expired (\u7B2C47\u6761).`,
    noRenew: "It has used its six months in total (\u7B2C45\u6761) and cannot be renewed: back up its data, it is reclaimed once expired (\u7B2C47\u6761). For lasting use, file a new application.",
    source: "Source",
    sourceText: (key) => `nightly audit, finding ${key}`,
    title: (resource, date) => `Test resource ${resource} expires on ${date}`,
    truncated: (key) => `(Too long, cut here; the full text is finding ${key} of the nightly audit report.)`
  }
};
var named = (name2, dir) => name2 && dir ? `${name2}\uFF08${dir}\uFF09` : name2 ?? dir ?? "";
function expiryReminder(f, lang = "zh") {
  if (f.check !== "test-expiring") return void 0;
  const l = labels2[lang];
  const resource = String(f.params.resource ?? f.resource ?? "");
  const expiresOn = String(f.params.expiresOn ?? "");
  const daysLeft = Number(f.params.daysLeft ?? 0);
  const cap = typeof f.params.renewableUntil === "string" ? f.params.renewableUntil : void 0;
  const lines = [
    { label: l.unit, value: named(f.unitName, f.unit) },
    { label: l.system, value: named(f.systemName, f.system) },
    { label: l.resource, value: resource, code: true },
    { label: l.expires, value: `${expiresOn}\uFF08${l.left(daysLeft)}\uFF09`, ours: true },
    { label: l.why, value: l.whyText, ours: true },
    { label: l.todo, value: f.params.renewable === true ? l.renew(cap) : l.noRenew, ours: true },
    { label: l.source, value: l.sourceText(f.key), code: true }
  ];
  const heading2 = `\u3010${l.tag}\u3011${l.title(plain(resource), expiresOn)}`;
  const text2 = [heading2, "", ...lines.map((x) => `${x.label}\uFF1A${x.ours ? x.value : plain(x.value)}`)].join(
    "\n"
  );
  const markdown = [
    // 我们写的文字原样（其中没有 Markdown 语法；机器人客户端未必显示 HTML 实体），提交者的文字转义
    `### \u3010${l.tag}\u3011${l.title(codeSpan(resource), expiresOn)}`,
    ...lines.map(
      (x) => `> **${x.label}**\uFF1A${x.code ? codeSpan(x.value) : x.ours ? x.value : inlineText(x.value)}`
    )
  ].join("\n");
  const html = [
    `<h3>${htmlText(heading2)}</h3>`,
    "<ul>",
    ...lines.map(
      (x) => `<li><b>${htmlText(x.label)}</b>\uFF1A${htmlText(x.ours ? x.value : plain(x.value))}</li>`
    ),
    "</ul>"
  ].join("\n");
  return {
    key: `${f.key}@${expiresOn}`,
    unit: f.unit,
    title: heading2,
    text: text2,
    markdown,
    html,
    truncated: l.truncated(f.key)
  };
}

// scripts/cli/notify.ts
var notifyUsage = {
  zh: `govcloud notify --from-audit <\u62A5\u544A.json>\uFF1A\u53D1\u9001\u7B2C46\u6761\u5230\u671F\u63D0\u9192\uFF08\u90AE\u4EF6\u3001\u4F01\u4E1A\u5FAE\u4FE1\u3001\u9489\u9489\uFF1B\u89C1 docs/notify.md\uFF09
  --from-audit <\u6587\u4EF6>      govcloud audit --format json \u7684\u8F93\u51FA
  --remind-at <\u5929\u6570>       \u8FD8\u5269\u8FD9\u4E9B\u5929\u65F6\u63D0\u9192\uFF0C\u9017\u53F7\u5206\u9694\uFF08\u9ED8\u8BA4 7,3,1\uFF09\uFF1Ball \u4E3A\u63D0\u9192\u671F\u5185\u6BCF\u665A\u90FD\u53D1
  --dry-run                \u53EA\u663E\u793A\u4F1A\u53D1\u4EC0\u4E48\uFF0C\u4E0D\u53D1\u9001
  --format <\u683C\u5F0F>          text\uFF08\u9ED8\u8BA4\uFF09| json
  --lang <\u8BED\u8A00>            \u901A\u77E5\u4E0E\u8F93\u51FA\u7684\u8BED\u8A00\uFF1Azh\uFF08\u9ED8\u8BA4\uFF09| en
  --root <\u76EE\u5F55>            \u4ED3\u5E93\u6839\u76EE\u5F55\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\uFF09
  \u73AF\u5883\u53D8\u91CF\uFF1A\u5355\u4F4D\u767B\u8BB0\u4E2D\u5199\u7684\u673A\u5668\u4EBA\u53D8\u91CF\u540D\uFF1B\u90AE\u4EF6\u7528 GOVCLOUD_SMTP_HOST\u3001_PORT\u3001_SECURE\u3001_USER\u3001_PASSWORD\u3001_FROM`,
  en: `govcloud notify --from-audit <report.json>: send the \u7B2C46\u6761 expiry reminders (e-mail, WeCom, DingTalk; see docs/notify.md)
  --from-audit <file>      the output of govcloud audit --format json
  --remind-at <days>       remind when this many days are left, comma-separated (default 7,3,1); all: every night of the week
  --dry-run                show what would be sent, send nothing
  --format <format>        text (default) | json
  --lang <lang>            language of the notices and the output: zh (default) | en
  --root <dir>             repository root (default: current directory)
  Environment: the robot variable names of the unit registry; e-mail uses GOVCLOUD_SMTP_HOST, _PORT, _SECURE, _USER, _PASSWORD, _FROM`
};
var unitFolder = /^[a-z][a-z0-9-]{0,63}$/;
function dueReminders(findings, remindAt) {
  return findings.filter(
    (f) => f.check === "test-expiring" && (remindAt === void 0 || remindAt.has(Number(f.params.daysLeft)))
  );
}
function parseRemindAt(value) {
  if (value === "all") return void 0;
  const days = (value ?? "7,3,1").split(",").map((d) => Number(d.trim()));
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 7))
    throw new UsageError(
      `--remind-at \u5E94\u4E3A 0\u20137 \u4E4B\u95F4\u7684\u5929\u6570\uFF0C\u9017\u53F7\u5206\u9694\uFF0C\u6216 all\uFF1B\u8FD9\u91CC\u662F ${value}\u3002`,
      `--remind-at must be days between 0 and 7, comma-separated, or all; not ${value}.`
    );
  return new Set(days);
}
function readReport(path, cwd) {
  let data;
  try {
    data = JSON.parse(readFileSync7(resolve7(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(
      `\u8BFB\u4E0D\u51FA\u5BA1\u8BA1\u62A5\u544A ${path}\uFF1A${error.message}`,
      `Cannot read the audit report ${path}: ${error.message}`
    );
  }
  const findings = data?.findings;
  if (!Array.isArray(findings))
    throw new UsageError(
      `${path} \u4E0D\u662F govcloud audit --format json \u7684\u62A5\u544A\uFF08\u6CA1\u6709 findings\uFF09\u3002`,
      `${path} is not a govcloud audit --format json report (no findings).`
    );
  return findings.filter(
    (f) => typeof f === "object" && f !== null && typeof f.key === "string" && typeof f.unit === "string" && typeof f.params === "object"
  );
}
function unitNotify(root, unit) {
  if (!unitFolder.test(unit)) return { config: {}, problems: [] };
  let doc;
  try {
    doc = yaml8.load(readFileSync7(join7(root, requestsDir, unit, "unit.yaml"), "utf8"));
  } catch {
    return { config: {}, problems: [] };
  }
  return parseNotifyConfig(doc?.notify);
}
var statusText = {
  sent: { zh: "\u5DF2\u53D1\u9001", en: "sent" },
  failed: { zh: "\u5931\u8D25", en: "failed" },
  skipped: { zh: "\u8DF3\u8FC7", en: "skipped" },
  "dry-run": { zh: "\u6F14\u7EC3\uFF08\u672A\u53D1\u9001\uFF09", en: "dry run (not sent)" }
};
function renderText4(results2, notes, lang) {
  const out = results2.map(
    (r) => `${statusText[r.status][lang]}	${r.channel}	${r.unit}	${r.key}${r.attempts > 1 ? `	(${r.attempts})` : ""}${r.detail ? `
${r.detail}` : ""}`
  );
  return `${[...notes, ...out].join("\n")}
`;
}
async function runNotify(argv, io, runtime = {}) {
  const { values } = parseArgs4({
    args: argv,
    options: {
      "from-audit": { type: "string" },
      "remind-at": { type: "string" },
      "dry-run": { type: "boolean" },
      format: { type: "string" },
      lang: { type: "string" },
      root: { type: "string" }
    }
  });
  const lang = parseLang(values.lang);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format \u53EA\u80FD\u662F text \u6216 json\u3002`, `--format must be text or json.`);
  if (!values["from-audit"])
    throw new UsageError(`\u7F3A\u5C11 --from-audit <\u62A5\u544A.json>\u3002`, `--from-audit <report.json> is missing.`);
  const { root } = repositoryRoot(io, values.root);
  const env = io.env ?? process.env;
  const due = dueReminders(readReport(values["from-audit"], io.cwd), parseRemindAt(values["remind-at"]));
  const configs = /* @__PURE__ */ new Map();
  for (const f of due) if (!configs.has(f.unit)) configs.set(f.unit, unitNotify(root, f.unit));
  const smtp = smtpFromEnv(env);
  const notifier = createNotifier({
    env,
    ...smtp ? { smtp } : {},
    ...values["dry-run"] ? { dryRun: true } : {},
    ...runtime.sleep ? { sleep: runtime.sleep } : {},
    ...runtime.now ? { now: runtime.now } : {}
  });
  const notes = [];
  const results2 = [];
  try {
    for (const [unit, { problems }] of configs)
      for (const p of problems) notes.push(`${requestsDir}/${unit}/unit.yaml ${p.message[lang]}`);
    for (const f of due) {
      const notice2 = expiryReminder(f, lang);
      const config = configs.get(f.unit)?.config ?? {};
      if (!notice2) continue;
      const sent = await notifier.send(notice2, config);
      if (sent.length === 0)
        notes.push(
          lang === "zh" ? `${f.unit} \u6CA1\u6709\u767B\u8BB0\u901A\u77E5\u6E20\u9053\uFF08unit.yaml \u7684 notify\uFF09\uFF0C\u672A\u53D1\u9001 ${notice2.key}` : `${f.unit} has no notify channels in unit.yaml; ${notice2.key} not sent`
        );
      results2.push(...sent);
    }
  } finally {
    notifier.close();
  }
  io.stdout(
    format === "json" ? `${JSON.stringify({ results: results2, notes }, null, 2)}
` : renderText4(results2, notes, lang)
  );
  return results2.some((r) => r.status === "failed") ? 1 : 0;
}

// scripts/cli/provision.ts
import { execFile as execFile2 } from "node:child_process";
import { mkdirSync as mkdirSync3, readFileSync as readFileSync8, writeFileSync as writeFileSync4 } from "node:fs";
import { dirname as dirname3, resolve as resolve8 } from "node:path";
import { parseArgs as parseArgs5 } from "node:util";

// scripts/core/provision/checklist.ts
var actionNames = {
  open: "\u5F00\u901A",
  change: "\u53D8\u66F4",
  revoke: "\u64A4\u9500",
  renew: "\u7EED\u671F"
};
var manual = (catalog, service) => manualReason(catalog.serviceById.get(service), service) !== void 0;
function summaryOf(catalog, service, config) {
  const parts = [quantityLabel(catalog, service, config.quantity)].filter((p) => p !== "");
  const described = describeConfig(config);
  if (described) parts.push(described);
  const packages = packagesOf(catalog, service, config);
  if (packages.length > 0) parts.push(`\u76EE\u5F55\u6761\u76EE ${packages.join("\uFF0C")}`);
  return parts.join(" \xB7 ");
}
function checklistItems(application, before, catalog) {
  const name2 = (service) => catalog.serviceById.get(service)?.name ?? service;
  const item = (r, action, summary) => ({
    resource: r.id,
    service: r.service,
    serviceName: name2(r.service),
    action,
    summary
  });
  const inService2 = (id) => before.resources.get(id);
  switch (application.type) {
    case "new":
    case "test":
      return application.resources.filter((r) => manual(catalog, r.service)).map((r) => {
        const { id: _id, service: _s, purpose: _p, remark: _r, consultation: _c, ...config } = r;
        return item(r, "open", summaryOf(catalog, r.service, config));
      });
    case "change":
      return application.changes.flatMap((c) => {
        const r = inService2(c.resource);
        if (!r || !manual(catalog, r.service)) return [];
        const from = describeConfig({ ...r.config, ...c.before });
        const to = summaryOf(catalog, r.service, { ...r.config, ...c.after });
        return [item(r, "change", `${from || "\u2014"} \u2192 ${to}`)];
      });
    case "revoke":
      return application.revocations.flatMap((rv) => {
        const r = inService2(rv.resource);
        if (!r || !manual(catalog, r.service)) return [];
        const data = { "backed-up": "\u6570\u636E\u5DF2\u5907\u4EFD", "not-needed": "\u65E0\u9700\u5907\u4EFD", "no-data": "\u4E0D\u6D89\u53CA\u6570\u636E" }[rv.dataBackup];
        return [item(r, "revoke", `${summaryOf(catalog, r.service, r.config)} \xB7 ${data}`)];
      });
    case "test-renewal":
      return application.renewals.flatMap((rn) => {
        const r = inService2(rn.resource);
        if (!r || !manual(catalog, r.service)) return [];
        return [item(r, "renew", `\u7EED\u671F ${rn.months} \u4E2A\u6708`)];
      });
    case "ports":
      return [];
  }
}
var marker = (c) => `<!-- govcloud-checklist ${c.unit}/${c.system}#${c.application} -->`;
var typeNames2 = {
  new: "\u65B0\u589E",
  change: "\u53D8\u66F4",
  revoke: "\u64A4\u9500",
  ports: "\u7AEF\u53E3\u5F00\u653E",
  test: "\u6D4B\u8BD5\u8D44\u6E90",
  "test-renewal": "\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F"
};
function renderChecklist(c) {
  const out = [
    marker(c),
    md`### 交付清单：${c.systemName} · 申请 ${c.application}（${typeNames2[c.applicationType]}）`,
    "",
    "\u4EE5\u4E0B\u670D\u52A1 OpenStack \u4E0D\u80FD\u521B\u5EFA\uFF0C\u8BF7\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u4EBA\u5DE5\u5F00\u901A\uFF08\u64A4\u9500\u3001\u53D8\u66F4\u3001\u7EED\u671F\u540C\u6837\uFF09\uFF0C\u5B8C\u6210\u540E\u52FE\u9009\u8BE5\u9879\uFF0C\u5E76\u5728\u5B83\u4E0B\u9762\u5199\u4EA4\u4ED8\u8BE6\u60C5\uFF0C\u6BCF\u884C\u4E00\u9879\uFF1A",
    "`\u5B9E\u4F8B: \u5B9E\u4F8B\u540D IP [\u5F39\u6027IP] [\u4E3B\u673A\u540D] [id=\u4E91\u4E0AID]`\u3001`\u5730\u5740: \u8BBF\u95EE\u5730\u5740`\u3001`\u5907\u6CE8: \u6587\u5B57`\u3002\u5168\u90E8\u52FE\u9009\u540E\uFF0C\u6D41\u6C34\u7EBF\u636E\u6B64\u5199\u5165\u4EA4\u4ED8\u8BB0\u5F55\u3002",
    ""
  ];
  for (const i of c.items)
    out.push(md`- [ ] ${code(i.resource)} ${i.serviceName} · ${raw(actionNames[i.action])} · ${i.summary}`);
  return `${out.join("\n")}
`;
}
var ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
var keys = {
  \u5B9E\u4F8B: "instance",
  instance: "instance",
  \u5730\u5740: "endpoint",
  \u8BBF\u95EE\u5730\u5740: "endpoint",
  endpoint: "endpoint",
  \u5907\u6CE8: "remark",
  remark: "remark"
};
var actionsByName = new Map(Object.entries(actionNames).map(([k, v]) => [v, k]));
function parseChecklist(markdown) {
  const head = /<!--\s*govcloud-checklist\s+([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)#(\d+)\s*-->/.exec(markdown);
  if (!head) return void 0;
  const items2 = [];
  const problems = [];
  let current;
  const lines = markdown.split(/\r\n?|\n/);
  for (const [index, line2] of lines.entries()) {
    const top = /^[-*] \[( |x|X)\] `([a-z][a-z0-9-]*)`(.*)$/.exec(line2);
    if (top) {
      const action = (top[3] ?? "").split("\xB7").map((s) => s.trim()).map((s) => actionsByName.get(s)).find((a) => a !== void 0);
      current = {
        resource: top[2],
        checked: top[1] !== " ",
        instances: [],
        ...action ? { action } : {}
      };
      items2.push(current);
      continue;
    }
    const detail = /^\s{2,}[-*]\s+([^:：]+)[:：]\s*(.*)$/.exec(line2);
    if (!detail || !current) {
      if (/^\S/.test(line2)) current = void 0;
      continue;
    }
    const key = keys[detail[1].trim()];
    const value = detail[2].trim();
    if (!key || value === "") {
      problems.push({
        line: index + 1,
        text: line2.trim(),
        why: key ? "\u6CA1\u6709\u5185\u5BB9" : "\u4E0D\u8BA4\u8BC6\u7684\u952E\uFF08\u5B9E\u4F8B\u3001\u5730\u5740\u3001\u5907\u6CE8\uFF09"
      });
      continue;
    }
    if (key === "endpoint") current.endpoint = value;
    else if (key === "remark") current.remark = current.remark ? `${current.remark}\uFF1B${value}` : value;
    else {
      const instance = parseInstance(value);
      if (typeof instance === "string") problems.push({ line: index + 1, text: line2.trim(), why: instance });
      else current.instances.push(instance);
    }
  }
  return {
    unit: head[1],
    system: head[2],
    application: Number(head[3]),
    items: items2,
    problems
  };
}
function parseInstance(value) {
  const tokens = value.split(/[\s,，]+/).filter((t) => t !== "");
  const [name2, ...rest] = tokens;
  if (!name2 || !/^[a-z][a-z0-9-]{0,62}$/.test(name2))
    return "\u5B9E\u4F8B\u540D\u987B\u5728\u6700\u524D\uFF0C\u53EA\u7528\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u4E0E\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF08\u5982 cache-1\uFF09";
  const out = { name: name2 };
  for (const t of rest) {
    const kv = /^([A-Za-z]+)=(.+)$/.exec(t);
    if (kv) {
      const k = kv[1].toLowerCase();
      const v = kv[2];
      if (k === "ip") out.ip = v;
      else if (k === "floatingip" || k === "eip") out.floatingIp = v;
      else if (k === "hostname" || k === "host") out.hostname = v;
      else if (k === "id" || k === "cloudid") out.cloudId = v;
      else return `\u4E0D\u8BA4\u8BC6\u7684 ${k}=\uFF08\u53EF\u7528 ip=\u3001floatingIp=\u3001hostname=\u3001id=\uFF09`;
      continue;
    }
    if (ipv4.test(t)) {
      if (out.ip === void 0) out.ip = t;
      else if (out.floatingIp === void 0) out.floatingIp = t;
      else return `\u591A\u4E86\u4E00\u4E2A IP ${t}`;
    } else if (out.hostname === void 0) out.hostname = t;
    else return `\u770B\u4E0D\u61C2 ${t}\uFF1A\u4E3B\u673A\u540D\u53EA\u80FD\u6709\u4E00\u4E2A\uFF1B\u4E91\u4E0A ID \u8BF7\u5199\u6210 id=\u2026`;
  }
  for (const [k, v] of [
    ["ip", out.ip],
    ["floatingIp", out.floatingIp]
  ])
    if (v !== void 0 && !ipv4.test(v)) return `${k} ${v} \u4E0D\u662F IPv4 \u5730\u5740`;
  return out;
}
function deliveryFromChecklist(parsed, options) {
  const unticked = parsed.items.filter((i) => !i.checked).map((i) => i.resource);
  const resources = parsed.items.filter((i) => i.checked && (i.action === void 0 || i.action === "open" || i.action === "change")).map((i) => ({
    id: i.resource,
    ...i.instances.length > 0 ? {
      instances: i.instances.map((x) => ({
        name: x.name,
        ...x.hostname ? { hostname: x.hostname } : {},
        ...x.ip ? { ip: x.ip } : {},
        ...x.floatingIp ? { floatingIp: x.floatingIp } : {},
        ...x.cloudId ? { cloudId: x.cloudId } : {}
      }))
    } : {},
    ...i.endpoint ? { endpoint: i.endpoint } : {},
    ...i.remark ? { remark: i.remark } : {}
  }));
  return {
    delivery: {
      kind: "delivery",
      profile: options.profile,
      application: parsed.application,
      date: options.date,
      ...resources.length > 0 ? { resources } : {}
    },
    unticked
  };
}
var botName = (login) => login.toLowerCase().replace(/\[bot\]$/, "");
var actorName = (a) => a ? a.login : "\uFF08\u5DF2\u5220\u9664\u7684\u8D26\u53F7\uFF09";
var isBot = (a, trust) => a !== null && a.type === "Bot" && botName(a.login) === botName(trust.bot);
var isEngineer = (a, trust) => a !== null && a.type === "User" && trust.engineers.has(a.login.toLowerCase());
function checklistCommentVerdict(comment, trust) {
  const refuse = (refusal) => ({ accepted: false, refusal });
  if (!isBot(comment.author, trust))
    return refuse({ code: "author-not-bot", params: { author: actorName(comment.author) } });
  if (comment.editor === null || comment.lastEditedAt === null)
    return refuse({ code: "not-edited", params: {} });
  if (!isEngineer(comment.editor, trust))
    return refuse({ code: "editor-not-engineer", params: { editor: actorName(comment.editor) } });
  if (!comment.complete) return refuse({ code: "history-incomplete", params: {} });
  const newestFirst = [...comment.edits].sort((a, b) => b.editedAt.localeCompare(a.editedAt));
  const newest = newestFirst[0];
  if (newest && !isEngineer(newest.editor, trust))
    return refuse({ code: "editor-not-engineer", params: { editor: actorName(newest.editor) } });
  for (const edit of newestFirst)
    if (!isBot(edit.editor, trust) && !isEngineer(edit.editor, trust))
      return refuse({
        code: "earlier-editor-not-engineer",
        params: { editor: actorName(edit.editor), editedAt: edit.editedAt }
      });
  return { accepted: true, editor: comment.editor.login };
}
function checklistRefusalText(refusal) {
  const manual2 = "\u8BF7\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u6838\u5BF9\u6E05\u5355\u5185\u5BB9\u540E\uFF0C\u5728\u672C\u5730\u8FD0\u884C govcloud deliver --checklist <\u6587\u4EF6> \u5199\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u7ECF PR \u5408\u5E76\u3002";
  const manualEn = "A provider engineer should check the checklist and write the delivery record locally with govcloud deliver --checklist <file>, merged through a pull request.";
  switch (refusal.code) {
    case "author-not-bot":
      return text(
        `\u8FD9\u6761\u8BC4\u8BBA\u7531 ${refusal.params.author} \u53D1\u51FA\uFF0C\u4E0D\u662F\u673A\u5668\u4EBA\u8D34\u7684\u4EA4\u4ED8\u6E05\u5355\uFF1A\u53EA\u8BA4\u673A\u5668\u4EBA\u8D34\u51FA\u3001\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u52FE\u9009\u7684\u6E05\u5355\u3002`,
        `This comment was posted by ${refusal.params.author}, not by the bot: only checklists posted by the bot and ticked by a provider engineer are accepted.`
      );
    case "not-edited":
      return text(
        "\u8FD9\u4EFD\u4EA4\u4ED8\u6E05\u5355\u6CA1\u6709\u88AB\u7F16\u8F91\u8FC7\uFF1A\u987B\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u52FE\u9009\u5E76\u5199\u4EA4\u4ED8\u8BE6\u60C5\u540E\u624D\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002",
        "This checklist has not been edited: a provider engineer must tick it and write the details first."
      );
    case "editor-not-engineer":
      return text(
        `\u4EA4\u4ED8\u6E05\u5355\u6700\u540E\u7531 ${refusal.params.editor} \u7F16\u8F91\uFF0C\u6B64\u4EBA\u4E0D\u662F\u63D0\u4F9B\u5546\u5B9E\u65BD\u5DE5\u7A0B\u5E08\uFF08.github/govcloud-review.yaml \u7684 roles.implementers\uFF09\uFF1A\u6CA1\u6709\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002\u8BF7\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u672C\u4EBA\u6838\u5BF9\u5E76\u91CD\u65B0\u4FDD\u5B58\u8FD9\u6761\u8BC4\u8BBA\u3002`,
        `The checklist was last edited by ${refusal.params.editor}, who is not a provider engineer (roles.implementers in .github/govcloud-review.yaml): no delivery record was written. A provider engineer should check the comment and save it again.`
      );
    case "earlier-editor-not-engineer":
      return text(
        `\u4EA4\u4ED8\u6E05\u5355\u5728 ${refusal.params.editedAt} \u88AB ${refusal.params.editor} \u7F16\u8F91\u8FC7\uFF0C\u6B64\u4EBA\u4E0D\u662F\u63D0\u4F9B\u5546\u5B9E\u65BD\u5DE5\u7A0B\u5E08\uFF1A\u6B63\u6587\u53EF\u80FD\u542B\u6709\u4E0D\u662F\u5DE5\u7A0B\u5E08\u5199\u7684\u4EA4\u4ED8\u8BE6\u60C5\uFF0C\u6CA1\u6709\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002${manual2}`,
        `The checklist was edited at ${refusal.params.editedAt} by ${refusal.params.editor}, who is not a provider engineer: the body may contain details no engineer wrote, so no delivery record was written. ${manualEn}`
      );
    case "history-incomplete":
      return text(
        `\u8BFB\u4E0D\u5168\u8FD9\u6761\u8BC4\u8BBA\u7684\u7F16\u8F91\u5386\u53F2\uFF08\u8BFB\u53D6\u671F\u95F4\u53C8\u88AB\u7F16\u8F91\uFF0C\u6216\u7F16\u8F91\u6B21\u6570\u8FC7\u591A\uFF09\uFF1A\u6CA1\u6709\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002\u7A0D\u540E\u91CD\u65B0\u8FD0\u884C\uFF1B\u4ECD\u7136\u5931\u8D25\u65F6\uFF0C${manual2}`,
        `The comment's edit history could not be read completely (edited while reading, or too many edits): no delivery record was written. Run again later; if it still fails: ${manualEn}`
      );
  }
}

// scripts/core/provision/delivery.ts
import yaml9 from "js-yaml";
var deliveryPath = (unit, system, application) => `requests/${unit}/${system}/deliveries/${String(application).padStart(4, "0")}.yaml`;
function provisionedBy(application, catalog) {
  const ids = application.type === "new" || application.type === "test" ? application.resources.map((r) => ({ id: r.id, service: r.service })) : [];
  return ids.filter((r) => !manualReason(catalog.serviceById.get(r.service), r.service)).map((r) => r.id);
}
var ipv42 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
function deliveredInstance(i) {
  return {
    name: i.name,
    ...i.hostname ? { hostname: i.hostname } : {},
    ...i.ip && ipv42.test(i.ip) ? { ip: i.ip } : {},
    ...i.floatingIp && ipv42.test(i.floatingIp) ? { floatingIp: i.floatingIp } : {},
    ...i.cloudId ? { cloudId: i.cloudId } : {}
  };
}
var deliveredConfigFields = ["vcpu", "memoryGB", "systemDisk", "dataDisks", "capacityGB"];
function deliveredConfig(config) {
  if (!config) return void 0;
  const out = {};
  for (const k of deliveredConfigFields) if (config[k] !== void 0) Object.assign(out, { [k]: config[k] });
  return Object.keys(out).length > 0 ? out : void 0;
}
function deliveryFromOutputs(args) {
  const { application, outputs, catalog } = args;
  const resources = [];
  const missing = [];
  const ids = application.type === "change" ? application.changes.map((c) => c.resource).filter((id) => outputs.resources[id] !== void 0) : provisionedBy(application, catalog);
  for (const id of ids) {
    const out = outputs.resources[id];
    if (!out) {
      missing.push(id);
      continue;
    }
    const config = application.type === "change" ? deliveredConfig(out.config) : void 0;
    resources.push({
      id,
      ...out.instances.length > 0 ? { instances: out.instances.map(deliveredInstance) } : {},
      ...config ? { config } : {},
      ...out.endpoint ? { endpoint: out.endpoint } : {}
    });
  }
  return {
    delivery: {
      kind: "delivery",
      profile: application.profile,
      application: application.sequence,
      date: args.date,
      ...resources.length > 0 ? { resources } : {}
    },
    missing
  };
}
function mergeDelivery(existing, next) {
  if (!existing) return next;
  const byId2 = new Map((existing.resources ?? []).map((r) => [r.id, r]));
  for (const r of next.resources ?? []) byId2.set(r.id, r);
  const resources = [...byId2.values()];
  const remark = next.remark ?? existing.remark;
  return {
    kind: "delivery",
    profile: existing.profile,
    application: existing.application,
    date: [existing.date, next.date].sort()[1],
    ...resources.length > 0 ? { resources } : {},
    ...remark ? { remark } : {}
  };
}
function deliveryYaml(delivery) {
  const body = yaml9.dump(delivery, { schema: yaml9.CORE_SCHEMA, flowLevel: 4, lineWidth: -1, noRefs: true });
  return [
    `# yaml-language-server: $schema=../../../../schemas/${delivery.profile}/delivery.schema.json`,
    `# \u4EA4\u4ED8\u8BB0\u5F55\uFF1A\u7533\u8BF7 ${delivery.application} \u7684\u53D1\u653E\u7ED3\u679C\uFF08\u7B2C24\u300125\u6761\uFF09\uFF0C\u7531\u53D1\u653E\u6D41\u6C34\u7EBF\u5199\u5165\uFF0C\u4EBA\u5DE5\u4E0D\u6539`,
    body
  ].join("\n");
}
var typeNames3 = {
  new: "\u65B0\u589E\u7533\u8BF7",
  change: "\u53D8\u66F4\u7533\u8BF7",
  revoke: "\u64A4\u9500\u7533\u8BF7",
  ports: "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7",
  test: "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
  "test-renewal": "\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F"
};
var cell3 = (s) => s ? inlineText(s) : "\u2014";
function renderNotification(args) {
  const { unit, registration, application, delivery, state, catalog } = args;
  const out = [];
  out.push(`## \u4E91\u670D\u52A1\u4EA4\u4ED8\u901A\u77E5\uFF08\u7B2C25\u6761\uFF09`, "");
  out.push(`${cell3(unit.name)}\uFF1A`, "");
  out.push(
    `\u8D35\u5355\u4F4D\u201C${cell3(registration.name)}\u201D\u7B2C ${application.sequence} \u53F7\u7533\u8BF7\uFF08${typeNames3[application.type]}\uFF0C\u7533\u8BF7\u65E5\u671F ${application.date}\uFF09\u5DF2\u4E8E ${delivery.date} \u4EA4\u4ED8\u3002\u6309\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u89C4\u8303\u300B\u7B2C25\u6761\uFF0C\u73B0\u5C06 IP\u3001\u4E3B\u673A\u540D\u4E0E\u914D\u7F6E\u544A\u77E5\u5982\u4E0B\u3002`,
    ""
  );
  const rows = [];
  for (const r of delivery.resources ?? []) {
    const inService2 = state.resources.get(r.id);
    const service = catalog.serviceById.get(inService2?.service ?? "")?.name ?? inService2?.service ?? "";
    const config = inService2 ? describeConfig(inService2.config) : "";
    const instances = r.instances && r.instances.length > 0 ? r.instances : [{ name: r.id }];
    for (const i of instances)
      rows.push([
        r.id,
        service || "\u2014",
        i.name,
        cell3(i.hostname),
        cell3(i.ip),
        cell3(i.floatingIp),
        cell3([config, r.endpoint ? `\u8BBF\u95EE\u5730\u5740 ${r.endpoint}` : ""].filter(Boolean).join("\uFF1B"))
      ]);
  }
  if (rows.length > 0) {
    out.push(
      "| \u8D44\u6E90 | \u670D\u52A1 | \u5B9E\u4F8B | \u4E3B\u673A\u540D | IP | \u5F39\u6027IP/\u653F\u52A1\u5916\u7F51IP | \u914D\u7F6E |",
      "| --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const row of rows) out.push(`| ${row.map((c, i) => i < 3 ? inlineText(c) : c).join(" | ")} |`);
    out.push("");
  } else {
    const what = application.type === "revoke" ? "\u6240\u64A4\u9500\u7684\u8D44\u6E90\u5DF2\u56DE\u6536\u3002" : application.type === "ports" ? "\u7AEF\u53E3\u7B56\u7565\u5DF2\u6309\u7533\u8BF7\u751F\u6548\u3002" : application.type === "test-renewal" ? "\u6D4B\u8BD5\u8D44\u6E90\u5DF2\u7EED\u671F\u3002" : "\u672C\u6B21\u4EA4\u4ED8\u4E0D\u6D89\u53CA\u65B0\u7684 IP \u6216\u4E3B\u673A\u3002";
    out.push(what, "");
  }
  if (args.pendingManual && args.pendingManual.length > 0)
    out.push(
      `\u5C1A\u5F85\u4EBA\u5DE5\u5F00\u901A\uFF1A${args.pendingManual.map(codeSpan).join("\u3001")}\uFF08\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u5F00\u901A\u540E\u53E6\u884C\u901A\u77E5\uFF09\u3002`,
      ""
    );
  return `${out.join("\n").trimEnd()}
`;
}

// scripts/core/provision/drift.ts
var isObject3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parsePreview(json2) {
  const fail2 = (where2, what) => {
    throw new Error(`pulumi preview --json \u7684\u8F93\u51FA ${where2}\uFF1A${what}`);
  };
  if (!isObject3(json2)) return fail2("/", "\u5E94\u4E3A JSON \u5BF9\u8C61");
  if (json2.steps === void 0 && json2.changeSummary === void 0)
    fail2("/", "\u6CA1\u6709 steps \u4E0E changeSummary\uFF1A\u8FD9\u4E0D\u662F pulumi preview --json \u7684\u8F93\u51FA");
  if (json2.steps !== void 0 && !Array.isArray(json2.steps)) fail2("/steps", "\u5E94\u4E3A\u6570\u7EC4");
  const steps = (json2.steps ?? []).map((raw2, i) => {
    if (!isObject3(raw2)) return fail2(`/steps/${i}`, "\u5E94\u4E3A\u5BF9\u8C61");
    const step = Object.fromEntries(Object.entries(raw2).filter(([, v]) => v !== null));
    if (typeof step.op !== "string") fail2(`/steps/${i}/op`, "\u5E94\u4E3A\u5B57\u7B26\u4E32");
    if (typeof step.urn !== "string") fail2(`/steps/${i}/urn`, "\u5E94\u4E3A\u5B57\u7B26\u4E32");
    for (const k of ["oldState", "newState", "detailedDiff"])
      if (step[k] !== void 0 && !isObject3(step[k])) fail2(`/steps/${i}/${k}`, "\u5E94\u4E3A\u5BF9\u8C61");
    for (const k of ["diffReasons", "replaceReasons"])
      if (step[k] !== void 0 && !Array.isArray(step[k])) fail2(`/steps/${i}/${k}`, "\u5E94\u4E3A\u6570\u7EC4");
    return step;
  });
  if (json2.diagnostics !== void 0 && !Array.isArray(json2.diagnostics)) fail2("/diagnostics", "\u5E94\u4E3A\u6570\u7EC4");
  return json2.steps === void 0 ? json2 : { ...json2, steps };
}
function pathSegments(path) {
  const out = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== void 0) out.push(m[1]);
    else if (m[2] !== void 0) out.push(Number(m[2]));
    else if (m[3] !== void 0) out.push(m[3].replace(/\\(.)/g, "$1"));
  }
  return out;
}
function valueAt(root, path) {
  let node = root;
  for (const seg of pathSegments(path)) {
    if (node === null || node === void 0) return void 0;
    if (typeof seg === "number") node = Array.isArray(node) ? node[seg] : void 0;
    else node = isObject3(node) ? node[seg] : void 0;
  }
  return node;
}
var ignoredOps = /* @__PURE__ */ new Set([
  "same",
  "read",
  "refresh",
  "import",
  "import-replacement",
  "read-replacement",
  "discard",
  "discard-replaced",
  "remove-pending-replace"
]);
var replaceOps = /* @__PURE__ */ new Set(["replace", "create-replacement", "delete-replaced"]);
var kindByType = new Map(Object.entries(pulumiTypes).map(([k, t]) => [t, k]));
var labels3 = {
  "openstack:compute/instance:Instance": {
    flavorName: text("\u89C4\u683C", "flavor"),
    flavorId: text("\u89C4\u683C", "flavor"),
    name: text("\u4E3B\u673A\u540D", "host name"),
    networks: text("\u7F51\u5361", "network"),
    blockDevices: text("\u7CFB\u7EDF\u76D8", "boot volume"),
    metadata: text("\u5143\u6570\u636E", "metadata"),
    powerState: text("\u7535\u6E90\u72B6\u6001", "power state"),
    securityGroups: text("\u5B89\u5168\u7EC4", "security groups")
  },
  "openstack:blockstorage/volume:Volume": {
    size: text("\u5BB9\u91CF\uFF08GB\uFF09", "size (GB)"),
    volumeType: text("\u78C1\u76D8\u7C7B\u578B", "volume type"),
    name: text("\u540D\u79F0", "name"),
    metadata: text("\u5143\u6570\u636E", "metadata")
  },
  "openstack:networking/secGroupRule:SecGroupRule": {
    portRangeMin: text("\u8D77\u59CB\u7AEF\u53E3", "port from"),
    portRangeMax: text("\u7ED3\u675F\u7AEF\u53E3", "port to"),
    protocol: text("\u534F\u8BAE", "protocol"),
    remoteIpPrefix: text("\u6E90\u5730\u5740", "source"),
    remoteGroupId: text("\u6E90\u5B89\u5168\u7EC4", "source group"),
    direction: text("\u65B9\u5411", "direction")
  },
  "openstack:networking/port:Port": {
    securityGroupIds: text("\u5B89\u5168\u7EC4", "security groups"),
    fixedIps: text("IP", "IP"),
    allFixedIps: text("IP", "IP")
  },
  "openstack:networking/floatingIp:FloatingIp": {
    pool: text("\u5730\u5740\u6C60", "pool"),
    address: text("\u5730\u5740", "address")
  },
  "openstack:networking/floatingIpAssociate:FloatingIpAssociate": {
    portId: text("\u7ED1\u5B9A\u7684\u7AEF\u53E3", "bound port"),
    floatingIp: text("\u5F39\u6027IP", "floating IP")
  },
  "openstack:objectstorage/container:Container": {
    metadata: text("\u914D\u989D\uFF08Quota-Bytes\uFF09", "quota (Quota-Bytes)")
  },
  "openstack:sharedfilesystem/share:Share": { size: text("\u5BB9\u91CF\uFF08GB\uFF09", "size (GB)") },
  "openstack:compute/volumeAttach:VolumeAttach": {
    instanceId: text("\u6302\u8F7D\u7684\u4E3B\u673A", "host"),
    volumeId: text("\u5377", "volume")
  }
};
var labelFor = (type, property) => {
  const first = pathSegments(property)[0];
  return labels3[type]?.[property] ?? (typeof first === "string" ? labels3[type]?.[first] : void 0);
};
function driftOf(digest, options = {}) {
  const steps = digest.steps ?? [];
  const stack = options.stack ?? options.desired?.stack ?? parseUrn(steps[0]?.urn ?? "")?.stack ?? "";
  const named2 = parseStackName(stack);
  const specs = new Map((options.desired?.specs ?? []).map((s) => [s.name, s]));
  const pending = new Set((options.desired?.changes ?? []).map((c) => c.name));
  const byUrn = /* @__PURE__ */ new Map();
  for (const step of steps) {
    if (ignoredOps.has(step.op)) continue;
    const parsed = parseUrn(step.urn);
    const type = step.newState?.type ?? step.oldState?.type ?? parsed?.type ?? "";
    if (type.startsWith("pulumi:")) continue;
    const name2 = parsed?.name ?? step.urn;
    const status = replaceOps.has(step.op) ? "replaced" : step.op === "create" ? "missing-in-cloud" : step.op === "delete" ? "not-in-repository" : "changed";
    const differences2 = [];
    const diff = step.detailedDiff;
    const entries = diff ? Object.entries(diff) : [...step.diffReasons ?? [], ...step.replaceReasons ?? []].map((p) => [
      p,
      { kind: step.replaceReasons?.includes(p) ? "update-replace" : "update", inputDiff: false }
    ]);
    if (status === "changed" || status === "replaced")
      for (const [property, d] of [...new Map(entries)].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
        const cloudSide = d.inputDiff ? step.oldState?.inputs : step.oldState?.outputs;
        const cloud = valueAt(cloudSide, property) ?? valueAt(step.oldState?.inputs, property);
        const label3 = labelFor(type, property);
        differences2.push({
          property,
          ...label3 ? { label: label3 } : {},
          kind: d.kind.startsWith("add") ? "add" : d.kind.startsWith("delete") ? "delete" : "update",
          replace: d.kind.endsWith("-replace") || (step.replaceReasons ?? []).includes(property),
          repository: valueAt(step.newState?.inputs, property),
          cloud
        });
      }
    const spec = specs.get(name2);
    const kind = kindByType.get(type);
    const existing = byUrn.get(step.urn);
    if (existing) {
      if (existing.differences.length === 0) existing.differences = differences2;
      existing.status = "replaced";
      continue;
    }
    byUrn.set(step.urn, {
      urn: step.urn,
      type,
      name: name2,
      ...kind ? { kind } : {},
      ...spec?.resource ? { resource: spec.resource } : {},
      status,
      pending: pending.has(name2),
      protected: step.oldState?.protect === true || step.newState?.protect === true,
      differences: differences2
    });
  }
  const errors = (digest.diagnostics ?? []).filter((d) => d.severity === "error").map((d) => `${d.urn ? `${parseUrn(d.urn)?.name ?? d.urn}: ` : ""}${d.message.trim()}`);
  const resources = [...byUrn.values()].sort(
    (a, b) => (a.resource ?? "").localeCompare(b.resource ?? "") || a.name.localeCompare(b.name)
  );
  return {
    stack,
    ...named2 ? { unit: named2.unit, system: named2.system } : {},
    drifted: resources.length > 0,
    resources,
    errors
  };
}
function driftExitCode(reports) {
  if (reports.some((r) => r.errors.length > 0)) return 2;
  return reports.some((r) => r.drifted) ? 1 : 0;
}
var statusText2 = {
  changed: text("\u914D\u7F6E\u4E0D\u540C", "differs"),
  replaced: text("\u914D\u7F6E\u4E0D\u540C\uFF0C\u987B\u91CD\u5EFA", "differs, needs replacement"),
  "missing-in-cloud": text("\u4ED3\u5E93\u6709\u3001\u4E91\u4E0A\u6CA1\u6709", "in the repository, not in the cloud"),
  "not-in-repository": text("\u4E91\u4E0A\u6709\u3001\u4ED3\u5E93\u6CA1\u6709", "in the cloud, not in the repository")
};
var typeText = {
  instance: text("\u4E91\u4E3B\u673A", "host"),
  volume: text("\u5377", "volume"),
  "volume-attachment": text("\u6302\u8F7D", "attachment"),
  port: text("\u7F51\u5361", "port"),
  "security-group": text("\u5B89\u5168\u7EC4", "security group"),
  "security-group-rule": text("\u5B89\u5168\u7EC4\u89C4\u5219", "security group rule"),
  "floating-ip": text("\u5F39\u6027IP", "floating IP"),
  "floating-ip-association": text("\u5F39\u6027IP \u7ED1\u5B9A", "floating IP binding"),
  container: text("\u5BF9\u8C61\u5B58\u50A8\u6876", "container"),
  share: text("\u6587\u4EF6\u5171\u4EAB", "share"),
  "load-balancer": text("\u8D1F\u8F7D\u5747\u8861", "load balancer"),
  listener: text("\u76D1\u542C\u5668", "listener"),
  pool: text("\u540E\u7AEF\u6C60", "pool"),
  network: text("\u7F51\u7EDC", "network"),
  subnet: text("\u5B50\u7F51", "subnet")
};
var show3 = (v) => {
  if (v === void 0) return "\u2014";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return inlineText(s.length > 60 ? `${s.slice(0, 57)}\u2026` : s);
};
function renderDriftMarkdown(reports, lang) {
  const zh = lang === "zh";
  const out = [];
  for (const r of reports) {
    const who2 = r.unit && r.system ? `${r.unit}/${r.system}` : r.stack;
    out.push(`## ${zh ? "\u6F02\u79FB" : "Drift"}\uFF1A${inlineText(who2)}\uFF08stack ${inlineText(r.stack)}\uFF09`, "");
    for (const e of r.errors) out.push(`- \u26A0\uFE0F ${zh ? "preview \u51FA\u9519" : "preview error"}\uFF1A${inlineText(e)}`);
    if (r.errors.length > 0) out.push("");
    if (!r.drifted) {
      out.push(zh ? "\u4E91\u4E0A\u4E0E\u4ED3\u5E93\u4E00\u81F4\u3002" : "The cloud matches the repository.", "");
      continue;
    }
    const pending = r.resources.filter((x) => x.pending).length;
    out.push(
      zh ? `\u4E0E\u4ED3\u5E93\u4E0D\u4E00\u81F4\u7684\u8D44\u6E90 ${r.resources.length} \u4E2A${pending > 0 ? `\uFF08\u5176\u4E2D ${pending} \u4E2A\u662F\u5408\u5E76\u540E\u5C1A\u672A\u53D1\u653E\u7684\u6539\u52A8\uFF09` : ""}\u3002` : `${r.resources.length} resource(s) differ from the repository${pending > 0 ? ` (${pending} not yet provisioned)` : ""}.`,
      ""
    );
    out.push(
      zh ? "| \u8D44\u6E90 | \u4E91\u4E0A\u8D44\u6E90 | \u7C7B\u578B | \u60C5\u51B5 | \u5C5E\u6027 | \u4ED3\u5E93 | \u4E91\u4E0A |" : "| resource | cloud resource | type | status | property | repository | cloud |",
      "| --- | --- | --- | --- | --- | --- | --- |"
    );
    for (const d of r.resources) {
      const kind = d.kind ? typeText[d.kind]?.[lang] ?? d.kind : d.type;
      const guarded = d.protected && (d.status === "replaced" || d.status === "not-in-repository") ? zh ? "\uFF08\u53D7\u4FDD\u62A4\uFF1Apulumi up \u4E0D\u4F1A\u5220\u9664\u5B83\uFF0C\u987B\u4EBA\u5DE5\u6838\u5BF9\uFF09" : " (protected: pulumi up will not delete it; check by hand)" : "";
      const status = `${statusText2[d.status][lang]}${d.pending ? zh ? "\uFF08\u5F85\u53D1\u653E\uFF09" : " (pending)" : ""}${guarded}`;
      const head = [show3(d.resource), show3(d.name), inlineText(kind), status];
      if (d.differences.length === 0) out.push(`| ${[...head, "\u2014", "\u2014", "\u2014"].join(" | ")} |`);
      for (const p of d.differences) {
        const property = `${p.label ? `${p.label[lang]}\uFF08${p.property}\uFF09` : p.property}${p.replace ? zh ? "\uFF0C\u987B\u91CD\u5EFA" : ", replaces" : ""}`;
        out.push(`| ${[...head, inlineText(property), show3(p.repository), show3(p.cloud)].join(" | ")} |`);
      }
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}
var renderDriftJson = (reports, lang) => `${JSON.stringify(
  {
    drifted: reports.some((r) => r.drifted),
    stacks: reports.map((r) => ({
      ...r,
      resources: r.resources.map((d) => ({
        ...d,
        differences: d.differences.map((p) => ({ ...p, ...p.label ? { label: p.label[lang] } : {} }))
      }))
    }))
  },
  null,
  2
)}
`;

// scripts/core/provision/outputs.ts
var isObject4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var optionalString = (v) => v === void 0 || typeof v === "string";
function parseStackOutputs(json2) {
  const fail2 = (where2, what) => {
    throw new Error(`stack \u8F93\u51FA ${where2}\uFF1A${what}`);
  };
  if (!isObject4(json2)) return fail2("/", "\u5E94\u4E3A JSON \u5BF9\u8C61\uFF08pulumi stack output --json\uFF09");
  const g = json2.govcloud;
  if (!isObject4(g)) return fail2("/govcloud", "\u7F3A\u5C11\uFF08\u8FD9\u4E0D\u662F govcloud \u7A0B\u5E8F\u7684\u8F93\u51FA\uFF1F\uFF09");
  for (const k of ["unit", "system", "stack", "namePrefix"])
    if (typeof g[k] !== "string") fail2(`/govcloud/${k}`, "\u5E94\u4E3A\u5B57\u7B26\u4E32");
  if (g.cloud !== "x86" && g.cloud !== "arm") fail2("/govcloud/cloud", "\u5E94\u4E3A x86 \u6216 arm");
  const resources = json2.resources;
  if (!isObject4(resources)) return fail2("/resources", "\u5E94\u4E3A\u5BF9\u8C61");
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject4(r)) fail2(`/resources/${id}`, "\u5E94\u4E3A\u5BF9\u8C61");
    const res = r;
    if (typeof res.service !== "string") fail2(`/resources/${id}/service`, "\u5E94\u4E3A\u5B57\u7B26\u4E32");
    if (!Array.isArray(res.instances)) fail2(`/resources/${id}/instances`, "\u5E94\u4E3A\u6570\u7EC4");
    if (!optionalString(res.endpoint)) fail2(`/resources/${id}/endpoint`, "\u5E94\u4E3A\u5B57\u7B26\u4E32");
    for (const [i, inst] of res.instances.entries()) {
      if (!isObject4(inst) || typeof inst.name !== "string")
        fail2(`/resources/${id}/instances/${i}`, "\u987B\u6709 name");
      const o = inst;
      for (const k of ["hostname", "ip", "floatingIp", "cloudId"])
        if (!optionalString(o[k])) fail2(`/resources/${id}/instances/${i}/${k}`, "\u5E94\u4E3A\u5B57\u7B26\u4E32");
    }
  }
  return json2;
}

// scripts/core/provision/render.ts
var words = {
  zh: {
    stack: "stack",
    cloud: "\u4E91\u73AF\u5883",
    lastDelivered: (n) => `\u6700\u8FD1\u4EA4\u4ED8\uFF1A\u7533\u8BF7 ${n}`,
    neverDelivered: "\u5C1A\u65E0\u4EA4\u4ED8\u8BB0\u5F55",
    specs: (n) => `\u89C4\u683C\uFF08${n} \u9879\uFF1B\u{1F512} \u627F\u8F7D\u6570\u636E\uFF0C\u53D7\u4FDD\u62A4\uFF09`,
    changes: "\u672C\u6B21\u53D1\u653E\uFF08\u4E0E\u6700\u8FD1\u4E00\u6B21\u4EA4\u4ED8\u76F8\u6BD4\uFF09",
    noChanges: "\u4E0E\u6700\u8FD1\u4E00\u6B21\u4EA4\u4ED8\u76F8\u6BD4\u6CA1\u6709\u53D8\u5316",
    releases: "\u64A4\u9500\u540E\u89E3\u9664\u4FDD\u62A4\uFF08pulumi up \u4E4B\u524D pulumi state unprotect\uFF09",
    manual: "\u4EBA\u5DE5\u4EA4\u4ED8\uFF08OpenStack \u4E0D\u80FD\u521B\u5EFA\uFF0C\u89C1\u4EA4\u4ED8\u6E05\u5355\uFF09",
    notes: "\u63D0\u9192",
    refusals: "\u62D2\u7EDD\u53D1\u653E\uFF08\u6539\u6B63\u4E4B\u524D\u4E0D\u4F1A\u8FD0\u884C pulumi up\uFF09",
    actions: {
      create: "\u65B0\u5EFA",
      resize: "\u8C03\u6574\u89C4\u683C",
      extend: "\u6269\u5BB9",
      update: "\u4FEE\u6539",
      delete: "\u5220\u9664",
      release: "\u5220\u9664\uFF08\u64A4\u9500\uFF09"
    },
    backup: { "backed-up": "\u6570\u636E\u5DF2\u5907\u4EFD", "not-needed": "\u65E0\u9700\u5907\u4EFD", "no-data": "\u4E0D\u6D89\u53CA\u6570\u636E" },
    reason: { "not-openstack": "\u975E OpenStack \u670D\u52A1", consultation: "\u987B\u4E8B\u524D\u6C9F\u901A" },
    application: (n) => `\u7533\u8BF7 ${n}`,
    summary: (systems, refused) => `${systems} \u4E2A\u7CFB\u7EDF${refused > 0 ? `\uFF0C${refused} \u4E2A\u62D2\u7EDD\u53D1\u653E` : "\uFF0C\u90FD\u53EF\u4EE5\u53D1\u653E"}\u3002`
  },
  en: {
    stack: "stack",
    cloud: "cloud",
    lastDelivered: (n) => `last delivered: application ${n}`,
    neverDelivered: "never delivered",
    specs: (n) => `specs (${n}; \u{1F512} holds data, protected)`,
    changes: "this run (against the last delivery)",
    noChanges: "no change against the last delivery",
    releases: "released by revocation (pulumi state unprotect before pulumi up)",
    manual: "manual fulfilment (not created by OpenStack; see the checklist)",
    notes: "notes",
    refusals: "refused (pulumi up will not run until fixed)",
    actions: {
      create: "create",
      resize: "resize",
      extend: "extend",
      update: "update",
      delete: "delete",
      release: "delete (revoked)"
    },
    backup: { "backed-up": "backed up", "not-needed": "no backup needed", "no-data": "no data" },
    reason: { "not-openstack": "not an OpenStack service", consultation: "consultation required" },
    application: (n) => `application ${n}`,
    summary: (systems, refused) => `${systems} system(s)${refused > 0 ? `, ${refused} refused` : ", all can be provisioned"}.`
  }
};
function describeSpec(s, lang = "zh") {
  const zh = lang === "zh";
  const where2 = (n) => n.kind === "site" ? zh ? "\u7AD9\u70B9\u7F51\u7EDC" : "site network" : n.subnet;
  switch (s.kind) {
    case "instance":
      return zh ? `${s.flavor}\uFF08${s.vcpu}\u6838${s.memoryGB}GB\uFF09\u542F\u52A8\u76D8 ${s.systemVolume} \u7F51\u5361 ${s.port}${s.test ? " \u6D4B\u8BD5\u8D44\u6E90" : ""}` : `${s.flavor} (${s.vcpu} vCPU / ${s.memoryGB} GB) boot ${s.systemVolume} nic ${s.port}${s.test ? " test" : ""}`;
    case "volume":
      return zh ? `${s.sizeGB} GB ${s.tier} ${s.role === "system" ? "\u7CFB\u7EDF\u76D8\uFF08\u4ECE\u955C\u50CF\u521B\u5EFA\uFF09" : "\u6570\u636E\u76D8"}` : `${s.sizeGB} GB ${s.tier} ${s.role}${s.fromImage ? " from image" : ""}`;
    case "volume-attachment":
      return `${s.volume} \u2192 ${s.instance}`;
    case "port":
    case "load-balancer":
      return `${where2(s.network)} ${zh ? "\u5B89\u5168\u7EC4" : "sg"} ${s.securityGroups.join(",")}`;
    case "security-group":
      return s.description;
    case "security-group-rule": {
      const ports = s.portMin === void 0 ? "" : s.portMin === s.portMax ? ` ${s.portMin}` : ` ${s.portMin}-${s.portMax}`;
      const from = "cidr" in s.remote ? s.remote.cidr : `${zh ? "\u5B89\u5168\u7EC4" : "sg"} ${s.remote.group}`;
      return zh ? `${s.group} \u5165\u65B9\u5411 ${s.protocol}${ports}\uFF0C\u6765\u6E90 ${from}` : `${s.group} ingress ${s.protocol}${ports} from ${from}`;
    }
    case "floating-ip":
      return `${zh ? "\u5730\u5740\u6C60" : "pool"} ${s.pool}`;
    case "floating-ip-association":
      return `${s.floatingIp} \u2192 ${"port" in s.target ? s.target.port : s.target.loadBalancer}`;
    case "container":
      return `${zh ? "\u914D\u989D" : "quota"} ${s.quotaGB} GB`;
    case "share":
      return `${s.protocol} ${s.sizeGB} GB`;
    case "listener":
      return `${s.loadBalancer} ${s.protocol} ${s.port}`;
    case "pool":
      return `${s.listener} ${s.protocol} ROUND_ROBIN`;
    case "network":
      return zh ? "\u7F51\u7EDC" : "network";
    case "subnet": {
      const net = typeof s.network === "string" ? s.network : zh ? "\u7AD9\u70B9\u7F51\u7EDC" : "site network";
      return zh ? `/${s.prefixLength}\uFF08${s.ips} \u4E2A IP\uFF09\uFF0C\u5728 ${net} \u4E2D` : `/${s.prefixLength} (${s.ips} IPs) in ${net}`;
    }
  }
}
function renderPlanText(systems, lang) {
  const w = words[lang];
  const out = [];
  for (const d of systems) {
    out.push(`${d.unit}/${d.system}  ${d.systemName}`);
    out.push(
      `  ${w.stack} ${d.stack} \xB7 ${w.cloud} ${d.cloud} \xB7 ${d.lastDelivered !== void 0 ? w.lastDelivered(d.lastDelivered) : w.neverDelivered}`
    );
    if (d.refusals.length > 0) {
      out.push(`  \u2717 ${w.refusals}`);
      for (const r of d.refusals)
        out.push(
          `    - ${r.application !== void 0 ? `[${w.application(r.application)}] ` : ""}${r.message[lang]}`
        );
    }
    out.push(`  ${w.changes}`);
    if (d.changes.length === 0) out.push(`    ${w.noChanges}`);
    for (const c of d.changes)
      out.push(`    ${w.actions[c.action]} ${c.kind} ${c.name}${c.detail ? `\uFF1A${c.detail[lang]}` : ""}`);
    if (d.releases.length > 0) {
      out.push(`  ${w.releases}`);
      for (const r of d.releases)
        out.push(
          `    ${r.resource}\uFF08${w.application(r.revokedBy)}\uFF0C${w.backup[r.dataBackup]}\uFF09\uFF1A${r.names.join("\u3001")}`
        );
    }
    out.push(`  ${w.specs(d.specs.length)}`);
    const width = Math.max(0, ...d.specs.map((s) => s.name.length));
    for (const s of d.specs)
      out.push(
        `    ${s.protect ? "\u{1F512}" : "  "} ${s.kind.padEnd(23)} ${s.name.padEnd(width)}  ${describeSpec(s, lang)}`
      );
    if (d.manual.length > 0) {
      out.push(`  ${w.manual}`);
      for (const m of d.manual)
        out.push(
          `    ${m.resource} ${m.serviceName}${m.quantity ? ` ${m.quantity}` : ""}${m.config ? ` ${m.config}` : ""}${m.packages.length ? ` \xB7 ${m.packages.join("\uFF0C")}` : ""}\uFF08${w.reason[m.reason]}\uFF09`
        );
    }
    if (d.notes.length > 0) {
      out.push(`  ${w.notes}`);
      for (const n of d.notes) out.push(`    - ${n.message[lang]}`);
    }
    out.push("");
  }
  out.push(w.summary(systems.length, systems.filter((d) => d.refusals.length > 0).length));
  return `${out.join("\n")}
`;
}
function renderPlanJson(systems, lang) {
  const localize2 = (value) => {
    if (Array.isArray(value)) return value.map(localize2);
    if (value && typeof value === "object") {
      const o = value;
      if (Object.keys(o).length === 2 && typeof o.zh === "string" && typeof o.en === "string") return o[lang];
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, localize2(v)]));
    }
    return value;
  };
  return `${JSON.stringify({ systems: localize2(systems) }, null, 2)}
`;
}
var planExitCode = (systems) => systems.some((d) => d.refusals.length > 0) ? 1 : 0;

// scripts/cli/provision.ts
var planUsage = `govcloud plan [--system <\u5355\u4F4D/\u7CFB\u7EDF>] [--changed-from <\u5F15\u7528>] [--format text|json] [--lang zh|en] [--root <\u76EE\u5F55>]
    \u6BCF\u4E2A\u7CFB\u7EDF\u7684\u671F\u671B\u72B6\u6001\uFF08Pulumi \u8981\u5EFA\u7684\u8D44\u6E90\u89C4\u683C\uFF09\uFF1A\u903B\u8F91\u540D\u3001\u89C4\u683C\u540D\u3001\u5377\u7C7B\u578B\u3001\u4FDD\u62A4\u3001\u5B89\u5168\u7EC4\u89C4\u5219\u3001\u5F39\u6027IP \u7ED1\u5B9A\uFF1B
    \u4E0E\u6700\u8FD1\u4E00\u6B21\u4EA4\u4ED8\u76F8\u6BD4\u8981\u505A\u7684\u4E8B\uFF1B\u64A4\u9500\u540E\u89E3\u9664\u4FDD\u62A4\u7684\u8D44\u6E90\uFF1B\u4EBA\u5DE5\u4EA4\u4ED8\u7684\u670D\u52A1\uFF1B\u62D2\u7EDD\u53D1\u653E\u7684\u539F\u56E0\uFF08\u7F29\u5C0F\u78C1\u76D8\u7B49\uFF09
  --system <\u5355\u4F4D/\u7CFB\u7EDF>     \u53EA\u770B\u8FD9\u4E2A\u7CFB\u7EDF\uFF08\u53EF\u91CD\u590D\uFF09
  --changed-from <\u5F15\u7528>    \u53EA\u770B\u76F8\u5BF9\u8BE5 git \u5F15\u7528\u6539\u52A8\u8FC7\u7533\u8BF7\u7684\u7CFB\u7EDF\uFF08\u53D1\u653E\u6D41\u6C34\u7EBF\u7528\u5B83\u627E\u53D7\u5F71\u54CD\u7684 stack\uFF09
\u9000\u51FA\u7801\uFF1A0 \u90FD\u53EF\u4EE5\u53D1\u653E\uFF1B1 \u6709\u7CFB\u7EDF\u88AB\u62D2\u7EDD\u53D1\u653E\uFF1B2 \u7528\u6CD5\u9519\u8BEF\u3002`;
var deliverUsage = `govcloud deliver --system <\u5355\u4F4D/\u7CFB\u7EDF> --application <\u5E8F\u53F7> [--outputs <\u6587\u4EF6>] [--checklist <\u6587\u4EF6>]
                 [--date <\u65E5\u671F>] [--notification <\u6587\u4EF6>] [--dry-run] [--root <\u76EE\u5F55>]
    \u5199\u4EA4\u4ED8\u8BB0\u5F55 requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/deliveries/<\u5E8F\u53F7>.yaml\uFF08\u6309 schema \u6821\u9A8C\uFF09\u4E0E\u7B2C25\u6761\u4EA4\u4ED8\u901A\u77E5\uFF08Markdown\uFF09
  --outputs <\u6587\u4EF6>       pulumi stack output --json \u7684\u5185\u5BB9\uFF08OpenStack \u53D1\u653E\u7684\u8D44\u6E90\uFF09
  --checklist <\u6587\u4EF6>     \u52FE\u9009\u5E76\u5199\u4E86\u8BE6\u60C5\u7684\u4EA4\u4ED8\u6E05\u5355\uFF08\u4EBA\u5DE5\u5F00\u901A\u7684\u670D\u52A1\uFF09
  --date <\u65E5\u671F>          \u4EA4\u4ED8\u65E5\u671F\uFF0C\u9ED8\u8BA4\u4ECA\u5929\uFF08\u5317\u4EAC\u65F6\u95F4\uFF09
  --notification <\u6587\u4EF6>  \u628A\u4EA4\u4ED8\u901A\u77E5\u5199\u5230\u6587\u4EF6\uFF08\u9ED8\u8BA4\u6253\u5370\u5230\u6807\u51C6\u8F93\u51FA\uFF09
  --dry-run             \u53EA\u6253\u5370\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u4E0D\u5199\u6587\u4EF6
\u9000\u51FA\u7801\uFF1A0 \u5DF2\u5199\u5165\uFF08\u6216\u6CA1\u6709\u53D8\u5316\uFF09\uFF1B1 \u4EA4\u4ED8\u8BB0\u5F55\u4E0D\u5408\u89C4\u3001\u8D44\u6E90\u7F3A\u5931\u6216\u6E05\u5355\u672A\u5168\u90E8\u52FE\u9009\uFF1B2 \u7528\u6CD5\u9519\u8BEF\u3002`;
var driftUsage = `govcloud drift (--preview-json <\u6587\u4EF6> \u2026 | --stack <stack> \u2026) [--format markdown|json] [--lang zh|en] [--root <\u76EE\u5F55>]
    \u6F02\u79FB\uFF1Apulumi preview --refresh --json --expect-no-changes \u7684\u8F93\u51FA \u2192 \u6BCF\u4E2A\u7CFB\u7EDF\u3001\u6BCF\u4E2A\u8D44\u6E90\u4E0E\u4ED3\u5E93\u7684\u5DEE\u5F02\uFF08\u5C5E\u6027\u3001\u4ED3\u5E93\u7684\u503C\u3001\u4E91\u4E0A\u7684\u503C\uFF09
  --preview-json <\u6587\u4EF6>  \u8BFB\u4FDD\u5B58\u7684 preview \u8F93\u51FA\uFF08\u53EF\u91CD\u590D\uFF09
  --stack <stack>        \u5BF9\u8FD9\u4E2A stack \u8FD0\u884C pulumi preview\uFF08\u5728 pulumi/ \u76EE\u5F55\uFF0C\u53EF\u91CD\u590D\uFF09
\u9000\u51FA\u7801\uFF1A0 \u6CA1\u6709\u6F02\u79FB\uFF1B1 \u6709\u6F02\u79FB\uFF1B2 \u51FA\u9519\u3002`;
var checklistUsage = `govcloud checklist --system <\u5355\u4F4D/\u7CFB\u7EDF> --application <\u5E8F\u53F7> [--root <\u76EE\u5F55>]
    OpenStack \u4E0D\u80FD\u521B\u5EFA\u7684\u670D\u52A1\u7684\u4EA4\u4ED8\u6E05\u5355\uFF08Markdown\uFF0C\u8D34\u5728\u5408\u5E76\u7684 PR \u4E0A\uFF09\uFF1B\u6CA1\u6709\u4EBA\u5DE5\u4EA4\u4ED8\u9879\u65F6\u4E0D\u8F93\u51FA
govcloud checklist --comment <\u8BC4\u8BBA id> [--out <\u6587\u4EF6>] [--bot-login <\u8D26\u53F7>] [--lang zh|en] [--root <\u76EE\u5F55>]
    \u6838\u5BF9 PR \u4E0A\u7684\u4E00\u4EFD\u4EA4\u4ED8\u6E05\u5355\u8BC4\u8BBA\uFF08GITHUB_TOKEN\u3001GITHUB_REPOSITORY\uFF0C\u53EF\u9009 GITHUB_API_URL\uFF09\uFF1A\u673A\u5668\u4EBA\u8D34\u7684\u3001
    \u6700\u540E\u7F16\u8F91\u8005\u548C\u7F16\u8F91\u5386\u53F2\u4E2D\u7684\u6BCF\u4E2A\u7F16\u8F91\u8005\u90FD\u662F\u63D0\u4F9B\u5546\u5B9E\u65BD\u5DE5\u7A0B\u5E08\uFF08.github/govcloud-review.yaml \u7684 roles.implementers\uFF09\u65F6\uFF0C
    \u628A\u4ECE API \u8BFB\u5230\u7684\u6B63\u6587\u5199\u5230 --out\uFF08\u9ED8\u8BA4\u6807\u51C6\u8F93\u51FA\uFF09\uFF1B\u5426\u5219\u8BF4\u660E\u539F\u56E0\uFF0C\u4EC0\u4E48\u90FD\u4E0D\u5199
\u9000\u51FA\u7801\uFF1A0 \u53EF\u4EE5\u5199\u4EA4\u4ED8\u8BB0\u5F55\uFF1B1 \u62D2\u7EDD\uFF1B2 \u7528\u6CD5\u9519\u8BEF\u6216\u8BBF\u95EE GitHub \u5931\u8D25\u3002`;
var provisionUsage = `${[planUsage, deliverUsage, driftUsage, checklistUsage].join("\n\n")}
  \uFF08plan\u3001deliver\u3001drift\u3001checklist \u90FD\u63A5\u53D7 --now <\u65F6\u95F4>\uFF0C\u9ED8\u8BA4 GOVCLOUD_NOW \u6216\u7CFB\u7EDF\u65F6\u949F\uFF0C\u5317\u4EAC\u65F6\u95F4\uFF09`;
function parseDate(value, today) {
  if (value === void 0) return today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new UsageError(
      `--date \u5E94\u4E3A\u65E5\u671F YYYY-MM-DD\uFF0C\u8FD9\u91CC\u662F ${value}\u3002`,
      `--date must be YYYY-MM-DD, not ${value}.`
    );
  return value;
}
function parseSystem(value, option = "--system") {
  const m = value === void 0 ? null : /^([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)$/.exec(value);
  if (!m)
    throw new UsageError(
      `${option} \u5E94\u4E3A <\u5355\u4F4D>/<\u7CFB\u7EDF>\uFF08\u76EE\u5F55\u540D\uFF09\uFF0C\u5982 sz-edu/student-registry${value === void 0 ? "" : `\uFF0C\u8FD9\u91CC\u662F ${value}`}\u3002`,
      `${option} must be <unit>/<system> (folder names), like sz-edu/student-registry.`
    );
  return { unit: m[1], system: m[2] };
}
function parseApplication(value) {
  if (value === void 0 || !/^[1-9]\d*$/.test(value))
    throw new UsageError(
      `--application \u5E94\u4E3A\u7533\u8BF7\u5E8F\u53F7\uFF08\u6B63\u6574\u6570\uFF09${value === void 0 ? "" : `\uFF0C\u8FD9\u91CC\u662F ${value}`}\u3002`,
      "--application must be the application sequence (a positive integer)."
    );
  return Number(value);
}
function loadRepo(io, rootOption, nowOption) {
  const { root, fs } = repositoryRoot(io, rootOption);
  cliClock(nowOption, io);
  return { root, ...loadRepositoryState2(fs, repositoryProfiles, loadPool) };
}
function readText(io, path, option) {
  try {
    return readFileSync8(resolve8(io.cwd, path), "utf8");
  } catch {
    throw new UsageError(`\u627E\u4E0D\u5230 ${option} \u6307\u5B9A\u7684\u6587\u4EF6 ${path}\u3002`, `File ${path} (${option}) not found.`);
  }
}
function readJson(io, path, option) {
  const source = readText(io, path, option);
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new UsageError(
      `${path}\uFF08${option}\uFF09\u4E0D\u662F JSON\uFF1A${error.message}`,
      `${path} (${option}) is not JSON: ${error.message}`
    );
  }
}
async function runPlan(args, io) {
  const { values } = parseArgs5({
    args,
    options: {
      system: { type: "string", multiple: true },
      "changed-from": { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      root: { type: "string" },
      now: { type: "string" }
    }
  });
  const lang = parseLang(values.lang);
  const format = values.format;
  if (format !== "text" && format !== "json")
    throw new UsageError(
      `--format \u53EA\u80FD\u662F text \u6216 json\uFF0C\u8FD9\u91CC\u662F ${format}\u3002`,
      `--format must be text or json, not ${format}.`
    );
  const { root, repo, histories } = loadRepo(io, values.root, values.now);
  const inputs = provisionInputs(repo, histories, defaultCatalogs);
  const wanted = new Set(
    (values.system ?? []).map((s) => {
      const { unit, system } = parseSystem(s);
      return systemKey(unit, system);
    })
  );
  for (const key of wanted)
    if (!inputs.some((i) => systemKey(i.unit, i.system) === key))
      throw new UsageError(
        `\u4ED3\u5E93\u4E2D\u6CA1\u6709\u7CFB\u7EDF ${key}\uFF08requests/${key}/system.yaml\uFF09\u3002`,
        `No system ${key} in the repository (requests/${key}/system.yaml).`
      );
  const changed = /* @__PURE__ */ new Map();
  if (values["changed-from"] !== void 0) {
    const files2 = (await changedFiles(root, values["changed-from"])).filter(
      (f) => f.startsWith(`${requestsDir}/`)
    );
    for (const f of files2) {
      const parts = f.split("/");
      if (parts.length < 4 || parts[3] === "deliveries" || parts[3] === "attachments") continue;
      const key = systemKey(parts[1], parts[2]);
      const sequences = changed.get(key) ?? [];
      const app = repo.applications.get(key)?.find((a) => a.file === f);
      if (app && !sequences.includes(app.data.sequence)) sequences.push(app.data.sequence);
      changed.set(
        key,
        sequences.sort((a, b) => a - b)
      );
    }
  }
  const entries = inputs.filter((i) => wanted.size === 0 || wanted.has(systemKey(i.unit, i.system))).filter((i) => values["changed-from"] === void 0 || changed.has(systemKey(i.unit, i.system))).map((i) => {
    const d = desiredSystem(i);
    const apps = changed.get(systemKey(i.unit, i.system));
    return apps ? { ...d, changedApplications: apps } : d;
  });
  io.stdout(format === "json" ? renderPlanJson(entries, lang) : renderPlanText(entries, lang));
  return planExitCode(entries);
}
function findApplication(repo, key, sequence2) {
  const app = repo.applications.get(key)?.find((a) => a.data.sequence === sequence2);
  if (!app)
    throw new UsageError(
      `\u7CFB\u7EDF ${key} \u6CA1\u6709\u5E8F\u53F7\u4E3A ${sequence2} \u7684\u7533\u8BF7\uFF08\u6216\u5B83\u6CA1\u6709\u901A\u8FC7\u6821\u9A8C\uFF1A\u5148\u8FD0\u884C govcloud validate\uFF09\u3002`,
      `System ${key} has no (valid) application ${sequence2}.`
    );
  return app;
}
async function runDeliver(args, io) {
  const { values } = parseArgs5({
    args,
    options: {
      system: { type: "string" },
      application: { type: "string" },
      outputs: { type: "string" },
      checklist: { type: "string" },
      date: { type: "string" },
      notification: { type: "string" },
      "dry-run": { type: "boolean" },
      root: { type: "string" },
      now: { type: "string" }
    }
  });
  const { unit, system } = parseSystem(values.system);
  const sequence2 = parseApplication(values.application);
  const date = parseDate(values.date, cliClock(values.now, io).today);
  if (values.outputs === void 0 && values.checklist === void 0)
    throw new UsageError(
      "\u8BF7\u7ED9\u51FA --outputs\uFF08pulumi stack output --json\uFF09\u6216 --checklist\uFF08\u52FE\u9009\u7684\u4EA4\u4ED8\u6E05\u5355\uFF09\uFF0C\u6216\u4E24\u8005\u3002",
      "Give --outputs (pulumi stack output --json), --checklist (the ticked checklist), or both."
    );
  const { root, repo } = loadRepo(io, values.root, values.now);
  const key = systemKey(unit, system);
  const registration = repo.systems.get(key)?.data;
  const unitRecord = repo.units.get(unit)?.data;
  if (!registration || !unitRecord)
    throw new UsageError(
      `\u4ED3\u5E93\u4E2D\u6CA1\u6709\u7CFB\u7EDF ${key}\uFF08requests/${key}/system.yaml\uFF09\u3002`,
      `No system ${key} in the repository.`
    );
  const { data: application } = findApplication(repo, key, sequence2);
  const catalog = defaultCatalogs(registration.profile);
  const file = deliveryPath(unit, system, sequence2);
  const existing = repo.deliveries.get(key)?.find((d) => d.data.application === sequence2)?.data;
  let delivery = existing;
  const failures = [];
  if (values.outputs !== void 0) {
    let outputs;
    try {
      outputs = parseStackOutputs(readJson(io, values.outputs, "--outputs"));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      io.stderr(`govcloud deliver\uFF1A${error.message}
`);
      return 1;
    }
    if (outputs.govcloud.unit !== unit || outputs.govcloud.system !== system) {
      io.stderr(
        `govcloud deliver\uFF1Astack \u8F93\u51FA\u5C5E\u4E8E ${outputs.govcloud.unit}/${outputs.govcloud.system}\uFF08stack ${outputs.govcloud.stack}\uFF09\uFF0C\u4E0D\u662F ${key}\u3002
`
      );
      return 1;
    }
    const part = deliveryFromOutputs({ application, outputs, date, catalog });
    for (const id of part.missing)
      failures.push(`\u8D44\u6E90 ${id} \u7531 OpenStack \u53D1\u653E\uFF0C\u5374\u4E0D\u5728 stack \u8F93\u51FA\u4E2D\uFF1Apulumi up \u662F\u5426\u6210\u529F\u5B8C\u6210\uFF1F`);
    delivery = mergeDelivery(delivery, part.delivery);
  }
  if (values.checklist !== void 0) {
    const parsed = parseChecklist(readText(io, values.checklist, "--checklist"));
    if (!parsed) {
      io.stderr(`govcloud deliver\uFF1A${values.checklist} \u4E0D\u662F\u4EA4\u4ED8\u6E05\u5355\uFF08\u6CA1\u6709 govcloud-checklist \u6807\u8BB0\uFF09\u3002
`);
      return 1;
    }
    if (parsed.unit !== unit || parsed.system !== system || parsed.application !== sequence2) {
      io.stderr(
        `govcloud deliver\uFF1A\u6E05\u5355\u5C5E\u4E8E ${parsed.unit}/${parsed.system} \u7533\u8BF7 ${parsed.application}\uFF0C\u4E0D\u662F ${key} \u7533\u8BF7 ${sequence2}\u3002
`
      );
      return 1;
    }
    for (const p of parsed.problems) failures.push(`\u6E05\u5355\u7B2C ${p.line} \u884C\u201C${p.text}\u201D\uFF1A${p.why}`);
    const part = deliveryFromChecklist(parsed, { date, profile: registration.profile });
    if (part.unticked.length > 0)
      failures.push(
        `\u6E05\u5355\u8FD8\u6709 ${part.unticked.length} \u9879\u6CA1\u6709\u52FE\u9009\uFF1A${part.unticked.join("\u3001")}\u3002\u5168\u90E8\u5F00\u901A\u540E\u518D\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002`
      );
    delivery = mergeDelivery(delivery, part.delivery);
  }
  if (!delivery) return 1;
  const schema2 = registeredProfile(registration.profile)?.schema;
  if (!schema2) throw new Error(`profile ${registration.profile} \u6CA1\u6709\u767B\u8BB0`);
  for (const p of SchemaValidator.for(catalog, schema2).validate("delivery", file, delivery))
    failures.push(`\u4EA4\u4ED8\u8BB0\u5F55${p.path ? ` ${p.path}` : ""}\uFF1A${p.message.zh}`);
  if (failures.length > 0) {
    io.stderr(`govcloud deliver\uFF1A\u6CA1\u6709\u5199\u5165 ${file}\uFF1A
${failures.map((f) => `  - ${f}`).join("\n")}
`);
    return 1;
  }
  const content = deliveryYaml(delivery);
  if (values["dry-run"]) io.stdout(content);
  else {
    const path = resolve8(root, file);
    let current;
    try {
      current = readFileSync8(path, "utf8");
    } catch {
      current = void 0;
    }
    if (current === content) io.stderr(`${file} \u6CA1\u6709\u53D8\u5316\u3002
`);
    else {
      mkdirSync3(dirname3(path), { recursive: true });
      writeFileSync4(path, content);
      io.stderr(`\u5DF2\u5199\u5165 ${file}
`);
    }
  }
  const deliveries = [
    ...(repo.deliveries.get(key) ?? []).filter((d) => d.data.application !== sequence2),
    { file, data: delivery }
  ];
  const state = foldSystem(repo.applications.get(key) ?? [], deliveries).current;
  const delivered = new Set((delivery.resources ?? []).map((r) => r.id));
  const before = foldSystem(
    (repo.applications.get(key) ?? []).filter((a) => a.data.sequence < sequence2),
    deliveries
  ).current;
  const pendingManual = checklistItems(application, before, catalog).filter((i) => i.action === "open" && !delivered.has(i.resource)).map((i) => i.resource);
  const notification = renderNotification({
    unit: unitRecord,
    registration,
    application,
    delivery,
    state,
    catalog,
    pendingManual
  });
  if (values.notification !== void 0) writeFileSync4(resolve8(io.cwd, values.notification), notification);
  else if (!values["dry-run"]) io.stdout(notification);
  return 0;
}
async function runChecklist(args, io, runtime = {}) {
  const { values } = parseArgs5({
    args,
    options: {
      system: { type: "string" },
      application: { type: "string" },
      root: { type: "string" },
      now: { type: "string" },
      comment: { type: "string" },
      out: { type: "string" },
      "bot-login": { type: "string" },
      lang: { type: "string" }
    }
  });
  if (values.comment !== void 0) return verifyChecklistComment(values, io, runtime);
  const { unit, system } = parseSystem(values.system);
  const sequence2 = parseApplication(values.application);
  const { repo, histories } = loadRepo(io, values.root, values.now);
  const key = systemKey(unit, system);
  const registration = repo.systems.get(key)?.data;
  if (!registration) throw new UsageError(`\u4ED3\u5E93\u4E2D\u6CA1\u6709\u7CFB\u7EDF ${key}\u3002`, `No system ${key} in the repository.`);
  const { data: application } = findApplication(repo, key, sequence2);
  const catalog = defaultCatalogs(registration.profile);
  const history = histories.get(key);
  const before = history.before.get(sequence2) ?? history.current;
  const items2 = checklistItems(application, before, catalog);
  if (items2.length === 0) {
    io.stderr(`${key} \u7533\u8BF7 ${sequence2} \u6CA1\u6709\u9700\u8981\u4EBA\u5DE5\u4EA4\u4ED8\u7684\u670D\u52A1\u3002
`);
    return 0;
  }
  io.stdout(
    renderChecklist({
      unit,
      system,
      systemName: registration.name,
      application: sequence2,
      applicationType: application.type,
      items: items2
    })
  );
  return 0;
}
async function providerEngineers(root, client) {
  let source;
  try {
    source = readFileSync8(resolve8(root, reviewConfigPath), "utf8");
  } catch {
    throw new UsageError(
      `\u627E\u4E0D\u5230\u5BA1\u67E5\u6D41\u7A0B\u914D\u7F6E ${reviewConfigPath}\uFF1A\u6838\u5BF9\u4EA4\u4ED8\u6E05\u5355\u8981\u7528\u5176\u4E2D\u7684 roles.implementers\u3002`,
      `The review configuration ${reviewConfigPath} is missing: checking a checklist needs its roles.implementers.`
    );
  }
  const { teams, users } = parseReviewConfig(source, reviewConfigPath).roles.implementers;
  const members = await Promise.all(teams.map((t) => client.teamMembers(t)));
  return new Set([...users, ...members.flat()].map((login) => login.toLowerCase()));
}
async function verifyChecklistComment(values, io, runtime) {
  const env = runtime.env ?? process.env;
  const lang = values.lang === "en" ? "en" : "zh";
  const id = values.comment ?? "";
  if (!/^(\d+|[A-Za-z0-9_=+/-]{4,200})$/.test(id))
    throw new UsageError(
      `--comment \u5E94\u4E3A\u8BC4\u8BBA\u7684\u6570\u5B57 id \u6216 node id\uFF0C\u8FD9\u91CC\u662F ${id.slice(0, 80)}\u3002`,
      "--comment must be the comment's numeric id or node id."
    );
  const repo = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if (!repo || !env.GITHUB_TOKEN)
    throw new UsageError(
      "--comment \u9700\u8981\u73AF\u5883\u53D8\u91CF GITHUB_TOKEN \u4E0E GITHUB_REPOSITORY\uFF08\u5F62\u5982 owner/repo\uFF09\u3002",
      "--comment needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo) in the environment."
    );
  const octokit = createOctokit({
    token: env.GITHUB_TOKEN,
    ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
    ...runtime.noWait ? { noWait: true } : {}
  });
  const say = (t) => io.stderr(`govcloud checklist\uFF1A${t[lang]}
`);
  let comment;
  let engineers;
  try {
    comment = await readChecklistComment(octokit, repo, id);
    engineers = await providerEngineers(resolve8(io.cwd, values.root ?? "."), githubClient(octokit, repo));
  } catch (error) {
    if (!(error instanceof GitHubAccessError)) throw error;
    say(text(error.zh, error.en));
    return 2;
  }
  const here = `${repo.owner}/${repo.repo}`;
  if (!comment || comment.repository.toLowerCase() !== here.toLowerCase()) {
    say(
      text(
        `\u4ED3\u5E93 ${here} \u4E2D\u6CA1\u6709\u8BC4\u8BBA ${id}\uFF1A\u6CA1\u6709\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002`,
        `There is no comment ${id} in ${here}: no delivery record was written.`
      )
    );
    return 1;
  }
  const verdict = checklistCommentVerdict(comment, {
    bot: values["bot-login"] ?? "github-actions",
    engineers
  });
  if (!verdict.accepted) {
    say(checklistRefusalText(verdict.refusal));
    return 1;
  }
  if (!parseChecklist(comment.body)) {
    say(
      text(
        `\u8BC4\u8BBA ${id} \u4E0D\u662F\u4EA4\u4ED8\u6E05\u5355\uFF08\u6CA1\u6709 govcloud-checklist \u6807\u8BB0\uFF09\uFF1A\u6CA1\u6709\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002`,
        `Comment ${id} is not a checklist (no govcloud-checklist marker): no delivery record was written.`
      )
    );
    return 1;
  }
  if (values.out === void 0) io.stdout(comment.body);
  else
    writeFileSync4(
      resolve8(io.cwd, values.out),
      comment.body.endsWith("\n") ? comment.body : `${comment.body}
`
    );
  say(
    text(
      `\u8BC4\u8BBA ${id} \u6700\u540E\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08 ${verdict.editor} \u7F16\u8F91\uFF0C\u7F16\u8F91\u5386\u53F2\u4E2D\u6CA1\u6709\u522B\u4EBA\uFF1A\u53EF\u4EE5\u5199\u4EA4\u4ED8\u8BB0\u5F55\u3002`,
      `Comment ${id} was last edited by provider engineer ${verdict.editor}, and nobody else edited it: the delivery record may be written.`
    )
  );
  return 0;
}
var pulumiCli = {
  preview: (stack, cwd) => new Promise((done) => {
    execFile2(
      "pulumi",
      ["preview", "--refresh", "--json", "--expect-no-changes", "--non-interactive", "--stack", stack],
      { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code2 = error ? typeof error.code === "number" ? error.code : 127 : 0;
        done({ code: code2, stdout, stderr: stderr || (error && !stdout ? error.message : "") });
      }
    );
  })
};
async function runDrift(args, io, pulumi = pulumiCli) {
  const { values } = parseArgs5({
    args,
    options: {
      "preview-json": { type: "string", multiple: true },
      stack: { type: "string", multiple: true },
      format: { type: "string", default: "markdown" },
      lang: { type: "string" },
      root: { type: "string" },
      now: { type: "string" }
    }
  });
  const lang = parseLang(values.lang);
  const format = values.format;
  if (format !== "markdown" && format !== "json")
    throw new UsageError(
      `--format \u53EA\u80FD\u662F markdown \u6216 json\uFF0C\u8FD9\u91CC\u662F ${format}\u3002`,
      `--format must be markdown or json, not ${format}.`
    );
  const files2 = values["preview-json"] ?? [];
  const stacks = values.stack ?? [];
  if (files2.length === 0 && stacks.length === 0)
    throw new UsageError(
      "\u8BF7\u7ED9\u51FA --preview-json <\u6587\u4EF6>\uFF08\u4FDD\u5B58\u7684 pulumi preview --refresh --json \u8F93\u51FA\uFF09\u6216 --stack <stack>\u3002",
      "Give --preview-json <file> (saved pulumi preview --refresh --json output) or --stack <stack>."
    );
  const root = resolve8(io.cwd, values.root ?? ".");
  let desired = [];
  if (diskFs(root).exists(requestsDir)) {
    const { repo, histories } = loadRepo(io, values.root, values.now);
    desired = provisionInputs(repo, histories, defaultCatalogs).map(desiredSystem);
  }
  const desiredFor = (stack) => {
    const named2 = parseStackName(stack);
    return named2 ? desired.find((d) => d.unit === named2.unit && d.system === named2.system) : void 0;
  };
  const reports = [];
  const report = (json2, stack) => {
    const digest = parsePreview(json2);
    const first = driftOf(digest, stack ? { stack } : {});
    const d = desiredFor(first.stack);
    reports.push(d ? driftOf(digest, { stack: first.stack, desired: d }) : first);
  };
  try {
    for (const f of files2)
      report(
        readJson(io, f, "--preview-json"),
        files2.length === 1 && stacks.length === 1 ? stacks[0] : void 0
      );
    if (files2.length === 0)
      for (const stack of stacks) {
        const result = await pulumi.preview(stack, resolve8(root, "pulumi"));
        if (result.code !== 0 && result.code !== 7) {
          let json2;
          try {
            json2 = JSON.parse(result.stdout);
          } catch {
            json2 = void 0;
          }
          if (json2 === void 0) {
            io.stderr(
              `govcloud drift\uFF1Apulumi preview --stack ${stack} \u5931\u8D25\uFF08\u9000\u51FA\u7801 ${result.code}\uFF09\uFF1A${result.stderr.trim()}
`
            );
            return 2;
          }
          report(json2, stack);
          continue;
        }
        report(JSON.parse(result.stdout), stack);
      }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.stderr(`govcloud drift\uFF1A${error.message}
`);
    return 2;
  }
  io.stdout(format === "json" ? renderDriftJson(reports, lang) : `${renderDriftMarkdown(reports, lang)}
`);
  return driftExitCode(reports);
}

// scripts/cli/render.ts
import { mkdirSync as mkdirSync4, statSync, writeFileSync as writeFileSync5 } from "node:fs";
import { isAbsolute, join as join8, relative as relative2, resolve as resolve9, sep as sep2 } from "node:path";
import { parseArgs as parseArgs6 } from "node:util";

// scripts/adapters/templates.ts
import { readFileSync as readFileSync9 } from "node:fs";
var templateDir = new URL("../core/forms/templates/", import.meta.url);
function readFormTemplates() {
  return Object.fromEntries(
    formTemplateFiles.map((name2) => [name2, readFileSync9(new URL(name2, templateDir), "utf8")])
  );
}
var bundled;
var bundledRenderer = () => {
  bundled ??= formRenderer(readFormTemplates());
  return bundled;
};
var renderMarkdown3 = (docs) => bundledRenderer().markdown(docs);
var renderHtml = (doc) => bundledRenderer().html(doc);

// scripts/cli/render.ts
var renderUsage = `govcloud render <\u6587\u4EF6> [--to md|html|pdf] [--out <\u76EE\u5F55>] [--agent <GitHub \u8D26\u53F7>] [--root <\u76EE\u5F55>]
    \u628A\u7533\u8BF7\uFF08\u6216 unit.yaml\uFF09\u751F\u6210\u5B98\u65B9\u8868\u5355\uFF1A\u7533\u8BF7\u8868\uFF08\u9644\u4EF65\uFF09\u3001\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF09\u3001\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\uFF08\u9644\u4EF68\uFF09\u3001
    \u6388\u6743\u59D4\u6258\u4E66\uFF08\u9644\u4EF63\uFF0Cunit.yaml \u6BCF\u4E2A\u4EE3\u7406\u4EBA\u4E00\u4EFD\uFF09
  --to md      Markdown\uFF08\u9ED8\u8BA4\uFF09\uFF0C\u6253\u5370\u5230\u6807\u51C6\u8F93\u51FA\uFF1B\u7ED9\u4E86 --out \u65F6\u6BCF\u4EFD\u8868\u5355\u5199\u4E00\u4E2A .md \u6587\u4EF6
  --to html    A4 \u6253\u5370\u7248\u5F0F\u7684 HTML\uFF0C\u6BCF\u4EFD\u8868\u5355\u4E00\u4E2A\u6587\u4EF6
  --to pdf     \u7ECF Chromium \u6253\u5370\u7684 PDF\uFF08\u5148\u8FD0\u884C scripts/setup/forms.sh \u5B89\u88C5 Chromium \u4E0E\u4E2D\u6587\u5B57\u4F53\uFF09
  --out <\u76EE\u5F55>  \u8F93\u51FA\u76EE\u5F55\uFF08html\u3001pdf \u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\uFF09\uFF1B\u6587\u4EF6\u540D\u4E3A <\u5355\u4F4D>-<\u7CFB\u7EDF>-<\u5E8F\u53F7>-<\u8868\u5355>
  --agent <\u8D26\u53F7> unit.yaml \u53EA\u751F\u6210\u8FD9\u4F4D\u4EE3\u7406\u4EBA\u7684\u6388\u6743\u59D4\u6258\u4E66
  --root <\u76EE\u5F55> \u4ED3\u5E93\u6839\u76EE\u5F55\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\uFF09
  --now <\u65F6\u95F4>  \u8868\u5355\u4E0A\u7684\u201C\u4ECA\u5929\u201D\uFF08YYYY-MM-DD \u6216 ISO 8601\uFF1B\u9ED8\u8BA4 GOVCLOUD_NOW \u6216\u7CFB\u7EDF\u65F6\u949F\uFF0C\u5317\u4EAC\u65F6\u95F4\uFF09
\u9000\u51FA\u7801\uFF1A0 \u5DF2\u751F\u6210\uFF1B1 \u6587\u4EF6\u6709\u6821\u9A8C\u9519\u8BEF\uFF08\u5148\u8FD0\u884C govcloud validate\uFF09\uFF1B2 \u7528\u6CD5\u9519\u8BEF\u6216\u7F3A\u5C11 Chromium\u3002`;
var formats2 = ["md", "html", "pdf"];
async function runRender(args, io) {
  const { values, positionals } = parseArgs6({
    args,
    allowPositionals: true,
    options: {
      to: { type: "string", default: "md" },
      out: { type: "string" },
      agent: { type: "string" },
      root: { type: "string" },
      now: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${renderUsage}
`);
    return 0;
  }
  const format = values.to;
  if (!formats2.includes(format))
    throw new UsageError(
      `--to \u53EA\u80FD\u662F md\u3001html \u6216 pdf\uFF0C\u8FD9\u91CC\u662F ${values.to}\u3002`,
      `--to must be md, html or pdf, not ${values.to}.`
    );
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? "\u8BF7\u7ED9\u51FA\u4E00\u4E2A\u7533\u8BF7\u6587\u4EF6\u6216 unit.yaml\uFF0C\u5982 govcloud render requests/sz-edu/student-registry/0001-new.yaml --to pdf\u3002" : `\u4E00\u6B21\u53EA\u80FD\u751F\u6210\u4E00\u4E2A\u6587\u4EF6\u7684\u8868\u5355\uFF0C\u8FD9\u91CC\u7ED9\u4E86 ${positionals.length} \u4E2A\u3002`,
      positionals.length === 0 ? "Give one application file or unit.yaml." : "Give exactly one file."
    );
  const { root, fs } = repositoryRoot(io, values.root);
  const given = positionals[0];
  const abs = isAbsolute(given) ? given : resolve9(io.cwd, given);
  const rel = relative2(root, abs).split(sep2).join("/");
  if (rel.startsWith("..") || !rel.startsWith(`${requestsDir}/`))
    throw new UsageError(
      `\u6587\u4EF6 ${given} \u4E0D\u5728 ${requestsDir}/ \u4E0B\u3002\u7533\u8BF7\u6587\u4EF6\u5728 requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/ \u4E2D\uFF0C\u5355\u4F4D\u767B\u8BB0\u662F requests/<\u5355\u4F4D>/unit.yaml\u3002`,
      `File ${given} is not under ${requestsDir}/.`
    );
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw new UsageError(`\u627E\u4E0D\u5230\u6587\u4EF6 ${given}\u3002`, `File ${given} does not exist.`);
  if (values.agent !== void 0 && !rel.endsWith("/unit.yaml"))
    throw new UsageError(
      "--agent \u53EA\u7528\u4E8E unit.yaml\uFF08\u6388\u6743\u59D4\u6258\u4E66\uFF09\u3002",
      "--agent applies only to unit.yaml (authorization letters)."
    );
  const result = formsForFile2(fs, rel, {
    today: cliClock(values.now, io).today,
    parallelLoader: loadPool,
    ...values.agent !== void 0 ? { agent: values.agent } : {}
  });
  if (!result.ok) {
    switch (result.reason) {
      case "not-found":
        throw new UsageError(`\u627E\u4E0D\u5230\u6587\u4EF6 ${given}\u3002`, `File ${given} does not exist.`);
      case "not-a-form":
        throw new UsageError(
          `${rel} \u6CA1\u6709\u5BF9\u5E94\u7684\u5B98\u65B9\u8868\u5355\uFF1A\u53EA\u6709\u7533\u8BF7\u6587\u4EF6\uFF08\u751F\u6210\u7533\u8BF7\u8868\u3001\u6D4B\u7B97\u62A5\u544A\u3001\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\uFF09\u548C unit.yaml\uFF08\u751F\u6210\u6388\u6743\u59D4\u6258\u4E66\uFF09\u53EF\u4EE5\u751F\u6210\u3002`,
          `${rel} has no official form: only application files and unit.yaml do.`
        );
      case "no-agent":
        throw new UsageError(
          `${rel} \u4E2D\u6CA1\u6709 GitHub \u8D26\u53F7\u4E3A ${result.agent} \u7684\u4EE3\u7406\u4EBA\u3002\u53EF\u9009\uFF1A${result.agents.join("\u3001")}\u3002`,
          `${rel} has no agent ${result.agent}. Choose one of ${result.agents.join(", ")}.`
        );
      case "invalid":
        io.stderr(
          `govcloud render\uFF1A${rel}${result.findings.length > 0 ? ` \u6709 ${result.findings.length} \u4E2A\u9519\u8BEF` : " \u6216\u5B83\u7684\u5355\u4F4D\u3001\u7CFB\u7EDF\u767B\u8BB0\u672A\u901A\u8FC7\u6821\u9A8C"}\uFF0C\u4E0D\u80FD\u751F\u6210\u8868\u5355\u3002\u8BF7\u5148\u8FD0\u884C govcloud validate ${rel} \u67E5\u770B\u5E76\u6539\u6B63\u3002
`
        );
        return 1;
    }
  }
  const forms = result.forms;
  if (format === "md" && values.out === void 0) {
    io.stdout(renderMarkdown3(forms.map((f) => f.document)));
    return 0;
  }
  const outDir = resolve9(io.cwd, values.out ?? ".");
  mkdirSync4(outDir, { recursive: true });
  const shown = (path) => {
    const r = relative2(io.cwd, path);
    return r.startsWith("..") || isAbsolute(r) ? path : r.split(sep2).join("/");
  };
  const write = (name2, data) => {
    const path = join8(outDir, name2);
    writeFileSync5(path, data);
    io.stdout(`\u5DF2\u5199\u5165 ${shown(path)}
`);
  };
  if (format === "md") {
    for (const f of forms) write(`${f.fileName}.md`, renderMarkdown3(f.document));
    return 0;
  }
  if (format === "html") {
    for (const f of forms) write(`${f.fileName}.html`, renderHtml(f.document));
    return 0;
  }
  try {
    await withPdfPrinter(async (printer) => {
      for (const f of forms) write(`${f.fileName}.pdf`, await printer.htmlToPdf(renderHtml(f.document)));
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      io.stderr(`govcloud render\uFF1A${error.message}
`);
      return 2;
    }
    throw error;
  }
  return 0;
}

// scripts/cli/report.ts
import { readFileSync as readFileSync10 } from "node:fs";
import { resolve as resolve10 } from "node:path";
import { parseArgs as parseArgs7 } from "node:util";

// scripts/core/report/pr-report.ts
var reportMarker = "<!-- govcloud:report -->";
var typeNames4 = {
  new: "\u65B0\u589E\u7533\u8BF7",
  change: "\u53D8\u66F4\u7533\u8BF7",
  revoke: "\u64A4\u9500\u7533\u8BF7",
  ports: "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7",
  test: "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
  "test-renewal": "\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F"
};
var findingText = (f) => `${f.citation ? `\u3014${formatCitation(f.citation)}\u3015` : ""}${f.message}`;
var plainPath = /^(?:\.?[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9-]*\/)*[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9-]*\.(?:ya?ml|json|csv|pdf)$/u;
function inlineMessage(f) {
  const message = inlineText(findingText(f));
  if (plainPath.test(f.file)) return { message, file: f.file, line: f.line };
  return { message: `${codeSpan(`${f.file}:${f.line}:${f.column}`)} ${message}` };
}
function prReport(input) {
  const out = [reportMarker];
  const errors = input.findings.filter((f) => f.severity === "error");
  const warnings = input.findings.filter((f) => f.severity === "warning");
  out.push("### \u5408\u5E76\u540E\u4F1A\u53D1\u751F\u4EC0\u4E48", "");
  if (input.items.length === 0) out.push("\u8FD9\u4E2A\u62C9\u53D6\u8BF7\u6C42\u6CA1\u6709\u6539\u52A8\u7533\u8BF7\uFF08`requests/` \u4E0B\u7684\u7533\u8BF7\u6587\u4EF6\uFF09\u3002", "");
  for (const item of input.items) {
    out.push(
      `**${codeSpan(item.file)}**\uFF1A${typeNames4[item.application.type]}\uFF08\u7B2C ${item.application.sequence} \u53F7\uFF09`,
      ""
    );
    for (const line2 of summarize(item.application, item.before, item.catalog)) out.push(`- ${inlineText(line2)}`);
    out.push("");
  }
  const rows = input.items.flatMap(
    (item) => changeRows(item.application, item.before, item.catalog).map((r) => ({ ...r, file: item.file }))
  );
  if (rows.length > 0) {
    out.push(
      "### \u8D44\u6E90\u53D8\u66F4",
      "",
      "| \u7533\u8BF7 | \u8D44\u6E90 | \u670D\u52A1 | \u53D8\u66F4\u524D | \u53D8\u66F4\u540E |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const r of rows)
      out.push(
        `| ${codeSpan(r.file.split("/").slice(-2).join("/"))} | ${inlineText(r.resource)} | ${inlineText(r.service)} | ${inlineText(r.before)} | ${inlineText(r.after)} |`
      );
    out.push("");
  }
  out.push("### \u673A\u5668\u68C0\u67E5", "");
  if (input.findings.length === 0) out.push("\u2705 \u89C4\u8303\u4E2D\u53EF\u7531\u673A\u5668\u68C0\u67E5\u7684\u6761\u6B3E\u90FD\u5DF2\u901A\u8FC7\u3002", "");
  else {
    out.push(
      `${errors.length > 0 ? "\u274C" : "\u26A0\uFE0F"} ${errors.length} \u4E2A\u9519\u8BEF\uFF0C${warnings.length} \u4E2A\u8B66\u544A${errors.length > 0 ? "\uFF1A\u6539\u6B63\u9519\u8BEF\u540E\u624D\u80FD\u8FDB\u5165\u5BA1\u67E5\u3002" : "\uFF1A\u8BF7\u5BA1\u67E5\u4EBA\u5458\u7559\u610F\u3002"}`,
      "",
      "| \u4F4D\u7F6E | \u7EA7\u522B | \u6761\u6B3E | \u8BF4\u660E |",
      "| --- | --- | --- | --- |"
    );
    for (const f of input.findings)
      out.push(
        `| ${codeSpan(`${f.file}:${f.line}:${f.column}`)} | ${f.severity === "error" ? "\u9519\u8BEF" : f.severity === "warning" ? "\u8B66\u544A" : "\u63D0\u793A"} | ${f.citation ? inlineText(formatCitation(f.citation)) : ""} | ${inlineText(f.message)} |`
      );
    out.push("");
  }
  out.push("### \u5BA1\u67E5\u9636\u6BB5", "");
  if (input.stageMarkdown) out.push(input.stageMarkdown.replace(/<!-- govcloud:stage -->\n?/, "").trim(), "");
  else out.push(input.stageNote ?? "\u9636\u6BB5\u4E0E\u65F6\u9650\u89C1\u63D0\u4EA4\u72B6\u6001 `govcloud/stage` \u548C\u5B83\u7684\u8BC4\u8BBA\u3002", "");
  const forms = input.items.filter((i) => i.formsMarkdown);
  if (forms.length > 0) {
    out.push("### \u5B98\u65B9\u8868\u5355", "");
    for (const i of forms)
      out.push(
        `<details><summary>${inlineText(i.file)} \u7684\u8868\u5355</summary>`,
        "",
        (i.formsMarkdown ?? "").trim(),
        "",
        "</details>",
        ""
      );
  }
  return {
    fails: errors.map(inlineMessage),
    warnings: warnings.map(inlineMessage),
    markdown: `${out.join("\n").trim()}
`
  };
}

// scripts/cli/report.ts
var reportUsage = `govcloud report --changed-from <\u5F15\u7528> [--format markdown|json] [--stage <\u6587\u4EF6>] [--no-forms] [--root <\u76EE\u5F55>] [--now <\u65E5\u671F>]
    \u62C9\u53D6\u8BF7\u6C42\u62A5\u544A\uFF08Danger \u8BC4\u8BBA\u7684\u5185\u5BB9\uFF09\uFF1A\u5408\u5E76\u540E\u4F1A\u53D1\u751F\u4EC0\u4E48\u3001\u8D44\u6E90\u53D8\u66F4\u8868\u3001\u5E26\u6761\u6B3E\u7684\u68C0\u67E5\u7ED3\u679C\u3001\u5BA1\u67E5\u9636\u6BB5\u3001\u5B98\u65B9\u8868\u5355`;
async function buildReport(options) {
  const fs = diskFs(options.root);
  const files2 = (await changedFiles(options.root, options.changedFrom)).filter(
    (f) => f.startsWith(`${requestsDir}/`)
  );
  const { findings, repo, histories } = validate2({
    fs,
    scope: { kind: "files", files: files2 },
    lang: "zh",
    today: options.today,
    parallelLoader: loadPool
  });
  const targets = new Set(files2);
  const items2 = [];
  for (const [key, apps] of repo.applications) {
    const [unitDir] = key.split("/");
    const unit = repo.units.get(unitDir)?.data;
    const system = repo.systems.get(key)?.data;
    const history = histories.get(systemKey(...key.split("/")));
    for (const { file, data: application } of apps) {
      if (!targets.has(file) || !unit || !system || !history) continue;
      const catalog = defaultCatalogs(application.profile);
      if (!catalog) continue;
      const before = history.before.get(application.sequence) ?? history.current;
      const formsMarkdown = options.forms ? renderMarkdown3(applicationForms({ application, unit, system, before, catalog })) : void 0;
      items2.push({ file, application, before, catalog, ...formsMarkdown ? { formsMarkdown } : {} });
    }
  }
  items2.sort((a, b) => a.file < b.file ? -1 : 1);
  return prReport({
    items: items2,
    findings,
    ...options.stageMarkdown ? { stageMarkdown: options.stageMarkdown } : {}
  });
}
async function runReport(args, io) {
  const { values } = parseArgs7({
    args,
    options: {
      "changed-from": { type: "string" },
      format: { type: "string", default: "markdown" },
      stage: { type: "string" },
      "no-forms": { type: "boolean" },
      root: { type: "string" },
      now: { type: "string" }
    }
  });
  if (values["changed-from"] === void 0)
    throw new UsageError(
      "report \u9700\u8981 --changed-from <\u5F15\u7528>\uFF08\u5982 origin/main\uFF09\u3002",
      "report needs --changed-from <ref> (e.g. origin/main)."
    );
  if (values.format !== "markdown" && values.format !== "json")
    throw new UsageError(
      `--format \u53EA\u80FD\u662F markdown \u6216 json\uFF0C\u8FD9\u91CC\u662F ${values.format}\u3002`,
      `--format must be markdown or json, not ${values.format}.`
    );
  const { today } = cliClock(values.now, io);
  let stageMarkdown;
  if (values.stage !== void 0) {
    try {
      stageMarkdown = readFileSync10(resolve10(io.cwd, values.stage), "utf8");
    } catch {
      throw new UsageError(`\u8BFB\u4E0D\u5230\u9636\u6BB5\u6587\u4EF6 ${values.stage}\u3002`, `Cannot read the stage file ${values.stage}.`);
    }
  }
  const report = await buildReport({
    root: resolve10(io.cwd, values.root ?? "."),
    changedFrom: values["changed-from"],
    today,
    forms: !values["no-forms"],
    ...stageMarkdown ? { stageMarkdown } : {}
  });
  io.stdout(values.format === "json" ? `${JSON.stringify(report, null, 2)}
` : report.markdown);
  return report.fails.length > 0 ? 1 : 0;
}

// scripts/cli/stage.ts
import { readFileSync as readFileSync11 } from "node:fs";
import { join as join9, resolve as resolve11 } from "node:path";
import { parseArgs as parseArgs8 } from "node:util";
var stageUsage = {
  zh: `govcloud stage\uFF1A\u663E\u793A PR \u5728\u5BA1\u67E5\u6D41\u7A0B\u4E2D\u7684\u9636\u6BB5\uFF08\u53D1\u8D77 / \u5BA1\u67E5 / \u54A8\u8BE2\u8BC4\u4F30 / \u5BA1\u6279 / \u5B9E\u65BD / \u5DF2\u9000\u56DE / \u5DF2\u8FC7\u671F\uFF09
  --pr <\u7F16\u53F7>              \u4ECE GitHub \u8BFB\u53D6\uFF08GITHUB_TOKEN\u3001GITHUB_REPOSITORY\uFF0C\u53EF\u9009 GITHUB_API_URL\uFF09
      --write              \u628A\u9636\u6BB5\u5199\u56DE PR\uFF1A\u6807\u7B7E\u3001\u63D0\u4EA4\u72B6\u6001\u548C\u4E00\u6761\u6301\u7EED\u66F4\u65B0\u7684\u8BC4\u8BBA
  --event <\u6587\u4EF6>           \u79BB\u7EBF\uFF1Awebhook \u8F7D\u8377\uFF08pull_request / pull_request_review\uFF09
      --context <\u6587\u4EF6>     \u79BB\u7EBF\u4E0A\u4E0B\u6587\uFF08files\u3001commits\u3001reviews\u3001teams\u3001validation\uFF0C\u89C1\u6587\u6863\uFF09
      --changed-from <\u5F15\u7528> \u4E0A\u4E0B\u6587\u6CA1\u6709 files \u65F6\uFF0C\u6309 git \u5DEE\u5F02\u53D6\u6539\u52A8\u7684\u6587\u4EF6
  --format <\u683C\u5F0F>          text\uFF08\u9ED8\u8BA4\uFF09| json | markdown
  --lang <\u8BED\u8A00>            zh\uFF08\u9ED8\u8BA4\uFF09| en
  --root <\u76EE\u5F55>            \u4ED3\u5E93\u6839\u76EE\u5F55\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\uFF09\uFF1A\u914D\u7F6E\u3001\u670D\u52A1\u76EE\u5F55\u3001\u5355\u4F4D\u767B\u8BB0\u4ECE\u8FD9\u91CC\u8BFB
  --now <\u65F6\u95F4>             \u4EE5\u8BE5\u65F6\u95F4\u4E3A\u201C\u73B0\u5728\u201D\uFF08YYYY-MM-DD \u6216 ISO 8601\uFF1B\u9ED8\u8BA4 GOVCLOUD_NOW \u6216\u7CFB\u7EDF\u65F6\u949F\uFF09`,
  en: `govcloud stage: show a pull request's review stage
  --pr <number>            read GitHub (GITHUB_TOKEN, GITHUB_REPOSITORY, optional GITHUB_API_URL)
      --write              write the stage back: labels, a commit status and one comment kept up to date
  --event <file>           offline: a webhook payload (pull_request / pull_request_review)
      --context <file>     offline context (files, commits, reviews, teams, validation; see the docs)
      --changed-from <ref> without files in the context, take the changed files from git
  --format <format>        text (default) | json | markdown
  --lang <lang>            zh (default) | en
  --root <dir>             repository root (default: current directory): config, catalog, unit registry
  --now <time>             take this time as now (YYYY-MM-DD or ISO 8601; default GOVCLOUD_NOW or the system clock)`
};
async function runStage(args, io, runtime = {}) {
  const env = runtime.env ?? io.env ?? process.env;
  const { values } = parseArgs8({
    args,
    options: {
      pr: { type: "string" },
      event: { type: "string" },
      context: { type: "string" },
      "changed-from": { type: "string" },
      write: { type: "boolean" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      root: { type: "string" },
      now: { type: "string" },
      "bot-login": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  const lang = parseLang(values.lang);
  if (values.help) {
    io.stdout(`${stageUsage[lang]}
`);
    return 0;
  }
  const format = values.format;
  if (!stageFormats.includes(format))
    throw new UsageError(
      `--format \u53EA\u80FD\u662F ${stageFormats.join("\u3001")}\uFF0C\u8FD9\u91CC\u662F ${values.format}\u3002`,
      `--format must be one of ${stageFormats.join(", ")}, not ${values.format}.`
    );
  if (values.pr === void 0 === (values.event === void 0))
    throw new UsageError(
      "\u8BF7\u7ED9\u51FA --pr <\u7F16\u53F7>\uFF08\u8BFB GitHub\uFF09\u6216 --event <\u8F7D\u8377\u6587\u4EF6>\uFF08\u79BB\u7EBF\uFF09\u4E4B\u4E00\u3002",
      "Give either --pr <number> (read GitHub) or --event <payload file> (offline)."
    );
  if (values.write && values.pr === void 0)
    throw new UsageError("--write \u53EA\u80FD\u4E0E --pr \u4E00\u8D77\u4F7F\u7528\u3002", "--write only works with --pr.");
  const root = resolve11(io.cwd, values.root ?? ".");
  const realNow = runtime.now ?? io.now;
  const now = cliClock(values.now, realNow ? { env, now: realNow } : { env }).instant;
  try {
    const config = readConfig(root);
    const catalog = loadCatalog(config.profile, root);
    const base = {
      config,
      profile: catalog.profile,
      calendar: nationalCalendar(root),
      now
    };
    if (values.pr !== void 0) {
      return await fromGitHub(values.pr, values.write === true, base, root, env, io, {
        format,
        lang,
        ...values["bot-login"] ? { botLogin: values["bot-login"] } : {},
        ...runtime.noWait ? { noWait: true } : {}
      });
    }
    const input = await offlineInput(
      values.event,
      values.context,
      values["changed-from"],
      base,
      root,
      io.cwd,
      lang
    );
    io.stdout(renderStage(computeStage(input), format, lang));
    return 0;
  } catch (error) {
    if (error instanceof ReviewConfigError || error instanceof GitHubAccessError) {
      io.stderr(`govcloud: ${error[lang]}
`);
      return 2;
    }
    throw error;
  }
}
function readConfig(root) {
  let source;
  try {
    source = readFileSync11(join9(root, reviewConfigPath), "utf8");
  } catch {
    throw new ReviewConfigError(
      reviewConfigPath,
      `\u627E\u4E0D\u5230\u5BA1\u67E5\u6D41\u7A0B\u914D\u7F6E ${reviewConfigPath}\uFF1A\u8BF7\u5728\u4ED3\u5E93\u4E2D\u5EFA\u7ACB\u5B83\uFF08\u683C\u5F0F\u89C1 schemas/review-config.schema.json\uFF09\u3002`,
      `The review configuration ${reviewConfigPath} is missing: create it (see schemas/review-config.schema.json).`
    );
  }
  return parseReviewConfig(source, reviewConfigPath);
}
function registry(root, today) {
  const { repo } = validate2({
    fs: diskFs(root),
    scope: { kind: "all" },
    lang: "zh",
    today,
    parallelLoader: loadPool
  });
  return unitRecords(repo);
}
async function fromGitHub(prArg, write, base, root, env, io, options) {
  if (!/^[1-9]\d*$/.test(prArg))
    throw new UsageError(
      `--pr \u5E94\u4E3A PR \u7F16\u53F7\uFF0C\u8FD9\u91CC\u662F ${prArg}\u3002`,
      `--pr must be a pull request number, not ${prArg}.`
    );
  const repo = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if (!repo)
    throw new UsageError(
      "--pr \u9700\u8981\u73AF\u5883\u53D8\u91CF GITHUB_REPOSITORY\uFF08\u5F62\u5982 owner/repo\uFF09\u3002",
      "--pr needs GITHUB_REPOSITORY (owner/repo) in the environment."
    );
  if (!env.GITHUB_TOKEN)
    throw new UsageError("--pr \u9700\u8981\u73AF\u5883\u53D8\u91CF GITHUB_TOKEN\u3002", "--pr needs GITHUB_TOKEN in the environment.");
  const octokit = createOctokit({
    token: env.GITHUB_TOKEN,
    ...env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {},
    userAgent: "govcloud-stage",
    ...options.noWait ? { noWait: true } : {}
  });
  const client = githubClient(octokit, repo);
  const number = Number(prArg);
  const data = await gatherStage(client, number, base.config, wantsSource);
  const result = computeStage(stageInput(data, { ...base, units: registry(root, beijingDate(base.now)) }));
  io.stdout(renderStage(result, options.format, options.lang));
  if (!write) return 0;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const report = await writeStage(
    client,
    { number, headSha: data.pr.headSha, labels: data.labels },
    result,
    base.config,
    {
      lang: options.lang,
      ...options.botLogin ? { botLogin: options.botLogin } : {},
      ...runUrl ? { targetUrl: runUrl } : {}
    }
  );
  for (const s of report.skipped)
    io.stderr(
      options.lang === "zh" ? `govcloud: \u6CA1\u6709\u6743\u9650\u5199\u5165${s.action === "labels" ? "\u6807\u7B7E" : s.action === "status" ? "\u63D0\u4EA4\u72B6\u6001" : "\u8BC4\u8BBA"}\uFF08HTTP ${s.status}\uFF09${data.pr.fromFork ? "\uFF1A\u6765\u81EA fork \u7684 PR \u7684\u5DE5\u4F5C\u6D41\u4EE4\u724C\u662F\u53EA\u8BFB\u7684\uFF0C\u7531\u5B9A\u65F6\u4EFB\u52A1\u8865\u5199" : ""}\u3002
` : `govcloud: no permission to write the ${s.action} (HTTP ${s.status})${data.pr.fromFork ? ": a fork pull request's workflow token is read-only; the scheduled run writes it" : ""}.
`
    );
  return 0;
}
function readJson2(path, cwd, what) {
  let text2;
  try {
    text2 = readFileSync11(resolve11(cwd, path), "utf8");
  } catch {
    throw new UsageError(`\u627E\u4E0D\u5230${what.zh} ${path}\u3002`, `${what.en} ${path} not found.`);
  }
  try {
    return JSON.parse(text2);
  } catch (error) {
    throw new UsageError(
      `${what.zh} ${path} \u4E0D\u662F\u5408\u6CD5\u7684 JSON\uFF1A${error.message}`,
      `${what.en} ${path} is not valid JSON: ${error.message}`
    );
  }
}
async function offlineInput(eventPath, contextPath, changedFrom, base, root, cwd, lang) {
  const payload = readJson2(eventPath, cwd, { zh: "\u4E8B\u4EF6\u6587\u4EF6", en: "Event file" });
  if (!payload.pull_request)
    throw new UsageError(
      `${eventPath} \u4E0D\u662F pull_request \u6216 pull_request_review \u4E8B\u4EF6\uFF08\u6CA1\u6709 pull_request \u5B57\u6BB5\uFF09\u3002`,
      `${eventPath} is not a pull_request or pull_request_review event (no pull_request field).`
    );
  const context = contextPath ? readJson2(contextPath, cwd, { zh: "\u4E0A\u4E0B\u6587\u6587\u4EF6", en: "Context file" }) : {};
  const pr = pullRequestInfo(payload.pull_request);
  let files2;
  if (context.files) files2 = context.files.map(changedFile);
  else if (changedFrom !== void 0)
    files2 = (await changedFiles(root, changedFrom)).map((f) => changedFile(f));
  else
    throw new UsageError(
      "\u79BB\u7EBF\u6A21\u5F0F\u9700\u8981\u6539\u52A8\u7684\u6587\u4EF6\uFF1A\u5728 --context \u4E2D\u7ED9\u51FA files\uFF0C\u6216\u7528 --changed-from <\u5F15\u7528>\u3002",
      "Offline mode needs the changed files: give files in --context, or --changed-from <ref>."
    );
  const commits = (context.commits ?? []).map(commit);
  const reviewSource = context.reviews ?? (payload.review ? [payload.review] : []);
  const reviews = reviewSource.map(review).filter((r) => r !== void 0);
  const fs = diskFs(root);
  const readLocal = (path) => {
    try {
      return new TextDecoder().decode(fs.readFile(path));
    } catch {
      return void 0;
    }
  };
  const today = beijingDate(base.now);
  const sources = /* @__PURE__ */ new Map();
  for (const f of files2) {
    const source = f.status !== "removed" && wantsSource(f.path) ? readLocal(f.path) : void 0;
    if (source !== void 0) sources.set(f.path, source);
  }
  let validation;
  const v = context.validation;
  if (typeof v === "string") validation = { state: v };
  else if (v) validation = v;
  else {
    const targets = files2.map((f) => f.path).filter((p) => p.startsWith(`${requestsDir}/`) && fs.exists(p));
    const { findings } = validate2({
      fs,
      scope: { kind: "files", files: targets },
      lang,
      today,
      parallelLoader: loadPool
    });
    const errors = findings.filter((f) => f.severity === "error").length;
    validation = errors > 0 ? { state: "failed", errors } : { state: "passed" };
  }
  const pull = {
    pr,
    files: files2,
    commits,
    reviews,
    labels: labelNames(payload.pull_request),
    teams: new Map(Object.entries(context.teams ?? {}).map(([k, v2]) => [k, new Set(v2)])),
    validation,
    sources
  };
  return stageInput(pull, { ...base, units: registry(root, today) });
}

// scripts/cli/main.ts
var usage = {
  zh: `\u7528\u6CD5\uFF1Agovcloud <\u547D\u4EE4> [\u9009\u9879]

\u547D\u4EE4\uFF1A
  validate [\u8DEF\u5F84\u2026]        \u6821\u9A8C\u7533\u8BF7\uFF08\u9ED8\u8BA4\u6574\u4E2A requests/\uFF09
      --changed-from <\u5F15\u7528>  \u53EA\u62A5\u544A\u76F8\u5BF9\u8BE5 git \u5F15\u7528\u6539\u52A8\u8FC7\u7684\u6587\u4EF6\uFF08\u4ECD\u5BF9\u7167\u6574\u4E2A\u4ED3\u5E93\u68C0\u67E5\uFF09
      --format <\u683C\u5F0F>        text\uFF08\u9ED8\u8BA4\uFF09| json | github | sarif
      --lang <\u8BED\u8A00>          zh\uFF08\u9ED8\u8BA4\uFF09| en
      --root <\u76EE\u5F55>          \u4ED3\u5E93\u6839\u76EE\u5F55\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\uFF09
      --now <\u65F6\u95F4>           \u4EE5\u8BE5\u65F6\u523B\u4E3A\u201C\u73B0\u5728\u201D\uFF08YYYY-MM-DD \u6216 ISO 8601\uFF0C\u5317\u4EAC\u65F6\u95F4\uFF1B\u9ED8\u8BA4 GOVCLOUD_NOW \u6216\u7CFB\u7EDF\u65F6\u949F\uFF09
      --metrics file:<\u8DEF\u5F84>  \u5229\u7528\u7387\u5BFC\u51FA\uFF08JSON \u6216 CSV\uFF09\uFF0C\u6838\u5BF9\u53D8\u66F4\u7533\u8BF7\u4E2D\u586B\u5199\u7684\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u5229\u7528\u7387
      --no-color             \u4E0D\u8F93\u51FA\u989C\u8272
  rules [--format text|json|markdown] [--lang zh|en]
                          \u5217\u51FA\u6BCF\u6761\u89C4\u5219\u3001\u5B83\u7684\u6761\u6B3E\u51FA\u5904\u548C\u68C0\u67E5\u7684\u5185\u5BB9
  schemas [--check]       \u7531\u670D\u52A1\u76EE\u5F55\u751F\u6210 schemas/<profile>/*.schema.json\uFF1B--check \u53EA\u6BD4\u5BF9
  help                    \u663E\u793A\u672C\u5E2E\u52A9

\u9000\u51FA\u7801\uFF1A0 \u65E0\u9519\u8BEF\uFF0C1 \u6709\u9519\u8BEF\uFF0C2 \u7528\u6CD5\u9519\u8BEF\u6216\u5185\u90E8\u6545\u969C\u3002`,
  en: `Usage: govcloud <command> [options]

Commands:
  validate [paths\u2026]       validate applications (default: all of requests/)
      --changed-from <ref>   report only files changed since the git ref (still checked against the whole repository)
      --format <format>      text (default) | json | github | sarif
      --lang <lang>          zh (default) | en
      --root <dir>           repository root (default: current directory)
      --now <time>           take this time as now (YYYY-MM-DD or ISO 8601, Beijing time; default GOVCLOUD_NOW or the system clock)
      --metrics file:<path>  utilization export (JSON or CSV) to check the stated 5-working-day figures against
      --no-color             no colours
  rules [--format text|json|markdown] [--lang zh|en]
                          list every rule with its article and what it checks
  schemas [--check]       generate schemas/<profile>/*.schema.json from the catalog; --check only compares
  help                    show this help

Exit codes: 0 no errors, 1 errors, 2 usage error or internal failure.`
};
async function main(argv, io = processIo()) {
  useDiskCompileCache();
  let lang = langOfArgv(argv);
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "validate":
        return await runValidate(rest, io);
      case "schemas":
        return runSchemas(rest, io);
      case "rules":
        return runRules2(rest, io);
      case "stage":
        return await runStage(rest, io);
      case "render":
        return await runRender(rest, io);
      case "report":
        return rest[0] === "annual" ? await runAnnual(rest.slice(1), io) : await runReport(rest, io);
      case "plan":
        return await runPlan(rest, io);
      case "deliver":
        return await runDeliver(rest, io);
      case "drift":
        return await runDrift(rest, io);
      case "checklist":
        return await runChecklist(rest, io);
      case "audit":
        return await runAudit(rest, io);
      case "calendar":
        return await runCalendar(rest, io);
      case "notify":
        return await runNotify(rest, io);
      case void 0:
      case "help":
      case "--help":
      case "-h":
        io.stdout(
          `${usage[lang]}

${stageUsage[lang]}

${renderUsage}

${reportUsage}

${annualUsage}

${provisionUsage}

${auditUsage[lang]}

${notifyUsage[lang]}

${calendarUsage[lang]}
`
        );
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`\u672A\u77E5\u547D\u4EE4 ${command}\u3002`, `Unknown command ${command}.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `govcloud: ${error[lang]}
${lang === "zh" ? "\u8FD0\u884C govcloud help \u67E5\u770B\u7528\u6CD5\u3002" : "Run govcloud help for usage."}
`
      );
      return 2;
    }
    if (error instanceof TypeError && error.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`govcloud: ${error.message}
`);
      return 2;
    }
    lang = lang ?? "zh";
    io.stderr(
      `govcloud: ${lang === "zh" ? "\u5185\u90E8\u6545\u969C\uFF08\u8FD9\u4E0D\u662F\u7533\u8BF7\u7684\u95EE\u9898\uFF0C\u8BF7\u628A\u4EE5\u4E0B\u4FE1\u606F\u62A5\u544A\u7ED9\u7EF4\u62A4\u4EBA\u5458\uFF09" : "internal failure (not a problem of the application; report this to the maintainers)"}: ${error instanceof Error ? process.env.GOVCLOUD_DEBUG ? error.stack : error.message : String(error)}
`
    );
    return 2;
  }
}
async function runValidate(args, io) {
  const { values, positionals } = parseArgs9({
    args,
    allowPositionals: true,
    options: {
      "changed-from": { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      root: { type: "string" },
      now: { type: "string" },
      metrics: { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" }
    }
  });
  const lang = parseLang(values.lang);
  const format = values.format;
  if (!outputFormats.includes(format))
    throw new UsageError(
      `--format \u53EA\u80FD\u662F ${outputFormats.join("\u3001")}\uFF0C\u8FD9\u91CC\u662F ${values.format}\u3002`,
      `--format must be one of ${outputFormats.join(", ")}, not ${values.format}.`
    );
  const { root, fs } = repositoryRoot(io, values.root, { orCatalog: true });
  let scope = { kind: "all" };
  let pending;
  if (values["changed-from"] !== void 0) {
    if (positionals.length > 0)
      throw new UsageError(
        "--changed-from \u4E0E\u8DEF\u5F84\u53C2\u6570\u4E0D\u80FD\u540C\u65F6\u4F7F\u7528\u3002",
        "--changed-from and paths cannot be combined."
      );
    const files2 = (await changedFiles(root, values["changed-from"])).filter(
      (f) => f.startsWith(`${requestsDir}/`)
    );
    scope = { kind: "files", files: files2 };
  } else if (positionals.length > 0) {
    const files2 = [];
    for (const p of positionals) {
      const abs = isAbsolute2(p) ? p : resolve12(io.cwd, p);
      const rel = relative3(root, abs).split(sep3).join("/");
      if (rel.startsWith("..") || !(rel === requestsDir || rel.startsWith(`${requestsDir}/`)))
        throw new UsageError(
          `\u8DEF\u5F84 ${p} \u4E0D\u5728 ${requestsDir}/ \u4E0B\u3002\u7533\u8BF7\u6587\u4EF6\u90FD\u653E\u5728 requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/ \u4E2D\u3002`,
          `Path ${p} is not under ${requestsDir}/.`
        );
      const stats = lstatSync2(abs, { throwIfNoEntry: false });
      if (stats === void 0) throw new UsageError(`\u627E\u4E0D\u5230\u8DEF\u5F84 ${p}\u3002`, `Path ${p} does not exist.`);
      files2.push(...stats.isDirectory() && fs.refusal(rel) === void 0 ? walk(fs, rel) : [rel]);
    }
    scope = { kind: "files", files: files2 };
    const changed = await pendingFiles(root);
    if (changed) pending = new Set(files2.filter((f) => changed.has(f)));
  }
  const { today } = cliClock(values.now, io);
  const metrics = values.metrics === void 0 ? void 0 : openMetrics(values.metrics, io.cwd);
  const { findings, repo, sources } = validate2({
    fs,
    scope,
    lang,
    today,
    parallelLoader: loadPool,
    ...pending ? { pending } : {},
    ...metrics ? { metrics } : {}
  });
  const color = values["no-color"] ? false : values.color ?? io.colorDefault;
  const fileCount = scope.kind === "all" ? repo.fileCount : scope.files.length;
  io.stdout(render(format, findings, { lang, sources, fileCount, color }));
  return exitCodeFor(findings);
}
function runRules2(args, io) {
  const { values } = parseArgs9({
    args,
    options: { format: { type: "string", default: "text" }, lang: { type: "string" } }
  });
  const format = values.format;
  if (!["text", "json", "markdown"].includes(format))
    throw new UsageError(
      `--format \u53EA\u80FD\u662F text\u3001json \u6216 markdown\uFF0C\u8FD9\u91CC\u662F ${values.format}\u3002`,
      `--format must be text, json or markdown, not ${values.format}.`
    );
  io.stdout(renderRules(registeredProfiles, format, parseLang(values.lang)));
  return 0;
}
function runSchemas(args, io) {
  const { values } = parseArgs9({ args, options: { check: { type: "boolean" }, root: { type: "string" } } });
  const root = resolve12(io.cwd, values.root ?? ".");
  let stale = 0;
  const catalogs = new Set(listProfiles(root));
  for (const { id: profile, catalog, schema: schema2 } of registeredProfiles) {
    if (!catalogs.has(catalog)) continue;
    const schemas = schema2.build(loadCatalog(catalog, root));
    for (const [name2, schema3] of Object.entries(schemas)) {
      const file = join10(root, "schemas", profile, `${name2}.schema.json`);
      const content = `${JSON.stringify(schema3, null, 2)}
`;
      let current;
      try {
        current = readFileSync12(file, "utf8");
      } catch {
        current = void 0;
      }
      if (current === content) continue;
      if (values.check) {
        stale++;
        io.stderr(
          `schemas/${profile}/${name2}.schema.json \u4E0E\u670D\u52A1\u76EE\u5F55\u4E0D\u4E00\u81F4\uFF1A\u8FD0\u884C npm run schemas \u91CD\u65B0\u751F\u6210\u3002
`
        );
      } else {
        mkdirSync5(dirname4(file), { recursive: true });
        writeFileSync6(file, content);
        io.stdout(`\u5DF2\u5199\u5165 schemas/${profile}/${name2}.schema.json
`);
      }
    }
  }
  return stale > 0 ? 1 : 0;
}
export {
  main
};
//# sourceMappingURL=cli.mjs.map
