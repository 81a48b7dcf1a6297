import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  HUB_SOURCE,
  ObjectIdMap,
  PARQUET_FILE,
  PreviousDataset,
  carryPreviousDownloads,
  historyPath,
  parquetPath,
  readHistory,
  releaseMemory,
  withRow,
  writeHistory,
  writeParquet
} from "./chunk-A7KWF73R.js";
import {
  CATEGORIES,
  DEFAULT_TAG,
  DatasetFormatError,
  INDEX_FILE,
  INSIGHTS_JSON,
  INSIGHTS_MD,
  LineageTable,
  MANIFEST_FILE,
  ModelTable,
  PRESETS,
  RELATIONS,
  Top,
  chartFiles,
  compareIds,
  computeInsights,
  computeLineage,
  computeMarket,
  creationQuarters,
  csvToRecords,
  datasetDir,
  forEachDatasetFile,
  formatParameters,
  insightsMarkdown,
  isPlaceholderDate,
  iso,
  isoDay,
  legacyTag,
  markdownText,
  parseCsv,
  parseIndex,
  popularityClass,
  putInDatasetOrder,
  quoted,
  readDataFile,
  readDataset,
  readIndex,
  readManifest,
  restoreFix,
  round,
  sinceLines,
  snapshotAge,
  tagCountsLine,
  tagSetKey,
  tagSetLabel,
  tagsOf,
  writeDataset
} from "./chunk-B3RYOW65.js";
import {
  __commonJS,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run2, free) {
          var retry3, retryAfter;
          if (clearGlobalState()) {
            retry3 = await this.Events.trigger("failed", error, eventInfo);
            if (retry3 != null) {
              retryAfter = ~~retry3;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve3, reject) {
            return setTimeout(resolve3, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve3, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve3, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve3(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve3;
          resolve3 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve3 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve3, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve3, reject) => {
                if (finished()) {
                  return resolve3();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve3();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve3, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve3)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/dataset/snapshot.ts
function newestDate(models) {
  let newest = 0;
  for (let i = 0; i < models.length; i++) {
    const created = models.createdAt[i];
    const modified = models.lastModified[i];
    if (created > newest) newest = created;
    if (modified > newest) newest = modified;
  }
  return newest;
}
var FUTURE_LEEWAY_MS = 5 * 6e4;
function runBound(nowMs, hubDateMs) {
  return hubDateMs === void 0 || Number.isNaN(hubDateMs) ? nowMs : Math.min(nowMs, hubDateMs + 999);
}
function decideSnapshot(table, boundMs) {
  const columns = table.columns();
  const future = { count: 0, examples: [] };
  for (let i = 0; i < columns.length; i++) {
    const created = columns.createdAt[i];
    const modified = columns.lastModified[i];
    const claimed = modified > created ? modified : created;
    if (claimed > boundMs + FUTURE_LEEWAY_MS) {
      future.count++;
      if (future.examples.length < 3) future.examples.push({ id: table.id(i), date: iso(claimed) });
    }
  }
  return { snapshotMs: Math.min(newestDate(columns), boundMs), future };
}
function storedSnapshot(manifestSnapshot, newestMs, nowMs) {
  const stored = manifestSnapshot === void 0 ? Number.NaN : Date.parse(manifestSnapshot);
  return Number.isNaN(stored) ? Math.min(newestMs, nowMs) : stored;
}

// src/hub/errors.ts
var HubError = class extends Error {
  name = "HubError";
  url;
  status;
  attempts;
  constructor(message, options) {
    super(message, { cause: options.cause });
    this.url = options.url;
    this.status = options.status;
    this.attempts = options.attempts;
  }
};
var TokenRefused = class extends HubError {
  constructor(url) {
    super("the Hub refused the token: it is expired, revoked or mistyped", { url, status: 401, attempts: 1 });
  }
};
var HubUnreachable = class extends HubError {
  host;
  constructor(message, options) {
    super(message, options);
    this.host = options.host;
  }
};
function maskSecrets(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}

// src/outputs.ts
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/analysis/tags.ts
function tagColumn(table, task) {
  const names = tagsOf(task);
  const codes = table.textCodes().pipelineTag;
  const byCode = /* @__PURE__ */ new Map();
  const of = new Uint8Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const code = codes[i];
    let k = byCode.get(code);
    if (k === void 0) {
      const name = table.text(code);
      k = names.indexOf(name);
      if (k === -1) k = names.push(name) - 1;
      byCode.set(code, k);
    }
    of[i] = k;
  }
  return { names, of };
}
function computeTagMix(models, tags2, snapshotMs) {
  const k = tags2.names.length;
  const counts = new Float64Array(k);
  const downloads = new Float64Array(k);
  let total = 0;
  const { labels, of: quarterOf } = creationQuarters(models.createdAt, snapshotMs);
  const byQuarter = new Float64Array(labels.length * k);
  for (let i = 0; i < models.length; i++) {
    const t = tags2.of[i];
    const d = models.downloads[i];
    counts[t] = counts[t] + 1;
    downloads[t] = downloads[t] + d;
    total += d;
    const q2 = quarterOf[i];
    if (q2 >= 0) byQuarter[q2 * k + t] = byQuarter[q2 * k + t] + 1;
  }
  const n = models.length;
  return {
    verdict: "descriptive",
    tags: tags2.names.map((tag, t) => ({
      tag,
      models: counts[t],
      share: round(n ? counts[t] / n : 0),
      downloads30Days: downloads[t],
      downloadsShare: round(total ? downloads[t] / total : 0)
    })),
    quarters: labels.map((quarter, q2) => {
      const byTag = Object.fromEntries(tags2.names.map((tag, t) => [tag, byQuarter[q2 * k + t]]));
      return { quarter, models: Object.values(byTag).reduce((a, b) => a + b, 0), byTag };
    }),
    method: "Each model counted under the pipeline tag whose listing brought it (its tag as of the snapshot). Downloads: the Hub's 30-day window. Quarters by creation date (UTC), the placeholder date left out; the latest quarter is partial.",
    caveat: "A model's tag is its card's today, not when it was created: a card edited from text-generation to image-text-to-text moves its model's quarter count. Models with no pipeline tag (some GGUF-only and adapter repositories) are in no listing and so in no tag."
  };
}

// src/outputs.ts
function downloadsSince(columns) {
  const since = new Float64Array(columns.length);
  for (let i = 0; i < columns.length; i++) since[i] = Math.max(0, columns.downloadsAllTime[i] - columns.downloadsAllTimePrevious[i]);
  return since;
}
async function analysisOfRecords(records, dataDir, options) {
  const started = performance.now();
  const tags2 = tagColumn(records, options.task);
  const lineageTable = LineageTable.of(records, tags2);
  const market = computeMarket(records, options.snapshotMs);
  const stats = records.columns();
  const tagMix = tags2.names.length > 1 ? computeTagMix(stats, tags2, options.snapshotMs) : void 0;
  const ids = options.keepIds ? records.ids() : void 0;
  records.clear();
  const lineage = computeLineage(lineageTable, options.snapshotMs);
  const sinceByModel = options.keepIds ? downloadsSince(stats) : void 0;
  const preparedMs = performance.now() - started;
  return { task: options.task, stats, tags: tags2, tagMix, snapshotMs: options.snapshotMs, lineage, market, history: await readHistory(dataDir), since: options.since, ids, sinceByModel, preparedMs };
}
async function sinceOf(input, dataDir, snapshot) {
  if (input.since) return input.since;
  try {
    const existing = JSON.parse(await readFile(join(dataDir, INSIGHTS_JSON), "utf8"));
    return existing.snapshot === snapshot ? existing.sincePrevious : void 0;
  } catch {
    return void 0;
  }
}
async function writeAtomically(path, text) {
  await writeFile(`${path}.tmp-${process.pid}`, text);
  await rename(`${path}.tmp-${process.pid}`, path);
}
async function renderOutputs(input, options, log) {
  const started = performance.now() - input.preparedMs;
  const models = input.stats;
  const snapshot = isoDay(input.snapshotMs);
  const findings = computeInsights(models, input.lineage.insights, input.market, input.snapshotMs, await sinceOf(input, options.dataDir, snapshot), { task: input.task, tagMix: input.tagMix });
  const markdown = insightsMarkdown(findings, input.task);
  await mkdir(options.dataDir, { recursive: true });
  const json = join(options.dataDir, INSIGHTS_JSON);
  const md = join(options.dataDir, INSIGHTS_MD);
  await writeAtomically(json, `${JSON.stringify({ pipelineTag: input.task, ...findings }, null, 2)}
`);
  await writeAtomically(md, markdown);
  const { renderCharts } = await import("./charts-UGPRC4FT.js");
  releaseMemory();
  const previews = options.siteDir ? `${options.siteDir.replace(/\/+$/, "")}.previews-${process.pid}` : void 0;
  const charts = await renderCharts(input, options.chartsDir, (message) => log.warn(message), previews);
  log.info(`wrote ${charts.length} charts to ${options.chartsDir} and findings to ${options.dataDir} in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
  if (options.siteDir) {
    releaseMemory();
    const siteStarted = Date.now();
    const { writeSite } = await import("./build-6QFRUM5O.js");
    const site = await writeSite(input, findings, markdown, { siteDir: options.siteDir, dataDir: options.dataDir, imagesDir: previews, maxSnapshotAgeDays: options.maxSnapshotAgeDays, links: options.siteLinks }).finally(
      () => rm(previews, { recursive: true, force: true })
    );
    log.info(`wrote the site (${site.files} files, ${(site.bytes / 1024 / 1024).toFixed(1)} MB) to ${options.siteDir} in ${((Date.now() - siteStarted) / 1e3).toFixed(1)} s`);
  }
  return { charts, insights: [json, md], findings, markdown };
}

// src/hub/schema.ts
var LIST_EXPAND = [
  "author",
  "createdAt",
  "lastModified",
  "downloads",
  "downloadsAllTime",
  "likes",
  "private",
  "gated",
  "library_name",
  "spaces",
  "safetensors",
  "tags"
];
var ID_PART = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$/;
function isHubId(id) {
  if (id.includes("--") || id.includes("..")) return false;
  const parts = id.split("/");
  return parts.length <= 2 && parts.every((part) => ID_PART.test(part));
}
var Malformed = class extends Error {
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function present(item, key) {
  const value = item[key];
  return value === null ? void 0 : value;
}
function requiredString(item, key) {
  const value = present(item, key);
  if (typeof value !== "string" || value === "") throw new Malformed(`${key} must be a non-empty string, got ${show(value)}`);
  return value;
}
function count(item, key, fallback) {
  const value = present(item, key);
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Malformed(`${key} must be a non-negative integer, got ${show(value)}`);
  }
  return value;
}
function date(item, key) {
  const value = present(item, key);
  if (value === void 0) return null;
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Malformed(`${key} must be an ISO-8601 date, got ${show(value)}`);
  return ms;
}
function bool(item, key) {
  const value = present(item, key);
  if (value === void 0) return false;
  if (typeof value !== "boolean") throw new Malformed(`${key} must be a boolean, got ${show(value)}`);
  return value;
}
function gated(item) {
  const value = present(item, "gated");
  if (value === void 0 || value === false) return "false";
  if (value === "auto" || value === "manual") return value;
  throw new Malformed(`gated must be false, "auto" or "manual", got ${show(value)}`);
}
function spaces(item) {
  const value = present(item, "spaces");
  if (value === void 0) return 0;
  if (!Array.isArray(value)) throw new Malformed(`spaces must be an array, got ${show(value)}`);
  return value.length;
}
function parameters(item) {
  const value = present(item, "safetensors");
  if (value === void 0) return null;
  if (!isObject(value)) throw new Malformed(`safetensors must be an object, got ${show(value)}`);
  return count(value, "total", null);
}
function library(item) {
  const value = present(item, "library_name");
  if (value === void 0) return "";
  if (typeof value !== "string") throw new Malformed(`library_name must be a string, got ${show(value)}`);
  return value;
}
var NO_LINEAGE = { baseModel: "", relation: "", license: "" };
function lineageOfTags(tags2) {
  let parents;
  let relation = "";
  let license = "";
  for (const tag of tags2) {
    if (tag.startsWith("base_model:")) {
      let parent = tag.slice(11);
      const colon = parent.indexOf(":");
      if (colon > 0) {
        const kind = parent.slice(0, colon);
        if (RELATIONS.includes(kind)) {
          if (relation === "") relation = kind;
          parent = parent.slice(colon + 1);
        }
      }
      if (parent === "") continue;
      parents ??= [];
      if (!parents.includes(parent)) parents.push(parent);
    } else if (license === "" && tag.startsWith("license:")) {
      license = tag.slice(8);
    }
  }
  if (!parents && relation === "" && license === "") return NO_LINEAGE;
  return { baseModel: parents ? parents.join(";") : "", relation, license };
}
function tags(item) {
  const value = present(item, "tags");
  if (value === void 0) return NO_LINEAGE;
  if (!Array.isArray(value) || value.some((t) => typeof t !== "string")) throw new Malformed(`tags must be an array of strings, got ${show(value)}`);
  return lineageOfTags(value);
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
function parseModelItem(raw, pipelineTag = "") {
  if (!isObject(raw)) return { ok: false, id: "?", problem: `item is not an object: ${show(raw)}`, invalidId: false };
  const id = typeof raw.id === "string" ? raw.id : "?";
  try {
    const key = requiredString(raw, "_id");
    requiredString(raw, "id");
    if (!isHubId(id)) return { ok: false, id, problem: "not an id the Hub issues", invalidId: true };
    const createdAt = date(raw, "createdAt");
    if (createdAt === null) throw new Malformed("createdAt is missing");
    const authorValue = present(raw, "author");
    if (authorValue !== void 0 && typeof authorValue !== "string") {
      throw new Malformed(`author must be a string, got ${show(authorValue)}`);
    }
    const slash = id.indexOf("/");
    const author = authorValue ?? (slash > 0 ? id.slice(0, slash) : "");
    const record = {
      id,
      author,
      likes: count(raw, "likes", 0),
      downloads: count(raw, "downloads", 0),
      createdAt,
      private: bool(raw, "private"),
      gated: gated(raw),
      library: library(raw),
      usedStorage: count(raw, "usedStorage", null),
      spaces: spaces(raw),
      lastModified: date(raw, "lastModified"),
      downloadsAllTime: count(raw, "downloadsAllTime", null),
      parameters: parameters(raw),
      ...tags(raw),
      downloadsAllTimePrevious: null,
      pipelineTag
    };
    return { ok: true, key, record };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, id, problem: error.message, invalidId: false };
    throw error;
  }
}

// src/publish/hf-api.ts
import { createHash } from "node:crypto";

// node_modules/ky/distribution/errors/KyError.js
var KyError = class extends Error {
  name = "KyError";
  get isKyError() {
    return true;
  }
};

// node_modules/ky/distribution/errors/HTTPError.js
var HTTPError = class extends KyError {
  name = "HTTPError";
  response;
  request;
  options;
  data;
  constructor(response, request2, options) {
    const code = response.status || response.status === 0 ? response.status : "";
    const title = response.statusText ?? "";
    const status = `${code} ${title}`.trim();
    const reason = status ? `status code ${status}` : "an unknown error";
    super(`Request failed with ${reason}: ${request2.method} ${request2.url}`);
    this.response = response;
    this.request = request2;
    this.options = options;
  }
};

// node_modules/ky/distribution/errors/NetworkError.js
var NetworkError = class extends KyError {
  name = "NetworkError";
  request;
  constructor(request2, options) {
    super(`Request failed due to a network error: ${request2.method} ${request2.url}`, options);
    this.request = request2;
  }
};

// node_modules/ky/distribution/errors/NonError.js
var NonError = class extends Error {
  name = "NonError";
  value;
  constructor(value) {
    let message = "Non-error value was thrown";
    try {
      if (typeof value === "string") {
        message = value;
      } else if (value && typeof value === "object" && "message" in value && typeof value.message === "string") {
        message = value.message;
      }
    } catch {
    }
    super(message);
    this.value = value;
  }
};

// node_modules/ky/distribution/errors/ForceRetryError.js
var ForceRetryError = class extends KyError {
  name = "ForceRetryError";
  customDelay;
  code;
  customRequest;
  constructor(options) {
    const cause = options?.cause ? options.cause instanceof Error ? options.cause : new NonError(options.cause) : void 0;
    super(options?.code ? `Forced retry: ${options.code}` : "Forced retry", cause ? { cause } : void 0);
    this.customDelay = options?.delay;
    this.code = options?.code;
    this.customRequest = options?.request;
  }
};

// node_modules/ky/distribution/errors/SchemaValidationError.js
var SchemaValidationError = class extends Error {
  name = "SchemaValidationError";
  issues;
  constructor(issues) {
    super("Response schema validation failed");
    this.issues = issues;
  }
};

// node_modules/ky/distribution/errors/TimeoutError.js
var TimeoutError = class extends KyError {
  name = "TimeoutError";
  request;
  constructor(request2) {
    super(`Request timed out: ${request2.method} ${request2.url}`);
    this.request = request2;
  }
};

// node_modules/ky/distribution/core/constants.js
var supportsRequestStreams = (() => {
  let duplexAccessed = false;
  let hasContentType = false;
  const supportsReadableStream = typeof globalThis.ReadableStream === "function";
  const supportsRequest = typeof globalThis.Request === "function";
  if (supportsReadableStream && supportsRequest) {
    try {
      hasContentType = new globalThis.Request("https://empty.invalid", {
        body: new globalThis.ReadableStream(),
        method: "POST",
        // @ts-expect-error - Types are outdated.
        get duplex() {
          duplexAccessed = true;
          return "half";
        }
      }).headers.has("Content-Type");
    } catch (error) {
      if (error instanceof Error && error.message === "unsupported BodyInit type") {
        return false;
      }
      throw error;
    }
  }
  return duplexAccessed && !hasContentType;
})();
var supportsAbortController = typeof globalThis.AbortController === "function";
var supportsAbortSignal = typeof globalThis.AbortSignal === "function" && typeof globalThis.AbortSignal.any === "function";
var supportsResponseStreams = typeof globalThis.ReadableStream === "function";
var supportsFormData = typeof globalThis.FormData === "function";
var requestMethods = ["get", "post", "put", "patch", "head", "delete", "query"];
var validate = () => void 0;
validate();
var responseTypes = {
  json: "application/json",
  text: "text/*",
  formData: "multipart/form-data",
  arrayBuffer: "*/*",
  blob: "*/*",
  // Supported in modern Fetch implementations (for example, browsers and recent Node.js/undici).
  // We still feature-check at runtime before exposing the shortcut.
  bytes: "*/*"
};
var maxSafeTimeout = 2147483647;
var usualFormBoundarySize = 40;
var stop = /* @__PURE__ */ Symbol("stop");
var RetryMarker = class {
  options;
  constructor(options) {
    this.options = options;
  }
};
var retry = (options) => new RetryMarker(options);
var kyOptionKeys = {
  json: true,
  parseJson: true,
  stringifyJson: true,
  searchParams: true,
  baseUrl: true,
  prefix: true,
  retry: true,
  timeout: true,
  totalTimeout: true,
  hooks: true,
  throwHttpErrors: true,
  onDownloadProgress: true,
  onUploadProgress: true,
  fetch: true,
  context: true
};
var requestOptionsRegistry = {
  method: true,
  headers: true,
  body: true,
  mode: true,
  credentials: true,
  cache: true,
  redirect: true,
  referrer: true,
  referrerPolicy: true,
  integrity: true,
  keepalive: true,
  signal: true,
  window: true,
  duplex: true
};

// node_modules/ky/distribution/utils/body.js
var encoder = new TextEncoder();
var getBodySize = (body) => {
  if (!body) {
    return 0;
  }
  if (body instanceof FormData) {
    let size = 0;
    for (const [key, value] of body) {
      size += usualFormBoundarySize;
      size += encoder.encode(`Content-Disposition: form-data; name="${key}"`).byteLength;
      size += typeof value === "string" ? encoder.encode(value).byteLength : value.size;
    }
    return size;
  }
  if (body instanceof Blob) {
    return body.size;
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return body.byteLength;
  }
  if (typeof body === "string") {
    return encoder.encode(body).byteLength;
  }
  if (body instanceof URLSearchParams) {
    return encoder.encode(body.toString()).byteLength;
  }
  return 0;
};
var withProgress = (stream, totalBytes, onProgress) => {
  let previousChunk;
  let transferredBytes = 0;
  return stream.pipeThrough(new TransformStream({
    transform(currentChunk, controller) {
      controller.enqueue(currentChunk);
      if (previousChunk) {
        transferredBytes += previousChunk.byteLength;
        let percent = totalBytes === 0 ? 0 : transferredBytes / totalBytes;
        if (percent >= 1) {
          percent = 1 - Number.EPSILON;
        }
        onProgress?.({ percent, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, previousChunk);
      }
      previousChunk = currentChunk;
    },
    flush() {
      const finalChunk = previousChunk ?? new Uint8Array();
      transferredBytes += finalChunk.byteLength;
      onProgress?.({ percent: 1, totalBytes: Math.max(totalBytes, transferredBytes), transferredBytes }, finalChunk);
    }
  }));
};
var streamResponse = (response, onDownloadProgress) => {
  if (!response.body) {
    return response;
  }
  const responseInit = {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  };
  if (response.status === 204) {
    return new Response(null, responseInit);
  }
  const totalBytes = Math.max(0, Number(response.headers.get("content-length")) || 0);
  return new Response(withProgress(response.body, totalBytes, onDownloadProgress), responseInit);
};
var streamRequest = (request2, onUploadProgress, originalBody) => {
  if (!request2.body) {
    return request2;
  }
  const totalBytes = getBodySize(originalBody ?? request2.body);
  return new Request(request2, {
    // @ts-expect-error - Types are outdated.
    duplex: "half",
    body: withProgress(request2.body, totalBytes, onUploadProgress)
  });
};

// node_modules/ky/distribution/utils/is.js
var isObject2 = (value) => value !== null && typeof value === "object";

// node_modules/ky/distribution/utils/merge.js
var replaceSymbol = /* @__PURE__ */ Symbol("replaceOption");
var getReplaceState = (value) => isObject2(value) && value[replaceSymbol] === true ? {
  isReplace: true,
  value: value.value
} : {
  isReplace: false,
  value
};
var validateAndMerge = (...sources) => {
  for (const source of sources) {
    if ((!isObject2(source) || Array.isArray(source)) && source !== void 0) {
      throw new TypeError("The `options` argument must be an object");
    }
  }
  return deepMerge({}, ...sources);
};
var mergeHeaders = (source1 = {}, source2 = {}) => {
  const result = new globalThis.Headers(source1);
  const isHeadersInstance = source2 instanceof globalThis.Headers;
  const source = new globalThis.Headers(source2);
  for (const [key, value] of source.entries()) {
    if (isHeadersInstance && value === "undefined" || value === void 0) {
      result.delete(key);
    } else {
      result.set(key, value);
    }
  }
  return result;
};
var isPlainObject = (value) => {
  if (!isObject2(value) || Array.isArray(value)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
var cloneShallow = (value) => {
  if (value instanceof URLSearchParams) {
    const copy = new URLSearchParams(value);
    const deleted = value[deletedParametersSymbol];
    if (deleted) {
      copy[deletedParametersSymbol] = new Set(deleted);
    }
    return copy;
  }
  if (value instanceof globalThis.Headers) {
    return new globalThis.Headers(value);
  }
  if (Array.isArray(value)) {
    return [...value];
  }
  if (isPlainObject(value)) {
    const copy = { ...value };
    return copy;
  }
  return value;
};
var normalizeHeaderObject = (headers) => Object.fromEntries(Object.entries(headers).filter((entry) => entry[1] !== void 0));
var mergeHeaderContainers = (source1, source2) => {
  if (isPlainObject(source1) && isPlainObject(source2)) {
    return normalizeHeaderObject({ ...source1, ...source2 });
  }
  return mergeHeaders(source1, source2);
};
function newHookValue(original, incoming, property) {
  return Object.hasOwn(incoming, property) && incoming[property] === void 0 ? [] : deepMerge(original[property] ?? [], incoming[property] ?? []);
}
var mergeHooks = (original = {}, incoming = {}) => ({
  init: newHookValue(original, incoming, "init"),
  beforeRequest: newHookValue(original, incoming, "beforeRequest"),
  beforeRetry: newHookValue(original, incoming, "beforeRetry"),
  beforeError: newHookValue(original, incoming, "beforeError"),
  afterResponse: newHookValue(original, incoming, "afterResponse")
});
var deletedParametersSymbol = /* @__PURE__ */ Symbol("deletedParameters");
var appendSearchParameters = (target, source) => {
  const result = new URLSearchParams();
  const deleted = /* @__PURE__ */ new Set();
  for (const input of [target, source]) {
    if (input === void 0) {
      continue;
    }
    if (input instanceof URLSearchParams) {
      for (const [key, value] of input.entries()) {
        result.append(key, value);
        deleted.delete(key);
      }
      const inputDeleted = input[deletedParametersSymbol];
      if (inputDeleted) {
        for (const key of inputDeleted) {
          result.delete(key);
          deleted.add(key);
        }
      }
    } else if (Array.isArray(input)) {
      for (const pair of input) {
        if (!Array.isArray(pair) || pair.length !== 2) {
          throw new TypeError("Array search parameters must be provided in [[key, value], ...] format");
        }
        result.append(String(pair[0]), String(pair[1]));
        deleted.delete(String(pair[0]));
      }
    } else if (isObject2(input)) {
      for (const [key, value] of Object.entries(input)) {
        if (value === void 0) {
          result.delete(key);
          deleted.add(key);
        } else {
          result.append(key, String(value));
          deleted.delete(key);
        }
      }
    } else {
      const parameters2 = new URLSearchParams(input);
      for (const [key, value] of parameters2.entries()) {
        result.append(key, value);
        deleted.delete(key);
      }
    }
  }
  if (deleted.size > 0) {
    result[deletedParametersSymbol] = deleted;
  }
  return result;
};
var deepMergeInternal = (isRoot, ...sources) => {
  let returnValue = {};
  let headers = {};
  let hooks = {};
  let searchParameters;
  const signals = [];
  for (const source of sources) {
    if (Array.isArray(source)) {
      if (!Array.isArray(returnValue)) {
        returnValue = [];
      }
      returnValue = [...returnValue, ...source];
    } else if (isObject2(source)) {
      for (let [key, value] of Object.entries(source)) {
        const replaceState = getReplaceState(value);
        const { isReplace } = replaceState;
        value = replaceState.value;
        const isRootSignal = isRoot && key === "signal";
        if (isRootSignal && (isReplace || value === void 0)) {
          signals.length = 0;
        }
        if (isRootSignal && value instanceof globalThis.AbortSignal) {
          signals.push(value);
          continue;
        }
        if (key === "context") {
          if (value !== void 0 && value !== null && (!isObject2(value) || Array.isArray(value))) {
            throw new TypeError("The `context` option must be an object");
          }
          returnValue = {
            ...returnValue,
            context: value === void 0 || value === null ? {} : isReplace ? { ...value } : { ...returnValue.context, ...value }
          };
          continue;
        }
        if (key === "searchParams") {
          if (value === void 0 || value === null) {
            searchParameters = void 0;
          } else if (isReplace) {
            searchParameters = value;
          } else {
            searchParameters = searchParameters === void 0 ? value : appendSearchParameters(searchParameters, value);
          }
          continue;
        }
        if (isRoot && key === "retry" && isObject2(value) && !isReplace && typeof returnValue[key] === "number") {
          returnValue = { ...returnValue, [key]: { limit: returnValue[key] } };
        }
        if (isObject2(value) && !isReplace && key in returnValue) {
          value = deepMergeInternal(false, returnValue[key], value);
        }
        returnValue = { ...returnValue, [key]: value };
      }
      if (isObject2(source.hooks)) {
        const { value: hookValue, isReplace } = getReplaceState(source.hooks);
        hooks = isReplace ? mergeHooks({}, hookValue) : mergeHooks(hooks, hookValue);
        returnValue.hooks = hooks;
      }
      if (isObject2(source.headers)) {
        const { value: headerValue, isReplace } = getReplaceState(source.headers);
        headers = isReplace ? cloneShallow(headerValue) : mergeHeaderContainers(headers, headerValue);
        returnValue.headers = headers;
      }
    }
  }
  if (searchParameters !== void 0) {
    returnValue.searchParams = searchParameters;
  }
  if (signals.length > 0) {
    if (signals.length === 1) {
      returnValue.signal = signals[0];
    } else if (supportsAbortSignal) {
      returnValue.signal = AbortSignal.any(signals);
    } else {
      returnValue.signal = signals.at(-1);
    }
  }
  return returnValue;
};
var deepMerge = (...sources) => deepMergeInternal(true, ...sources);

// node_modules/ky/distribution/utils/normalize.js
var normalizeRequestMethod = (input) => requestMethods.includes(input) ? input.toUpperCase() : input;
var retryMethods = ["get", "put", "head", "delete", "options", "trace", "query"];
var retryStatusCodes = [408, 413, 429, 500, 502, 503, 504];
var retryAfterStatusCodes = [413, 429, 503];
var invalidRetryLimitErrorMessage = "`retry.limit` must be a finite, non-negative integer";
var defaultRetryOptions = {
  limit: 2,
  methods: retryMethods,
  statusCodes: retryStatusCodes,
  afterStatusCodes: retryAfterStatusCodes,
  maxRetryAfter: Number.POSITIVE_INFINITY,
  backoffLimit: Number.POSITIVE_INFINITY,
  delay: (attemptCount) => 0.3 * 2 ** (attemptCount - 1) * 1e3,
  jitter: void 0,
  retryOnTimeout: false
};
var getDefaultRetryOptions = () => ({
  ...defaultRetryOptions,
  methods: [...defaultRetryOptions.methods],
  statusCodes: [...defaultRetryOptions.statusCodes],
  afterStatusCodes: [...defaultRetryOptions.afterStatusCodes]
});
var normalizeRetryLimit = (retryLimit) => {
  if (retryLimit === void 0) {
    return defaultRetryOptions.limit;
  }
  if (typeof retryLimit !== "number" || !Number.isInteger(retryLimit) || retryLimit < 0) {
    throw new TypeError(invalidRetryLimitErrorMessage);
  }
  return retryLimit;
};
var normalizeRetryOptions = (retry3 = {}) => {
  if (typeof retry3 === "number") {
    return {
      ...getDefaultRetryOptions(),
      limit: normalizeRetryLimit(retry3)
    };
  }
  if (retry3 === null || typeof retry3 !== "object" || Array.isArray(retry3)) {
    throw new TypeError("`retry` must be a number or an object");
  }
  const normalizedRetry = Object.fromEntries(Object.entries(retry3).filter(([, value]) => value !== void 0));
  const retryLimit = normalizeRetryLimit(normalizedRetry.limit);
  if (normalizedRetry.methods !== void 0 && !Array.isArray(normalizedRetry.methods)) {
    throw new Error("retry.methods must be an array");
  }
  if (normalizedRetry.statusCodes !== void 0 && !Array.isArray(normalizedRetry.statusCodes)) {
    throw new Error("retry.statusCodes must be an array");
  }
  if (normalizedRetry.afterStatusCodes !== void 0 && !Array.isArray(normalizedRetry.afterStatusCodes)) {
    throw new Error("retry.afterStatusCodes must be an array");
  }
  if (normalizedRetry.methods !== void 0) {
    normalizedRetry.methods = normalizedRetry.methods.map((method) => method.toLowerCase());
  }
  if (normalizedRetry.statusCodes !== void 0) {
    normalizedRetry.statusCodes = [...normalizedRetry.statusCodes];
  }
  if (normalizedRetry.afterStatusCodes !== void 0) {
    normalizedRetry.afterStatusCodes = [...normalizedRetry.afterStatusCodes];
  }
  return {
    ...getDefaultRetryOptions(),
    ...normalizedRetry,
    limit: retryLimit
  };
};

// node_modules/ky/distribution/utils/timeout.js
async function timeout(request2, init, abortController, options) {
  return new Promise((resolve3, reject) => {
    const timeoutId = setTimeout(() => {
      if (abortController) {
        abortController.abort();
      }
      reject(new TimeoutError(request2));
    }, options.timeout);
    void options.fetch(request2, init).then(resolve3).catch(reject).then(() => {
      clearTimeout(timeoutId);
    });
  });
}

// node_modules/ky/distribution/utils/delay.js
async function delay(ms, { signal }) {
  return new Promise((resolve3, reject) => {
    if (signal) {
      signal.throwIfAborted();
      signal.addEventListener("abort", abortHandler, { once: true });
    }
    function abortHandler() {
      clearTimeout(timeoutId);
      reject(signal.reason);
    }
    const timeoutId = setTimeout(() => {
      signal?.removeEventListener("abort", abortHandler);
      resolve3();
    }, ms);
  });
}

// node_modules/ky/distribution/utils/options.js
var findUnknownOptions = (options) => {
  const unknownOptions = {};
  for (const key in options) {
    if (!Object.hasOwn(options, key)) {
      continue;
    }
    if (!(key in requestOptionsRegistry) && !(key in kyOptionKeys)) {
      unknownOptions[key] = options[key];
    }
  }
  return unknownOptions;
};
var hasSearchParameters = (search) => {
  if (search === void 0) {
    return false;
  }
  if (Array.isArray(search)) {
    return search.length > 0;
  }
  if (search instanceof URLSearchParams) {
    return search.size > 0 || Boolean(search[deletedParametersSymbol]?.size);
  }
  if (typeof search === "object") {
    return Object.keys(search).length > 0;
  }
  if (typeof search === "string") {
    return search.trim().length > 0;
  }
  return Boolean(search);
};

// node_modules/ky/distribution/utils/is-network-error.js
var objectToString = Object.prototype.toString;
var isError = (value) => objectToString.call(value) === "[object Error]";
var errorMessages = /* @__PURE__ */ new Set([
  "network error",
  // Chrome
  "NetworkError when attempting to fetch resource.",
  // Firefox
  "The Internet connection appears to be offline.",
  // Safari 16
  "Network request failed",
  // `cross-fetch`
  "fetch failed",
  // Undici (Node.js)
  "terminated",
  // Undici (Node.js)
  " A network error occurred.",
  // Bun (WebKit) - leading space is intentional
  "Network connection lost"
  // Cloudflare Workers (fetch)
]);
function isRawNetworkError(error) {
  const isValid = error && isError(error) && error.name === "TypeError" && typeof error.message === "string";
  if (!isValid) {
    return false;
  }
  const { message, stack } = error;
  if (message === "Load failed" || message.startsWith("Load failed (") && message.endsWith(")")) {
    return stack === void 0 || "__sentry_captured__" in error;
  }
  if (message.startsWith("error sending request for url")) {
    return true;
  }
  if (message === "Failed to fetch" || message.startsWith("Failed to fetch (") && message.endsWith(")")) {
    return true;
  }
  return errorMessages.has(message);
}

// node_modules/ky/distribution/utils/type-guards.js
var isErrorType = (error, cls) => error instanceof cls || error?.name === cls.name;
function isHTTPError(error) {
  return isErrorType(error, HTTPError);
}
function isNetworkError(error) {
  return isErrorType(error, NetworkError);
}
function isTimeoutError(error) {
  return isErrorType(error, TimeoutError);
}

// node_modules/ky/distribution/core/retry-timing.js
var timestampThreshold = Date.parse("2024-01-01");
var delayPattern = /^\d+$/;
var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var imfDatePattern = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
var rfc850DatePattern = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
var asctimeDatePattern = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}| \d) (\d{2}:\d{2}:\d{2}) (\d{4})$/;
var getRetryTimingHeader = (headers) => {
  const retryAfter = headers.get("Retry-After");
  if (retryAfter !== null) {
    return { value: retryAfter, allowTimestamp: false };
  }
  const rateLimitReset = headers.get("RateLimit-Reset");
  if (rateLimitReset !== null) {
    return { value: rateLimitReset, allowTimestamp: true };
  }
  const rateLimitRetryAfter = headers.get("X-RateLimit-Retry-After");
  if (rateLimitRetryAfter !== null) {
    return { value: rateLimitRetryAfter, allowTimestamp: false };
  }
  const rateLimitResetAlias = headers.get("X-RateLimit-Reset") ?? headers.get("X-Rate-Limit-Reset");
  if (rateLimitResetAlias !== null) {
    return { value: rateLimitResetAlias, allowTimestamp: true };
  }
  return void 0;
};
var createTimestamp = ({ year, month, day, hours, minutes, seconds }) => {
  const monthIndex = months.indexOf(month);
  const dayNumber = Number(day);
  const hoursNumber = Number(hours);
  const minutesNumber = Number(minutes);
  const secondsNumber = Number(seconds);
  if (monthIndex === -1 || hoursNumber > 23 || minutesNumber > 59 || secondsNumber > 60) {
    return void 0;
  }
  const normalizedSeconds = Math.min(secondsNumber, 59);
  const date2 = new Date(Date.UTC(year, monthIndex, dayNumber, hoursNumber, minutesNumber, normalizedSeconds));
  date2.setUTCFullYear(year);
  const timestamp = date2.getTime();
  if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== monthIndex || date2.getUTCDate() !== dayNumber || date2.getUTCHours() !== hoursNumber || date2.getUTCMinutes() !== minutesNumber || date2.getUTCSeconds() !== normalizedSeconds) {
    return void 0;
  }
  return secondsNumber === 60 ? timestamp + 1e3 : timestamp;
};
var getCapture = (match, index) => match[index];
var parseDate = (value) => {
  const imfDate = imfDatePattern.exec(value);
  if (imfDate) {
    return createTimestamp({
      year: Number(getCapture(imfDate, 3)),
      month: getCapture(imfDate, 2),
      day: getCapture(imfDate, 1),
      hours: getCapture(imfDate, 4),
      minutes: getCapture(imfDate, 5),
      seconds: getCapture(imfDate, 6)
    });
  }
  const rfc850Date = rfc850DatePattern.exec(value);
  if (rfc850Date) {
    const now = /* @__PURE__ */ new Date();
    const twoDigitYear = Number(getCapture(rfc850Date, 3));
    const currentCenturyYear = Math.floor(now.getUTCFullYear() / 100) * 100 + twoDigitYear;
    const fiftyYearsFromNow = Date.UTC(now.getUTCFullYear() + 50, now.getUTCMonth(), now.getUTCDate(), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
    let timestamp;
    for (const year of [
      currentCenturyYear - 100,
      currentCenturyYear,
      currentCenturyYear + 100
    ]) {
      const candidateTimestamp = createTimestamp({
        year,
        month: getCapture(rfc850Date, 2),
        day: getCapture(rfc850Date, 1),
        hours: getCapture(rfc850Date, 4),
        minutes: getCapture(rfc850Date, 5),
        seconds: getCapture(rfc850Date, 6)
      });
      if (candidateTimestamp !== void 0 && candidateTimestamp <= fiftyYearsFromNow) {
        timestamp = candidateTimestamp;
      }
    }
    return timestamp;
  }
  const asctimeDate = asctimeDatePattern.exec(value);
  if (asctimeDate) {
    const time = getCapture(asctimeDate, 4);
    const [hours, minutes, seconds] = time.split(":");
    return createTimestamp({
      year: Number(getCapture(asctimeDate, 5)),
      month: getCapture(asctimeDate, 2),
      day: getCapture(asctimeDate, 3).trim(),
      hours,
      minutes,
      seconds
    });
  }
  return void 0;
};
var calculateRetryTimingDelay = ({ value, allowTimestamp }) => {
  if (delayPattern.test(value)) {
    let delay3 = Number(value) * 1e3;
    if (allowTimestamp && delay3 >= timestampThreshold) {
      delay3 -= Date.now();
    }
    return Math.max(0, delay3);
  }
  const timestamp = parseDate(value);
  if (timestamp === void 0) {
    return void 0;
  }
  const delay2 = timestamp - Date.now();
  return Number.isFinite(delay2) ? Math.max(0, delay2) : void 0;
};

// node_modules/ky/distribution/core/Ky.js
var maxErrorResponseBodySize = 10 * 1024 * 1024;
var prefixUrlRenamedErrorMessage = "The `prefixUrl` option has been renamed `prefix` in v2 and enhanced to allow slashes in input. See also the new `baseUrl` option for improved flexibility with standard URL resolution: https://github.com/sindresorhus/ky#baseurl";
var timedOutResponseData = /* @__PURE__ */ Symbol("timedOutResponseData");
var timedOutOperation = /* @__PURE__ */ Symbol("timedOutOperation");
var createTextDecoder = (contentType) => {
  const match = /;\s*charset\s*=\s*(?:"([^"]+)"|([^;,\s]+))/i.exec(contentType);
  const charset = match?.[1] ?? match?.[2];
  if (charset) {
    try {
      return new TextDecoder(charset);
    } catch {
    }
  }
  return new TextDecoder();
};
var invalidSchemaMessage = "The `schema` argument must follow the Standard Schema specification";
var cloneRetryOptions = (retry3) => {
  if (retry3 === null || typeof retry3 !== "object" || Array.isArray(retry3)) {
    return retry3;
  }
  const clonedRetry = { ...retry3 };
  if (Array.isArray(clonedRetry.methods)) {
    clonedRetry.methods = [...clonedRetry.methods];
  }
  if (Array.isArray(clonedRetry.statusCodes)) {
    clonedRetry.statusCodes = [...clonedRetry.statusCodes];
  }
  if (Array.isArray(clonedRetry.afterStatusCodes)) {
    clonedRetry.afterStatusCodes = [...clonedRetry.afterStatusCodes];
  }
  return clonedRetry;
};
var objectToString2 = Object.prototype.toString;
var leadingC0ControlOrSpacePattern = /^[\0-\u0020]+/g;
var asciiTabOrNewLinePattern = /[\t\n\r]/g;
var schemePattern = /^[a-z][\d+.a-z-]*:/i;
var malformedHttpProtocolPattern = /^https?:(?!\/\/)/i;
var isRequestInstance = (value) => value instanceof globalThis.Request || objectToString2.call(value) === "[object Request]";
var isResponseInstance = (value) => value instanceof globalThis.Response || objectToString2.call(value) === "[object Response]";
var isAbsoluteInput = (input) => schemePattern.test(input);
var normalizeInputForProtocolCheck = (input) => input.replaceAll(leadingC0ControlOrSpacePattern, "").replaceAll(asciiTabOrNewLinePattern, "");
var cloneSearchParametersForInitHook = (searchParameters) => {
  if (Array.isArray(searchParameters)) {
    return searchParameters.map((parameter) => [...parameter]);
  }
  return cloneShallow(searchParameters);
};
function cloneInitHookOptions(options) {
  const clonedOptions = {
    ...options,
    json: cloneShallow(options.json),
    context: cloneShallow(options.context),
    headers: cloneShallow(options.headers),
    searchParams: cloneSearchParametersForInitHook(options.searchParams)
  };
  if (options.retry !== void 0) {
    clonedOptions.retry = cloneRetryOptions(options.retry);
  }
  return clonedOptions;
}
var validateJsonWithSchema = async (jsonValue, schema) => {
  if (typeof schema !== "object" && typeof schema !== "function" || schema === null) {
    throw new TypeError(invalidSchemaMessage);
  }
  const standardSchema = schema["~standard"];
  if (typeof standardSchema !== "object" || standardSchema === null || typeof standardSchema.validate !== "function") {
    throw new TypeError(invalidSchemaMessage);
  }
  const validationResult = await standardSchema.validate(jsonValue);
  if (validationResult.issues) {
    throw new SchemaValidationError(validationResult.issues);
  }
  return validationResult.value;
};
var Ky = class _Ky {
  static create(input, options) {
    const initHooks = options.hooks?.init ?? [];
    const initHookOptions = initHooks.length > 0 ? cloneInitHookOptions(options) : options;
    for (const hook2 of initHooks) {
      hook2(initHookOptions);
    }
    const ky2 = new _Ky(input, initHookOptions);
    const function_ = async () => {
      if (typeof ky2.#options.timeout === "number" && ky2.#options.timeout > maxSafeTimeout) {
        throw new RangeError(`The \`timeout\` option cannot be greater than ${maxSafeTimeout}`);
      }
      if (typeof ky2.#options.totalTimeout === "number" && ky2.#options.totalTimeout > maxSafeTimeout) {
        throw new RangeError(`The \`totalTimeout\` option cannot be greater than ${maxSafeTimeout}`);
      }
      await Promise.resolve();
      const beforeRequestResponse = await ky2.#runBeforeRequestHooks();
      if (beforeRequestResponse !== void 0) {
        ky2.#retryLimit = normalizeRetryOptions(ky2.#options.retry).limit;
      }
      let response = beforeRequestResponse ?? await ky2.#retry(async () => ky2.#fetch());
      let responseFromHook = beforeRequestResponse !== void 0 || ky2.#consumeReturnedResponseFromBeforeRetryHook();
      for (; ; ) {
        if (response === void 0) {
          return response;
        }
        if (isResponseInstance(response)) {
          try {
            response = await ky2.#runAfterResponseHooks(response);
          } catch (error) {
            if (!(error instanceof ForceRetryError)) {
              throw error;
            }
            const retriedResponse = await ky2.#retryFromError(error, async () => ky2.#fetch());
            if (retriedResponse === void 0) {
              return retriedResponse;
            }
            response = retriedResponse;
            responseFromHook = ky2.#consumeReturnedResponseFromBeforeRetryHook();
            continue;
          }
        }
        const currentResponse = response;
        if (!currentResponse.ok && currentResponse.type !== "opaque" && (typeof ky2.#options.throwHttpErrors === "function" ? ky2.#options.throwHttpErrors(currentResponse.status) : ky2.#options.throwHttpErrors)) {
          const httpError = new HTTPError(currentResponse, ky2.#getResponseRequest(currentResponse), ky2.#getNormalizedOptions());
          const errorToThrow = httpError;
          httpError.data = await ky2.#getResponseData(currentResponse);
          if (responseFromHook) {
            throw errorToThrow;
          }
          const retriedResponse = await ky2.#retryFromError(httpError, async () => ky2.#fetch());
          if (retriedResponse === void 0) {
            return retriedResponse;
          }
          response = retriedResponse;
          responseFromHook = ky2.#consumeReturnedResponseFromBeforeRetryHook();
          continue;
        }
        break;
      }
      if (!isResponseInstance(response)) {
        return response;
      }
      ky2.#decorateResponse(response);
      if (ky2.#options.onDownloadProgress) {
        if (typeof ky2.#options.onDownloadProgress !== "function") {
          throw new TypeError("The `onDownloadProgress` option must be a function");
        }
        if (!supportsResponseStreams) {
          throw new Error("Streams are not supported in your environment. `ReadableStream` is missing.");
        }
        const progressResponse = response.clone();
        ky2.#cancelResponseBody(response);
        return streamResponse(progressResponse, ky2.#options.onDownloadProgress);
      }
      return response;
    };
    const result = (async () => {
      try {
        return await function_();
      } catch (error) {
        await ky2.#throwProcessedError(error);
      } finally {
        const originalRequest = ky2.#originalRequest;
        ky2.#cancelBody(originalRequest?.body ?? void 0);
        if (ky2.request !== originalRequest) {
          ky2.#cancelBody(ky2.request.body ?? void 0);
        }
      }
    })();
    for (const [type, mimeType] of Object.entries(responseTypes)) {
      if (type === "bytes" && typeof globalThis.Response?.prototype?.bytes !== "function") {
        continue;
      }
      result[type] = async (schema) => {
        ky2.request.headers.set("accept", ky2.request.headers.get("accept") || mimeType);
        const response = await result;
        if (type !== "json") {
          return ky2.#raceBodyRead(async () => response[type](), response);
        }
        const text = await ky2.#raceBodyRead(async () => response.text(), response);
        const request2 = ky2.#getResponseRequest(response);
        const parsedResult = await ky2.#raceWithTotalTimeout(async () => {
          const jsonValue = initHookOptions.parseJson ? await initHookOptions.parseJson(text, { request: request2, response }) : text === "" && schema !== void 0 ? void 0 : JSON.parse(text);
          return schema === void 0 ? jsonValue : validateJsonWithSchema(jsonValue, schema);
        });
        if (parsedResult === timedOutOperation) {
          await ky2.#throwProcessedError(new TimeoutError(request2));
        }
        return parsedResult;
      };
    }
    return result;
  }
  // eslint-disable-next-line unicorn/prevent-abbreviations
  static #normalizeSearchParams(searchParams) {
    if (searchParams && typeof searchParams === "object" && !Array.isArray(searchParams) && !(searchParams instanceof URLSearchParams)) {
      return Object.fromEntries(Object.entries(searchParams).filter(([, value]) => value !== void 0));
    }
    return searchParams;
  }
  request;
  #abortController;
  #retryCount = 0;
  #retryLimit;
  #input;
  #options;
  #originalRequest;
  #userProvidedAbortSignal;
  #beforeRetryHookErrors = /* @__PURE__ */ new WeakSet();
  #cachedNormalizedOptions;
  #startTime;
  #returnedResponseFromBeforeRetryHook = false;
  #responseRequests = /* @__PURE__ */ new WeakMap();
  // eslint-disable-next-line complexity
  constructor(input, options = {}) {
    this.#input = input;
    if (Object.hasOwn(options, "prefixUrl")) {
      throw new Error(prefixUrlRenamedErrorMessage);
    }
    this.#options = {
      ...options,
      headers: mergeHeaders(this.#input.headers, options.headers),
      hooks: mergeHooks({}, options.hooks),
      method: normalizeRequestMethod(options.method ?? this.#input.method ?? "GET"),
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      prefix: String(options.prefix || ""),
      retry: normalizeRetryOptions(options.retry),
      throwHttpErrors: options.throwHttpErrors ?? true,
      timeout: options.timeout ?? 1e4,
      totalTimeout: options.totalTimeout ?? false,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      context: options.context ?? {}
    };
    this.#retryLimit = this.#options.retry.limit;
    if (typeof this.#input !== "string" && !(this.#input instanceof URL || this.#input instanceof globalThis.Request)) {
      throw new TypeError("`input` must be a string, URL, or Request");
    }
    if (typeof this.#input === "string") {
      if (this.#options.prefix) {
        const normalizedPrefix = this.#options.prefix.replace(/\/+$/, "");
        const normalizedInput = this.#input.replace(/^\/+/, "");
        this.#input = `${normalizedPrefix}/${normalizedInput}`;
      }
      if (this.#options.baseUrl) {
        const normalizedInput = normalizeInputForProtocolCheck(this.#input);
        if (malformedHttpProtocolPattern.test(normalizedInput)) {
          throw new TypeError("`input` url protocol must be followed by `//` when using `baseUrl`");
        }
        if (!isAbsoluteInput(normalizedInput)) {
          this.#input = new URL(this.#input, new Request(this.#options.baseUrl).url);
        }
      }
    }
    if (supportsAbortController && supportsAbortSignal) {
      this.#userProvidedAbortSignal = this.#options.signal ?? this.#input.signal;
      this.#abortController = new globalThis.AbortController();
      this.#options.signal = this.#createManagedSignal();
    }
    if (supportsRequestStreams) {
      this.#options.duplex = "half";
    }
    if (this.#options.json !== void 0) {
      this.#options.body = this.#options.stringifyJson?.(this.#options.json) ?? JSON.stringify(this.#options.json);
      this.#options.headers.set("content-type", this.#options.headers.get("content-type") ?? "application/json");
    }
    const userProvidedContentType = options.headers && new globalThis.Headers(options.headers).has("content-type");
    if (this.#input instanceof globalThis.Request && (supportsFormData && this.#options.body instanceof globalThis.FormData || this.#options.body instanceof URLSearchParams) && !userProvidedContentType) {
      this.#options.headers.delete("content-type");
    }
    this.request = new globalThis.Request(this.#input, this.#options);
    if (hasSearchParameters(this.#options.searchParams)) {
      const url = new URL(this.request.url);
      const deleted = this.#options.searchParams?.[deletedParametersSymbol];
      if (deleted) {
        for (const key of deleted) {
          url.searchParams.delete(key);
        }
      }
      if (typeof this.#options.searchParams === "string") {
        const stringSearchParameters = this.#options.searchParams.replace(/^\?/, "");
        if (stringSearchParameters !== "") {
          url.search = url.search ? `${url.search}&${stringSearchParameters}` : `?${stringSearchParameters}`;
        }
      } else {
        const optionsSearchParameters = new URLSearchParams(_Ky.#normalizeSearchParams(this.#options.searchParams));
        for (const [key, value] of optionsSearchParameters.entries()) {
          url.searchParams.append(key, value);
        }
      }
      if (this.#options.searchParams && typeof this.#options.searchParams === "object" && !Array.isArray(this.#options.searchParams) && !(this.#options.searchParams instanceof URLSearchParams)) {
        for (const [key, value] of Object.entries(this.#options.searchParams)) {
          if (value === void 0) {
            url.searchParams.delete(key);
          }
        }
      }
      this.request = new globalThis.Request(url, this.#options);
    }
    if (this.#options.onUploadProgress && typeof this.#options.onUploadProgress !== "function") {
      throw new TypeError("The `onUploadProgress` option must be a function");
    }
    this.#startTime = typeof this.#options.totalTimeout === "number" ? this.#getCurrentTime() : void 0;
  }
  #calculateDelay(retry3) {
    const retryDelay = retry3.delay(this.#retryCount + 1);
    let jitteredDelay = retryDelay;
    if (retry3.jitter === true) {
      jitteredDelay = Math.random() * retryDelay;
    } else if (typeof retry3.jitter === "function") {
      jitteredDelay = retry3.jitter(retryDelay);
      if (!Number.isFinite(jitteredDelay) || jitteredDelay < 0) {
        jitteredDelay = retryDelay;
      }
    }
    return Math.min(retry3.backoffLimit, jitteredDelay);
  }
  async #calculateRetryDelay(error) {
    const retry3 = normalizeRetryOptions(this.#options.retry);
    if (this.#retryCount >= Math.min(retry3.limit, this.#retryLimit)) {
      throw error;
    }
    const errorObject = error instanceof Error ? error : new NonError(error);
    if (errorObject instanceof ForceRetryError) {
      return errorObject.customDelay ?? this.#calculateDelay(retry3);
    }
    if (!retry3.methods.includes(this.request.method.toLowerCase())) {
      throw error;
    }
    const { shouldRetry } = retry3;
    if (shouldRetry !== void 0) {
      const result = await this.#raceWithTotalTimeout(async () => shouldRetry({ error: errorObject, retryCount: this.#retryCount + 1 }));
      if (result === timedOutOperation) {
        throw new TimeoutError(this.request);
      }
      if (result === false) {
        throw error;
      }
      if (result === true) {
        return this.#calculateDelay(retry3);
      }
    }
    if (isTimeoutError(error)) {
      if (!retry3.retryOnTimeout) {
        throw error;
      }
      return this.#calculateDelay(retry3);
    }
    if (isHTTPError(error)) {
      if (!retry3.statusCodes.includes(error.response.status)) {
        throw error;
      }
      const retryTimingHeader = getRetryTimingHeader(error.response.headers);
      if (retryTimingHeader && retry3.afterStatusCodes.includes(error.response.status)) {
        const after = calculateRetryTimingDelay(retryTimingHeader);
        if (after === void 0) {
          return this.#calculateDelay(retry3);
        }
        return Math.min(retry3.maxRetryAfter, after);
      }
      if (error.response.status === 413) {
        throw error;
      }
      return this.#calculateDelay(retry3);
    }
    if (!isNetworkError(error)) {
      throw error;
    }
    return this.#calculateDelay(retry3);
  }
  #decorateResponse(response) {
    const request2 = this.#getResponseRequest(response);
    if (this.#options.parseJson) {
      response.json = async () => {
        const text = await response.text();
        return this.#options.parseJson(text, { request: request2, response });
      };
    }
    return response;
  }
  async #throwProcessedError(error) {
    if (!(error instanceof Error)) {
      throw error;
    }
    if (this.#beforeRetryHookErrors.has(error)) {
      throw error;
    }
    let processedError = error;
    for (const hook2 of this.#options.hooks.beforeError) {
      const hookResult = await hook2({
        request: this.request,
        options: this.#getNormalizedOptions(),
        error: processedError,
        retryCount: this.#retryCount
      });
      if (hookResult instanceof Error) {
        processedError = hookResult;
      }
    }
    throw processedError;
  }
  async #getResponseData(response) {
    const readTimeout = this.#getErrorDataTimeout();
    const text = await this.#readResponseText(response, readTimeout.milliseconds);
    if (text === timedOutResponseData) {
      if (readTimeout.fromTotalTimeout) {
        throw new TimeoutError(this.request);
      }
      this.#throwIfTotalTimeoutExhausted();
      return void 0;
    }
    if (!text) {
      return void 0;
    }
    if (!this.#isJsonContentType(response.headers.get("content-type") ?? "")) {
      return text;
    }
    const parseTimeout = this.#getErrorDataTimeout();
    const data = await this.#parseJson(text, response, parseTimeout.milliseconds, this.#getResponseRequest(response));
    if (data === timedOutResponseData) {
      if (parseTimeout.fromTotalTimeout) {
        throw new TimeoutError(this.request);
      }
      this.#throwIfTotalTimeoutExhausted();
      return void 0;
    }
    return data;
  }
  #getErrorDataTimeout() {
    const errorDataTimeout = this.#options.timeout === false ? 1e4 : this.#options.timeout;
    const remainingTotal = this.#getRemainingTotalTimeout();
    if (remainingTotal === void 0) {
      return {
        milliseconds: errorDataTimeout,
        fromTotalTimeout: false
      };
    }
    if (remainingTotal <= 0) {
      throw new TimeoutError(this.request);
    }
    return {
      milliseconds: Math.min(errorDataTimeout, remainingTotal),
      fromTotalTimeout: remainingTotal <= errorDataTimeout
    };
  }
  #getBodyReadTimeout() {
    const remainingTotal = this.#getRemainingTotalTimeout();
    if (remainingTotal !== void 0) {
      if (remainingTotal <= 0) {
        throw new TimeoutError(this.request);
      }
      return this.#options.timeout === false ? remainingTotal : Math.min(this.#options.timeout, remainingTotal);
    }
    return this.#options.timeout === false ? void 0 : this.#options.timeout;
  }
  // Unlike error bodies (`#getResponseData`), a successful body read has no fallback value to return -
  // the caller's `.json()`/`.text()`/etc. promise must settle, so a timeout here always rejects.
  async #raceBodyRead(createBodyPromise, response) {
    let timeoutMs;
    try {
      timeoutMs = this.#getBodyReadTimeout();
    } catch (error) {
      await this.#throwProcessedError(error);
    }
    const bodyPromise = createBodyPromise();
    if (timeoutMs === void 0) {
      return bodyPromise;
    }
    const result = await Promise.race([
      bodyPromise,
      new Promise((resolve3) => {
        const timeoutId = setTimeout(() => {
          resolve3(timedOutResponseData);
        }, timeoutMs);
        void bodyPromise.finally(() => {
          clearTimeout(timeoutId);
        }).catch(() => void 0);
      })
    ]);
    if (result === timedOutResponseData) {
      this.#abortController?.abort();
      await this.#throwProcessedError(new TimeoutError(this.#getResponseRequest(response)));
    }
    return result;
  }
  async #raceWithTotalTimeout(operation) {
    const remainingTotal = this.#getRemainingTotalTimeout();
    if (remainingTotal === void 0) {
      return operation();
    }
    if (remainingTotal <= 0) {
      this.#abortController?.abort();
      return timedOutOperation;
    }
    let timeoutId;
    try {
      const timeoutPromise = new Promise((resolve3) => {
        timeoutId = setTimeout(() => {
          resolve3(timedOutOperation);
        }, remainingTotal);
      });
      const operationResult = Promise.resolve().then(operation).then((value) => ({ status: "fulfilled", value })).catch((error) => ({ status: "rejected", error }));
      const result = await Promise.race([operationResult, timeoutPromise]);
      const remainingAfterOperation = this.#getRemainingTotalTimeout();
      const didTimeOut = result === timedOutOperation || remainingAfterOperation !== void 0 && remainingAfterOperation <= 0;
      if (didTimeOut) {
        this.#abortController?.abort();
        if (result === timedOutOperation) {
          void operationResult.then((result2) => {
            if (result2.status === "fulfilled") {
              this.#cancelReturnedBody(result2.value);
            }
          });
        } else if (result.status === "fulfilled") {
          this.#cancelReturnedBody(result.value);
        }
        return timedOutOperation;
      }
      if (result.status === "rejected") {
        throw result.error;
      }
      return result.value;
    } finally {
      clearTimeout(timeoutId);
    }
  }
  #isJsonContentType(contentType) {
    const mimeType = (contentType.split(";", 1)[0] ?? "").trim().toLowerCase();
    return /\/(?:.*[.+-])?json$/.test(mimeType);
  }
  async #readResponseText(response, timeoutMs) {
    const { body } = response;
    if (!body) {
      try {
        return await response.text();
      } catch {
        return void 0;
      }
    }
    let reader;
    try {
      reader = body.getReader();
    } catch {
      return void 0;
    }
    const decoder = createTextDecoder(response.headers.get("content-type") ?? "");
    const chunks = [];
    let totalBytes = 0;
    const readAll = (async () => {
      try {
        for (; ; ) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          totalBytes += value.byteLength;
          if (totalBytes > maxErrorResponseBodySize) {
            void reader.cancel().catch(() => void 0);
            return void 0;
          }
          chunks.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        return void 0;
      }
      chunks.push(decoder.decode());
      return chunks.join("");
    })();
    const timeoutPromise = new Promise((resolve3) => {
      const timeoutId = setTimeout(() => {
        resolve3(timedOutResponseData);
      }, timeoutMs);
      void readAll.finally(() => {
        clearTimeout(timeoutId);
      });
    });
    const result = await Promise.race([readAll, timeoutPromise]);
    if (result === timedOutResponseData) {
      void reader.cancel().catch(() => void 0);
    }
    return result;
  }
  async #parseJson(text, response, timeoutMs, request2) {
    let timeoutId;
    try {
      return await Promise.race([
        Promise.resolve().then(() => this.#options.parseJson ? this.#options.parseJson(text, { request: request2, response }) : JSON.parse(text)),
        new Promise((resolve3) => {
          timeoutId = setTimeout(() => {
            resolve3(timedOutResponseData);
          }, timeoutMs);
        })
      ]);
    } catch {
      return void 0;
    } finally {
      clearTimeout(timeoutId);
    }
  }
  #cancelBody(body) {
    if (!body) {
      return;
    }
    void body.cancel().catch(() => void 0);
  }
  #cancelResponseBody(response) {
    this.#cancelBody(response.body ?? void 0);
  }
  #cancelReturnedBody(value) {
    if (isResponseInstance(value)) {
      this.#cancelResponseBody(value);
    } else if (isRequestInstance(value)) {
      this.#cancelBody(value.body ?? void 0);
    }
  }
  #createManagedSignal() {
    return this.#userProvidedAbortSignal ? AbortSignal.any([this.#userProvidedAbortSignal, this.#abortController.signal]) : this.#abortController.signal;
  }
  #throwIfTotalTimeoutExhausted() {
    const remaining = this.#getRemainingTotalTimeout();
    if (remaining !== void 0 && remaining <= 0) {
      throw new TimeoutError(this.request);
    }
  }
  async #runBeforeRequestHooks() {
    for (const hook2 of this.#options.hooks.beforeRequest) {
      const result = await this.#raceWithTotalTimeout(async () => hook2({
        request: this.request,
        options: this.#getNormalizedOptions(),
        retryCount: 0
      }));
      if (result === timedOutOperation) {
        throw new TimeoutError(this.request);
      }
      if (isRequestInstance(result)) {
        this.#assignRequest(result);
      } else if (isResponseInstance(result)) {
        return result;
      }
    }
    return void 0;
  }
  async #runAfterResponseHooks(response) {
    const responseRequest = this.#getResponseRequest(response);
    for (const hook2 of this.#options.hooks.afterResponse) {
      const hookResponse = this.#setResponseRequest(response.clone(), responseRequest);
      this.#decorateResponse(hookResponse);
      let modifiedResponse;
      try {
        modifiedResponse = await this.#raceWithTotalTimeout(async () => hook2({
          request: this.request,
          options: this.#getNormalizedOptions(),
          response: hookResponse,
          retryCount: this.#retryCount
        }));
        if (modifiedResponse === timedOutOperation) {
          throw new TimeoutError(this.request);
        }
      } catch (error) {
        if (hookResponse !== response) {
          this.#cancelResponseBody(hookResponse);
        }
        this.#cancelResponseBody(response);
        throw error;
      }
      if (modifiedResponse instanceof RetryMarker) {
        if (hookResponse !== response) {
          this.#cancelResponseBody(hookResponse);
        }
        this.#cancelResponseBody(response);
        throw new ForceRetryError(modifiedResponse.options);
      }
      const nextResponse = isResponseInstance(modifiedResponse) ? this.#setResponseRequest(modifiedResponse, responseRequest) : response;
      if (hookResponse !== response && hookResponse !== nextResponse && hookResponse.body !== nextResponse.body) {
        this.#cancelResponseBody(hookResponse);
      }
      if (response !== nextResponse && response.body !== nextResponse.body) {
        this.#cancelResponseBody(response);
      }
      response = nextResponse;
    }
    return response;
  }
  async #retry(function_) {
    try {
      return await function_();
    } catch (error) {
      return this.#retryFromError(error, function_);
    }
  }
  async #retryFromError(error, function_) {
    this.#returnedResponseFromBeforeRetryHook = false;
    const retryDelay = Math.min(await this.#calculateRetryDelay(error), maxSafeTimeout);
    const delayOptions = { signal: this.#userProvidedAbortSignal };
    const remainingTimeout = this.#getRemainingTotalTimeout();
    if (remainingTimeout !== void 0) {
      if (remainingTimeout <= 0) {
        throw new TimeoutError(this.request);
      }
      if (retryDelay >= remainingTimeout) {
        await delay(remainingTimeout, delayOptions);
        throw new TimeoutError(this.request);
      }
    }
    await delay(retryDelay, delayOptions);
    this.#throwIfTotalTimeoutExhausted();
    if (error instanceof ForceRetryError && error.customRequest) {
      const customRequest = new globalThis.Request(error.customRequest, this.#options.signal ? { signal: this.#options.signal } : void 0);
      this.#assignRequest(customRequest);
    }
    for (const hook2 of this.#options.hooks.beforeRetry) {
      let hookResult;
      try {
        hookResult = await this.#raceWithTotalTimeout(async () => hook2({
          request: this.request,
          options: this.#getNormalizedOptions(),
          error,
          retryCount: this.#retryCount + 1
        }));
      } catch (hookError) {
        if (hookError instanceof Error && hookError !== error) {
          this.#beforeRetryHookErrors.add(hookError);
        }
        throw hookError;
      }
      if (hookResult === timedOutOperation) {
        throw new TimeoutError(this.request);
      }
      if (isRequestInstance(hookResult)) {
        this.#assignRequest(hookResult);
        break;
      }
      if (isResponseInstance(hookResult)) {
        this.#returnedResponseFromBeforeRetryHook = true;
        this.#retryCount++;
        return hookResult;
      }
      if (hookResult === stop) {
        return;
      }
    }
    this.#throwIfTotalTimeoutExhausted();
    this.#retryCount++;
    return this.#retry(function_);
  }
  #consumeReturnedResponseFromBeforeRetryHook() {
    const value = this.#returnedResponseFromBeforeRetryHook;
    this.#returnedResponseFromBeforeRetryHook = false;
    return value;
  }
  async #fetch() {
    if (this.#abortController?.signal.aborted) {
      this.#abortController = new globalThis.AbortController();
      this.#options.signal = this.#createManagedSignal();
      this.request = new globalThis.Request(this.request, { signal: this.#options.signal });
    }
    const nonRequestOptions = findUnknownOptions(this.#options);
    this.#retryLimit = normalizeRetryOptions(this.#options.retry).limit;
    const retryRequest = this.#retryLimit > 0 ? this.request.clone() : void 0;
    const request2 = this.#wrapRequestWithUploadProgress(this.request, this.#options.body ?? void 0);
    this.#originalRequest = request2;
    if (retryRequest) {
      this.request = retryRequest;
    }
    try {
      const remainingTotal = this.#getRemainingTotalTimeout();
      if (remainingTotal !== void 0 && remainingTotal <= 0) {
        throw new TimeoutError(this.request);
      }
      const effectiveTimeout = this.#options.timeout === false ? remainingTotal : remainingTotal === void 0 ? this.#options.timeout : Math.min(this.#options.timeout, remainingTotal);
      const response = effectiveTimeout === void 0 ? await this.#options.fetch(request2, nonRequestOptions) : await timeout(request2, nonRequestOptions, this.#abortController, {
        timeout: effectiveTimeout,
        fetch: this.#options.fetch
      });
      return this.#setResponseRequest(response, request2);
    } catch (error) {
      if (isRawNetworkError(error)) {
        throw new NetworkError(this.request, { cause: error });
      }
      throw error;
    }
  }
  #getRemainingTotalTimeout() {
    if (this.#startTime === void 0) {
      return void 0;
    }
    const elapsed = this.#getCurrentTime() - this.#startTime;
    return Math.max(0, this.#options.totalTimeout - elapsed);
  }
  #getCurrentTime() {
    return globalThis.performance?.now() ?? Date.now();
  }
  #getNormalizedOptions() {
    if (!this.#cachedNormalizedOptions) {
      const { hooks, json, parseJson, stringifyJson, searchParams, timeout: timeout2, totalTimeout, throwHttpErrors, fetch, ...normalizedOptions } = this.#options;
      this.#cachedNormalizedOptions = Object.freeze(normalizedOptions);
    }
    return this.#cachedNormalizedOptions;
  }
  #assignRequest(request2) {
    this.#cachedNormalizedOptions = void 0;
    this.request = request2;
  }
  #getResponseRequest(response) {
    return this.#responseRequests.get(response) ?? this.request;
  }
  #setResponseRequest(response, request2) {
    this.#responseRequests.set(response, request2);
    return response;
  }
  #wrapRequestWithUploadProgress(request2, originalBody) {
    if (!this.#options.onUploadProgress || !request2.body || !supportsRequestStreams) {
      return request2;
    }
    return streamRequest(request2, this.#options.onUploadProgress, originalBody ?? this.#options.body ?? void 0);
  }
};

// node_modules/ky/distribution/index.js
var createInstance = (defaults) => {
  const ky2 = (input, options) => Ky.create(input, validateAndMerge(defaults, options));
  for (const method of requestMethods) {
    ky2[method] = (input, options) => Ky.create(input, validateAndMerge(defaults, options, { method }));
  }
  ky2.create = (newDefaults) => createInstance(validateAndMerge(newDefaults));
  ky2.extend = (newDefaults) => {
    if (typeof newDefaults === "function") {
      newDefaults = newDefaults(defaults ?? {});
    }
    return createInstance(validateAndMerge(defaults, newDefaults));
  };
  ky2.stop = stop;
  ky2.retry = retry;
  return ky2;
};
var ky = createInstance();
var distribution_default = ky;

// src/hub/rate-limit.ts
function parseRateLimit(header) {
  if (!header) return void 0;
  const r = /(?:^|;)\s*r=(\d+)/.exec(header);
  const t = /(?:^|;)\s*t=(\d+)/.exec(header);
  if (!r || !t) return void 0;
  return { remaining: Number(r[1]), resetInSeconds: Number(t[1]) };
}
function parseRateLimitPolicy(header) {
  if (!header) return void 0;
  const q2 = /(?:^|;)\s*q=(\d+)/.exec(header);
  const w = /(?:^|;)\s*w=(\d+)/.exec(header);
  if (!q2 || !w) return void 0;
  return { quota: Number(q2[1]), windowSeconds: Number(w[1]) };
}
var sleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
var RateLimiter = class {
  #remaining;
  #resetAt = 0;
  #quota;
  #inFlight = 0;
  #blockedUntil = 0;
  #waiters = [];
  #timer;
  /** Waits until a request may start; the returned function must be called when its response headers arrive. */
  async acquire() {
    for (; ; ) {
      const waitMs = this.#waitMs();
      if (waitMs === 0) break;
      await new Promise((resolve3) => {
        this.#waiters.push(resolve3);
        this.#arm(waitMs);
      });
    }
    this.#inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      this.#wake();
    };
  }
  /** Records what a response said of the budget. */
  update(rateLimit, policy) {
    const state = parseRateLimit(rateLimit);
    const limits = parseRateLimitPolicy(policy);
    if (limits) this.#quota = limits.quota;
    if (!state) return;
    const resetAt = Date.now() + state.resetInSeconds * 1e3;
    if (this.#remaining === void 0 || resetAt > this.#resetAt + 1500 || state.remaining < this.#remaining) {
      this.#remaining = state.remaining;
    }
    this.#resetAt = resetAt;
    this.#wake();
  }
  /** After a 429: nobody sends until the window has surely reset. */
  blockFor(ms) {
    this.#blockedUntil = Math.max(this.#blockedUntil, Date.now() + ms);
    this.#remaining = 0;
    this.#resetAt = Math.max(this.#resetAt, this.#blockedUntil);
  }
  #waitMs() {
    const now = Date.now();
    if (now < this.#blockedUntil) return this.#blockedUntil - now;
    if (this.#remaining === void 0) {
      return this.#inFlight > 0 ? 50 : 0;
    }
    if (now >= this.#resetAt) {
      this.#remaining = this.#quota;
      if (this.#remaining === void 0) return this.#inFlight > 0 ? 50 : 0;
    }
    if (this.#remaining - this.#inFlight > 1) return 0;
    return Math.max(this.#resetAt - now + 250, 1);
  }
  #arm(ms) {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = void 0;
      this.#wake();
    }, ms);
  }
  #wake() {
    const waiters = this.#waiters;
    this.#waiters = [];
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = void 0;
    }
    for (const resolve3 of waiters) resolve3();
  }
};

// src/hub/client.ts
var CANONICAL_HUB = "https://huggingface.co";
var MIRRORED_PATHS = ["/api/models", "/api/datasets/", "/datasets/"];
var mirrored = (path) => MIRRORED_PATHS.some((prefix) => path === prefix || path.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`));
var RETRY_STATUSES = /* @__PURE__ */ new Set([408, 500, 502, 503, 504]);
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 5;
var MAX_BODY_BYTES = 32 * 1024 * 1024;
var TransientFault = class extends Error {
  name = "TransientFault";
  status;
  /** No answer at all (DNS, a refused connection, TLS, a timeout), and how many attempts such a fault deserves. */
  unreachable;
  constructor(message, status, cause, unreachable) {
    super(message, { cause });
    this.status = status;
    this.unreachable = unreachable;
  }
};
var HubClient = class {
  endpoint;
  /** Scheme, host and port of the endpoint: the only place the token is sent. */
  origin;
  limiter;
  #http;
  #maxAttempts;
  #maxRateLimitWaits;
  #backoffBaseMs;
  #backoffMaxMs;
  #onEvent;
  #mirrorNoted = false;
  #token;
  /** The Hub's clock: the `Date` header of the latest answer, in ms (the snapshot is never dated after it). */
  hubDateMs;
  requests = 0;
  retries = 0;
  rateLimited = 0;
  /** When set, requests (retries and redirects included) stop with BudgetSpent once it reaches 0. */
  requestBudget;
  constructor(options) {
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.origin = new URL(this.endpoint).origin;
    this.limiter = new RateLimiter();
    this.#maxAttempts = options.maxAttempts ?? 6;
    this.#maxRateLimitWaits = options.maxRateLimitWaits ?? 30;
    this.#backoffBaseMs = options.backoffBaseMs ?? 1e3;
    this.#backoffMaxMs = options.backoffMaxMs ?? 6e4;
    this.#onEvent = options.onEvent ?? (() => {
    });
    this.#token = options.token;
    const headers = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    this.#http = distribution_default.create({
      headers,
      retry: 0,
      throwHttpErrors: false,
      timeout: options.timeoutMs ?? 12e4
    });
  }
  /**
   * Runs `attempt` until it succeeds, retrying transient faults with backoff and waiting out
   * 429s. `attempt` sends its request(s) with `open`.
   */
  async withRetries(what, url, attempt) {
    let faults = 0;
    let waits = 0;
    let bareWaits = 0;
    let lastStatus;
    let lastError;
    for (; ; ) {
      try {
        return await attempt();
      } catch (error) {
        if (error instanceof RateLimited) {
          waits++;
          this.rateLimited++;
          lastStatus = 429;
          if (waits > this.#maxRateLimitWaits) {
            throw new HubError(`${what} was still rate limited (429) after ${waits} waits: ${url}`, {
              url,
              status: 429,
              attempts: faults + waits
            });
          }
          const delayMs2 = error.delayMs ?? this.#backoff(this.#backoffBaseMs * 5, ++bareWaits);
          this.#onEvent({ type: "rate-limited", what, delayMs: delayMs2, bare: error.delayMs === void 0 });
          this.limiter.blockFor(delayMs2);
          continue;
        }
        if (!(error instanceof TransientFault)) throw error;
        faults++;
        lastStatus = error.status;
        lastError = error;
        if (error.unreachable && faults >= Math.min(this.#maxAttempts, error.unreachable.attempts)) {
          const host = new URL(url).host;
          throw new HubUnreachable(`cannot reach the Hub at ${host} (${what}, ${faults} ${faults === 1 ? "attempt" : "attempts"}): ${error.message}`, {
            url,
            host,
            attempts: faults,
            cause: error
          });
        }
        if (faults >= this.#maxAttempts) {
          const status = lastStatus === void 0 ? "no HTTP status" : `last status ${lastStatus}`;
          throw new HubError(`${what} failed after ${faults} attempts (${status}: ${error.message}): ${url}`, {
            url,
            attempts: faults,
            status: lastStatus,
            cause: lastError
          });
        }
        const delayMs = this.#backoff(this.#backoffBaseMs, faults);
        this.retries++;
        this.#onEvent({ type: "retry", what, status: error.status, reason: error.message, attempt: faults, delayMs });
        await sleep(delayMs);
      }
    }
  }
  /** Exponential backoff with jitter: the nth wait lies between half and all of base·2^(n−1), capped. */
  #backoff(baseMs, n) {
    const ceiling = Math.min(this.#backoffMaxMs, baseMs * 2 ** (n - 1));
    return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
  }
  /**
   * Sends one request through the limiter; resolves when headers arrive. Throws TransientFault
   * for a retryable status or network error and RateLimited for a 429: run it inside withRetries.
   *
   * The token goes only to the endpoint's origin: a URL elsewhere is refused before anything is
   * sent, and redirects are followed by hand (each hop a request of its own, through the limiter
   * and the budget), within the origin only and at most MAX_REDIRECTS times, never in a loop.
   */
  async open(url) {
    const visited = /* @__PURE__ */ new Set();
    let current = this.onEndpoint(url);
    for (; ; ) {
      visited.add(current);
      const page = await this.#send(current);
      const location = REDIRECT_STATUSES.has(page.status) ? page.headers.get("location") : null;
      if (location === null) return page;
      await page.response.body?.cancel();
      const next = this.onEndpoint(new URL(location, current).toString(), url);
      if (visited.has(next)) {
        throw new HubError(`redirect loop: ${next} redirects back to itself after ${visited.size} hop(s): ${url}`, { url, status: page.status, attempts: 1 });
      }
      if (visited.size > MAX_REDIRECTS) {
        throw new HubError(`more than ${MAX_REDIRECTS} redirects: ${url}`, { url, status: page.status, attempts: 1 });
      }
      current = next;
    }
  }
  /** The headers that authenticate a request to `url`: the token for the endpoint's origin, nothing for any other host. */
  authorizationFor(url) {
    return this.#token && new URL(url).origin === this.origin ? { authorization: `Bearer ${this.#token}` } : {};
  }
  /**
   * Where a file's `resolve` URL on the endpoint sends us: the absolute URL of its `Location` (a
   * signed URL on the file host, to be fetched without the token), or the URL itself when the
   * endpoint serves the file. The request carries the token (it is to the endpoint); its body is
   * never read. Run it inside withRetries.
   */
  async resolveLocation(url) {
    const answer = await this.#send(this.onEndpoint(url));
    await answer.response.body?.cancel();
    const location = REDIRECT_STATUSES.has(answer.status) ? answer.headers.get("location") : null;
    if (location !== null) {
      const target = new URL(location, url).toString();
      return { location: target, onEndpoint: new URL(target).origin === this.origin, headers: answer.headers };
    }
    if (answer.status === 200) return { location: url, onEndpoint: true, headers: answer.headers };
    throw new HubError(`resolving ${url} was refused by the Hub: HTTP ${answer.status}`, { url, status: answer.status, attempts: 1 });
  }
  /**
   * The URL to request for a link or redirect the Hub sent: as given on the endpoint's origin; on
   * the endpoint when the endpoint is a mirror and the link names the canonical Hub under the API
   * path (a mirror passes the Hub's links through; nothing is ever sent to the canonical host from
   * behind a mirror); refused, naming its host, anywhere else, so the token goes nowhere else.
   */
  onEndpoint(url, from = url) {
    const target = new URL(url);
    if (target.origin === this.origin) return target.toString();
    if (target.origin === CANONICAL_HUB && this.origin !== CANONICAL_HUB && mirrored(target.pathname)) {
      if (!this.#mirrorNoted) {
        this.#mirrorNoted = true;
        this.#onEvent({ type: "mirror", canonical: new URL(CANONICAL_HUB).host, endpoint: new URL(this.origin).host });
      }
      return `${this.endpoint}${target.pathname}${target.search}`;
    }
    throw new OffOrigin(
      `the Hub sent us to another host, ${target.host} (endpoint: ${new URL(this.origin).host}); refusing to follow it, so the token goes nowhere else: ${from}`,
      from
    );
  }
  async #send(url) {
    const release = await this.limiter.acquire();
    if (this.requestBudget !== void 0) {
      if (this.requestBudget <= 0) {
        release();
        throw new BudgetSpent();
      }
      this.requestBudget--;
    }
    let response;
    try {
      this.requests++;
      response = await this.#http.get(url, { redirect: "manual" });
    } catch (error) {
      release();
      const cause = networkCause(error);
      throw new TransientFault(cause.text, void 0, error, cause.unreachable);
    }
    this.limiter.update(response.headers.get("ratelimit"), response.headers.get("ratelimit-policy"));
    release();
    const date2 = Date.parse(response.headers.get("date") ?? "");
    if (!Number.isNaN(date2)) this.hubDateMs = date2;
    const { status } = response;
    if (status === 429) {
      await response.body?.cancel();
      throw new RateLimited(rateLimitDelayMs(response.headers));
    }
    if (status === 401 && isRefusedToken(response.headers.get("x-error-message"))) {
      await response.body?.cancel();
      throw new TokenRefused(url);
    }
    if (RETRY_STATUSES.has(status)) {
      await response.body?.cancel();
      throw new TransientFault(`HTTP ${status} ${response.statusText}`.trim(), status);
    }
    return { url, status, headers: response.headers, response };
  }
};
var OffOrigin = class extends HubError {
  constructor(message, url) {
    super(message, { url, attempts: 0 });
  }
};
var BudgetSpent = class extends Error {
  name = "BudgetSpent";
  constructor() {
    super("request budget spent");
  }
};
var RateLimited = class extends Error {
  /** undefined: the answer said nothing of when to come back (the CDN's 429). */
  delayMs;
  constructor(delayMs) {
    super("rate limited");
    this.delayMs = delayMs;
  }
};
function rateLimitDelayMs(headers) {
  const retryAfter = headers.get("retry-after");
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1e3;
  const t = /(?:^|;)\s*t=(\d+)/.exec(headers.get("ratelimit") ?? "");
  if (t) return (Number(t[1]) + 1) * 1e3;
  return headers.has("ratelimit") ? 61e3 : void 0;
}
function isRefusedToken(message) {
  return message !== null && /invalid credentials/i.test(message);
}
async function readJson(open) {
  const text = await readText(open);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TransientFault(`invalid JSON in a ${text.length}-character body`, open.status, error);
  }
}
async function readText(open) {
  const tooLarge = () => new HubError(`the answer is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB, far beyond any real page; refusing to read it: ${open.url}`, {
    url: open.url,
    status: open.status,
    attempts: 1
  });
  const declared = Number(open.headers.get("content-length") ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) {
    await open.response.body?.cancel();
    throw tooLarge();
  }
  const reader = open.response.body?.getReader();
  if (!reader) return "";
  const chunks = [];
  let bytes = 0;
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HubError) throw error;
    throw new TransientFault(`body cut short (${networkCause(error).text})`, open.status, error);
  }
  return Buffer.concat(chunks, bytes).toString("utf8");
}
async function hubErrorText(open) {
  const header = open.headers.get("x-error-message");
  let body = "";
  try {
    body = await readText(open);
  } catch {
  }
  try {
    const parsed = JSON.parse(body);
    if (parsed && typeof parsed === "object" && "error" in parsed) {
      const error = parsed.error;
      if (typeof error === "string") return error;
      if (Array.isArray(error) && error.length > 0 && error.every((e) => typeof e === "string")) return error.join("; ");
    }
  } catch {
  }
  return header ?? (body.trim().slice(0, 300) || `HTTP ${open.status}`);
}
async function refused(what, url, page) {
  const text = await hubErrorText(page);
  if (page.status === 401 && isRefusedToken(text)) return new TokenRefused(url);
  return new HubError(`${what} was refused by the Hub: HTTP ${page.status}: ${quoted(text, 300)}: ${url}`, {
    url,
    status: page.status,
    attempts: 1
  });
}
var CONNECT_CODES = /* @__PURE__ */ new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"]);
var TLS_CODE = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_TLS_|ERR_SSL_)/;
function networkCause(error) {
  let root = error;
  for (let depth = 0; depth < 5; depth++) {
    if (root instanceof AggregateError && root.errors.length > 0) root = root.errors[0];
    else if (root instanceof Error && root.cause !== void 0) root = root.cause;
    else break;
  }
  const code = root && typeof root === "object" && "code" in root && typeof root.code === "string" ? root.code : void 0;
  if (error instanceof Error && error.name === "TimeoutError") return { text: "no answer in time (timeout)", unreachable: { attempts: 3 } };
  const message = root instanceof Error ? root.message : String(root);
  const text = code && !message.includes(code) ? `${message} (${code})` : message;
  if (code && CONNECT_CODES.has(code)) return { text, unreachable: { attempts: 3 } };
  if (code && TLS_CODE.test(code)) return { text: `TLS: ${text}`, unreachable: { attempts: 1 } };
  return { text: code ? text : `network error: ${text}`, unreachable: void 0 };
}

// src/publish/hf-api.ts
var HfDatasetError = class extends Error {
  name = "HfDatasetError";
  status;
  constructor(message, status, cause) {
    super(message, { cause });
    this.status = status;
  }
};
var DatasetTokenRefused = class extends HfDatasetError {
  kind;
  hubText;
  /** The repository it was refused for, once the caller knows it. */
  repo = "";
  constructor(kind, hubText, status) {
    super(`the Hub ${kind === "invalid" ? "refused the token" : "does not let the token write"}: ${quoted(hubText, 200)}`, status);
    this.kind = kind;
    this.hubText = hubText;
  }
};
var CommitAnswerLost = class extends HfDatasetError {
};
var RETRY = /* @__PURE__ */ new Set([408, 500, 502, 503, 504]);
var MAX_ATTEMPTS = 6;
var MAX_RATE_LIMIT_WAITS = 20;
var HubWriteApi = class {
  endpoint;
  origin;
  #token;
  #http;
  #backoffBaseMs;
  requests = 0;
  bytesUploaded = 0;
  constructor(options) {
    this.endpoint = options.endpoint.replace(/\/+$/, "");
    this.origin = new URL(this.endpoint).origin;
    this.#token = options.token;
    this.#backoffBaseMs = options.backoffBaseMs ?? 1e3;
    this.#http = distribution_default.create({ retry: 0, throwHttpErrors: false, timeout: options.timeoutMs ?? 6e4, redirect: "manual" });
  }
  /**
   * One request; with `idempotent`, faults are retried with backoff. A 429 is waited out either
   * way (the Hub did not act on it). The token is attached only on the endpoint's origin.
   */
  async #send(method, url, init) {
    const onOrigin = new URL(url).origin === this.origin;
    const headers = { ...init.headers };
    if (onOrigin) headers.authorization = `Bearer ${this.#token}`;
    let faults = 0;
    let waits = 0;
    for (; ; ) {
      let response;
      try {
        this.requests++;
        response = await this.#http(url, {
          method,
          headers,
          ...init.json !== void 0 ? { json: init.json } : {},
          ...init.body !== void 0 ? { body: init.body } : {},
          ...init.timeoutMs ? { timeout: init.timeoutMs } : {}
        });
      } catch (error) {
        if (!init.idempotent) throw new CommitAnswerLost(`no answer from ${new URL(url).host} (${error.message.split(":")[0]})`, void 0, error);
        if (++faults >= MAX_ATTEMPTS) throw new HfDatasetError(`${method} ${new URL(url).pathname} failed after ${faults} attempts: ${error.message.split("\n")[0]}`, void 0, error);
        await sleep(this.#backoff(faults));
        continue;
      }
      if (response.status === 429 && ++waits <= MAX_RATE_LIMIT_WAITS) {
        await response.body?.cancel();
        const t = /(?:^|;)\s*t=(\d+)/.exec(response.headers.get("ratelimit") ?? "");
        await sleep(t ? (Number(t[1]) + 1) * 1e3 : this.#backoff(waits) * 5);
        continue;
      }
      if (RETRY.has(response.status)) {
        await response.body?.cancel();
        if (!init.idempotent) throw new CommitAnswerLost(`HTTP ${response.status} from ${new URL(url).host}`, response.status);
        if (++faults >= MAX_ATTEMPTS) throw new HfDatasetError(`${method} ${new URL(url).pathname} failed after ${faults} attempts (HTTP ${response.status})`, response.status);
        await sleep(this.#backoff(faults));
        continue;
      }
      if (onOrigin && (response.status === 401 || response.status === 403)) {
        const text = await errorText(response);
        if (response.status === 403 || isRefusedToken(text)) throw new DatasetTokenRefused(response.status === 403 ? "no-write" : "invalid", text, response.status);
        throw new HfDatasetError(`${method} ${new URL(url).pathname}: HTTP 401: ${quoted(text, 200)}`, 401);
      }
      return response;
    }
  }
  #backoff(n) {
    const ceiling = Math.min(6e4, this.#backoffBaseMs * 2 ** (n - 1));
    return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
  }
  async #json(method, url, init, ok = [200]) {
    const response = await this.#send(method, url, init);
    if (!ok.includes(response.status)) throw new HfDatasetError(`${method} ${new URL(url).pathname}: HTTP ${response.status}: ${quoted(await errorText(response), 200)}`, response.status);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }
  #repoPath(repo) {
    return `${this.endpoint}/api/datasets/${repo.split("/").map(encodeURIComponent).join("/")}`;
  }
  /** Creates the repository; "exists" on 409 (success for a publisher). */
  async createRepo(repo, isPrivate) {
    const [organization, name] = repo.split("/");
    const { status } = await this.#json(
      "POST",
      `${this.endpoint}/api/repos/create`,
      { json: { name, organization, type: "dataset", private: isPrivate, visibility: isPrivate ? "private" : "public" }, idempotent: true },
      [200, 409]
    );
    return status === 409 ? "exists" : "created";
  }
  async repoInfo(repo) {
    return (await this.#json("GET", this.#repoPath(repo), { idempotent: true })).body;
  }
  async refs(repo) {
    const { body } = await this.#json("GET", `${this.#repoPath(repo)}/refs`, { idempotent: true });
    return { head: body.branches.find((b) => b.name === "main")?.targetCommit, tags: new Map(body.tags.map((t) => [t.name, t.targetCommit])) };
  }
  async tree(repo, revision) {
    return (await this.#json("GET", `${this.#repoPath(repo)}/tree/${encodeURIComponent(revision)}?recursive=true`, { idempotent: true })).body;
  }
  /** The server decides which files go through LFS. */
  async preupload(repo, files) {
    const { body } = await this.#json("POST", `${this.#repoPath(repo)}/preupload/main`, {
      json: { files: files.map((f) => ({ path: f.path, size: f.bytes.byteLength, sample: Buffer.from(f.bytes.subarray(0, 512)).toString("base64") })) },
      idempotent: true
    });
    return new Map(body.files.map((f) => [f.path, f.uploadMode]));
  }
  /** Upload actions for the objects the Hub does not have yet (no `actions`: already stored). Basic and multipart only: no Xet offered. */
  async lfsBatch(repo, objects) {
    const { body } = await this.#json(
      "POST",
      `${this.endpoint}/datasets/${repo}.git/info/lfs/objects/batch`,
      {
        body: JSON.stringify({ operation: "upload", transfers: ["basic", "multipart"], hash_algo: "sha_256", ref: { name: "main" }, objects }),
        headers: { "content-type": "application/vnd.git-lfs+json", accept: "application/vnd.git-lfs+json" },
        idempotent: true
      }
    );
    const actions = /* @__PURE__ */ new Map();
    for (const object of body.objects) {
      if (object.error) throw new HfDatasetError(`the Hub refused to store ${object.oid.slice(0, 12)}: ${quoted(object.error.message, 200)}`);
      if (object.actions?.upload) actions.set(object.oid, object.actions.upload);
    }
    return actions;
  }
  /** The bytes to a pre-signed URL (no token there): whole, or in parts when the action says `chunk_size`. */
  async upload(action, oid, bytes) {
    const timeoutMs = 10 * 6e4;
    const chunk = Number(action.header?.chunk_size);
    if (!chunk) {
      const response = await this.#send("PUT", action.href, { body: bytes, idempotent: true, timeoutMs });
      if (!response.ok) throw new HfDatasetError(`the upload of ${oid.slice(0, 12)} was refused: HTTP ${response.status}`, response.status);
      await response.body?.cancel();
      this.bytesUploaded += bytes.byteLength;
      return;
    }
    const parts = [];
    for (let n = 1, start = 0; start < bytes.byteLength; n++, start += chunk) {
      const url = action.header?.[String(n).padStart(5, "0")];
      if (!url) throw new HfDatasetError(`the Hub gave no URL for part ${n} of ${oid.slice(0, 12)}`);
      const response = await this.#send("PUT", url, { body: bytes.subarray(start, start + chunk), idempotent: true, timeoutMs });
      if (!response.ok) throw new HfDatasetError(`part ${n} of ${oid.slice(0, 12)} was refused: HTTP ${response.status}`, response.status);
      await response.body?.cancel();
      parts.push({ partNumber: n, etag: response.headers.get("etag") ?? "" });
    }
    const done = await this.#send("POST", action.href, { json: { oid, parts }, idempotent: true });
    if (!done.ok) throw new HfDatasetError(`completing the upload of ${oid.slice(0, 12)} was refused: HTTP ${done.status}`, done.status);
    await done.body?.cancel();
    this.bytesUploaded += bytes.byteLength;
  }
  /** One NDJSON commit on main with `parentCommit` (refused when main moved). Never retried here. */
  async commit(repo, summary, parentCommit, files) {
    const lines = [
      { key: "header", value: { summary, description: "", ...parentCommit ? { parentCommit } : {} } },
      ...files.map(
        (f) => f.lfs ? { key: "lfsFile", value: { path: f.path, algo: "sha256", oid: sha256(f.bytes), size: f.bytes.byteLength } } : { key: "file", value: { path: f.path, content: Buffer.from(f.bytes).toString("base64"), encoding: "base64" } }
      )
    ];
    const response = await this.#send("POST", `${this.#repoPath(repo)}/commit/main`, {
      body: `${lines.map((line) => JSON.stringify(line)).join("\n")}
`,
      headers: { "content-type": "application/x-ndjson" },
      idempotent: false
    });
    if (response.status !== 200) throw new HfDatasetError(`the commit to ${repo} was refused: HTTP ${response.status}: ${quoted(await errorText(response), 200)}`, response.status);
    let body;
    try {
      body = await response.json();
    } catch (error) {
      throw new CommitAnswerLost(`the commit's answer was cut short`, 200, error);
    }
    if (!body.commitOid) throw new CommitAnswerLost("the commit's answer named no commit", 200);
    return body.commitOid;
  }
  /** Tags a revision; "exists" on 409. */
  async tag(repo, revision, tag, message) {
    const { status } = await this.#json("POST", `${this.#repoPath(repo)}/tag/${encodeURIComponent(revision)}`, { json: { tag, message }, idempotent: true }, [200, 409]);
    return status === 409 ? "exists" : "created";
  }
};
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
async function errorText(response) {
  const header = response.headers.get("x-error-message");
  const text = await response.text().catch(() => "");
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed.error === "string") return parsed.error;
    if (Array.isArray(parsed.error)) return parsed.error.join("; ");
  } catch {
  }
  return header ?? (text.trim().slice(0, 200) || `HTTP ${response.status}`);
}

// src/terms.ts
var NEW_TOKEN = "create a read token at https://huggingface.co/settings/tokens";
var CLI_FLAGS = {
  "allow-shrink": "--allow-shrink",
  "include-private": "--include-private",
  "data-dir": "--data-dir",
  branch: "--branch",
  "pipeline-tag": "--task",
  "hf-dataset": "--hf-dataset"
};
var CLI_TERMS = {
  set: (setting, value) => value === void 0 ? CLI_FLAGS[setting] : `${CLI_FLAGS[setting]} ${value}`,
  firstRun: 'run "hf-trends refresh" first',
  tokenCheck: "check HF_TOKEN / --token",
  token: { where: "HF_TOKEN / --token", renew: `${NEW_TOKEN} and set HF_TOKEN to it` },
  endpoint: "set HF_ENDPOINT (or --endpoint) to its URL",
  datasetToken: "HF_DATASET_TOKEN / --hf-dataset-token (default: the Hub token)"
};
var ACTION_TERMS = {
  set: (setting, value) => `the input ${setting}: ${value ?? "true"}`,
  firstRun: "run the workflow by hand once (Actions \u2192 your workflow \u2192 Run workflow) with mode: refresh",
  tokenCheck: "check the hf-token input and the HF_TOKEN secret it reads",
  token: { where: "hf-token (the secret it reads)", renew: `${NEW_TOKEN} and update the secret` },
  endpoint: "set the input hf-endpoint to its URL",
  datasetToken: "hf-dataset-token (default: hf-token)"
};
function failureMessage(error, terms) {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DatasetTokenRefused) {
    return error.kind === "invalid" ? `the Hub refused the token in ${terms.datasetToken} for ${error.repo}: it is expired, revoked or mistyped; ${NEW_TOKEN.replace("a read token", "a token with write access")} and update the secret. The GitHub commit and release stay; the next run publishes the snapshot` : `the token in ${terms.datasetToken} cannot write to ${error.repo} (the Hub: ${JSON.stringify(error.hubText.slice(0, 160))}): give it write access (a write token, or a fine-grained one with write access to that repository or its organisation). The GitHub commit and release stay; the next run publishes the snapshot`;
  }
  if (error instanceof TokenRefused) return `the Hub refused the token in ${terms.token.where}: it is expired, revoked or mistyped; ${terms.token.renew}`;
  if (error instanceof HubUnreachable) {
    return `${message}. Check the network and any proxy (Node uses HTTPS_PROXY when NODE_USE_ENV_PROXY=1 is set); to reach the Hub through a mirror, ${terms.endpoint}`;
  }
  if (error instanceof HubError && error.status === 401) return `${message} (${terms.tokenCheck})`;
  return message;
}

// src/analysis/quality.ts
var ROLLBACK_SHARE = 0.05;
var PARTIAL_SHARE = 0.5;
var QUALITY_RULES = `A week in which more than ${ROLLBACK_SHARE * 100}% of the models it shares with the last trusted week count fewer all-time downloads is a rollback (the Hub's counters went down and came back later): its Quality says rollback and its downloads since the previous snapshot are empty; the next trusted week's are taken against the last trusted week, over the models in both, and Days Since Previous spans that gap, so nothing is counted twice and nothing is lost. A missing week is spanned the same way. An archive week with under ${PARTIAL_SHARE * 100}% of the previous usable week's tracked models is partial and gets no row. A model's count below its previous one never adds negative downloads.`;
function baselineOf(previousSnapshot, rows) {
  const previous = rows.find((row) => row.Snapshot === previousSnapshot);
  if (previous?.Quality !== "rollback") return { previousRolledBack: false, snapshot: previousSnapshot };
  const trusted = rows.filter((row) => row.Snapshot < previousSnapshot && row.Quality !== "rollback").at(-1);
  return { previousRolledBack: true, snapshot: trusted?.Snapshot ?? previousSnapshot };
}
function baselineCount(before, baseline) {
  return baseline.previousRolledBack ? before.allTimePrevious : before.allTime;
}
function judgeWeek(shared, lower) {
  return shared > 0 && lower / shared > ROLLBACK_SHARE ? "rollback" : "ok";
}
function isPartialWeek(models, previousUsableModels) {
  return previousUsableModels !== void 0 && models < PARTIAL_SHARE * previousUsableModels;
}

// src/analysis/history.ts
var DAY = 864e5;
var TOP = 20;
var RISER_MIN_DOWNLOADS = 1e3;
var TURNOVER_TOP = 100;
var CATEGORY_OF = { "": "unspecified", finetune: "finetune", adapter: "adapter", quantized: "quantized", merge: "merge" };
function category(r) {
  return r.baseModel === "" ? "original" : CATEGORY_OF[r.relation];
}
var NEW_COLUMN = {
  original: "New Original",
  finetune: "New Finetune",
  adapter: "New Adapter",
  quantized: "New Quantized",
  merge: "New Merge",
  unspecified: "New Unspecified"
};
function addedTags(task, previous) {
  const before = previous?.tags;
  return new Set(before ? tagsOf(task).filter((tag) => !before.includes(tag)) : []);
}
function isNewModel(tag, createdAt, added, previousSnapshotMs) {
  return !(added.has(tag) && createdAt <= previousSnapshotMs);
}
function countNewModels(records, previous, task) {
  const added = addedTags(task, previous);
  let count2 = 0;
  for (let i = 0; i < records.length; i++) {
    if (!previous.has(records.id(i)) && isNewModel(records.pipelineTag(i), records.createdAt(i), added, previous.snapshotMs)) count2++;
  }
  return count2;
}
function nextHistory(records, previous, rows, snapshotMs, from) {
  const snapshot = isoDay(snapshotMs);
  const against = previous && previous.size > 0 && isoDay(previous.snapshotMs) !== snapshot ? previous : void 0;
  const baseline = against && baselineOf(isoDay(against.snapshotMs), rows);
  const added = addedTags(from.task, against);
  let joined = 0;
  const daysBetween = (then) => Math.round((Date.parse(snapshot) - Date.parse(then)) / DAY);
  const days = baseline ? daysBetween(baseline.snapshot) : null;
  const row = { Snapshot: snapshot, "Pipeline Tags": from.task, Source: from.source ?? HUB_SOURCE, Quality: "ok" };
  let downloads30 = 0;
  let downloadsAllTime = 0;
  let allTimeKnown = 0;
  let storageKnown = 0;
  const classes = { "Not Popular": 0, Popular: 0, "Very Popular": 0 };
  const fresh = { original: 0, finetune: 0, adapter: 0, quantized: 0, merge: 0, unspecified: 0 };
  let inBoth = 0;
  let since = 0;
  let shared = 0;
  let lower = 0;
  let withDownloads = 0;
  const topDownloaded = new Top(TOP);
  const topRisers = new Top(TOP);
  const top30Days = new Top(TURNOVER_TOP);
  for (const r of records) {
    downloads30 += r.downloads;
    if (r.downloadsAllTime !== null) {
      downloadsAllTime += r.downloadsAllTime;
      allTimeKnown++;
    }
    if (r.usedStorage !== null) storageKnown++;
    classes[popularityClass(r.downloads)]++;
    if (!against || !baseline) continue;
    top30Days.offer({ id: r.id }, r.downloads);
    const before = against.downloadsOf(r.id);
    if (!before) {
      if (isNewModel(r.pipelineTag, r.createdAt, added, against.snapshotMs)) fresh[category(r)]++;
      else joined++;
      continue;
    }
    inBoth++;
    const then = baselineCount(before, baseline);
    if (then === null || r.downloadsAllTime === null) continue;
    shared++;
    if (r.downloadsAllTime < then) lower++;
    const between = Math.max(0, r.downloadsAllTime - then);
    since += between;
    if (between === 0) continue;
    withDownloads++;
    topDownloaded.offer({ id: r.id, downloads: between }, between);
    if (between >= RISER_MIN_DOWNLOADS && days !== null && days > 0) {
      const ratio = between * 30 / days / Math.max(1, before.last30Days);
      topRisers.offer({ id: r.id, downloads: between, previousDownloads30Days: before.last30Days, ratio: round(ratio, 2) }, ratio);
    }
  }
  const quality = judgeWeek(shared, lower);
  const trusted = quality === "ok";
  Object.assign(row, {
    Models: records.length,
    "Downloads 30 Days": downloads30,
    // An archive week before the Hub kept all-time counts has none: empty, not zero.
    "Downloads All Time": allTimeKnown > 0 || records.length === 0 ? downloadsAllTime : null,
    "Storage Known": from.storage === false ? null : storageKnown,
    "Not Popular": classes["Not Popular"],
    Popular: classes.Popular,
    "Very Popular": classes["Very Popular"],
    Quality: quality
  });
  const newModels = CATEGORIES.reduce((sum, c) => sum + fresh[c], 0);
  const sinceColumns = ["New Models", "Removed Models", "Downloads Since Previous", "Days Since Previous", ...CATEGORIES.map((c) => NEW_COLUMN[c])];
  if (against) {
    Object.assign(row, {
      "New Models": newModels,
      "Removed Models": against.size - inBoth,
      // No true figure across a rollback; none either where no model has counts at both ends.
      "Downloads Since Previous": trusted && shared > 0 ? since : null,
      "Days Since Previous": trusted ? days : daysBetween(isoDay(against.snapshotMs))
    });
    for (const c of CATEGORIES) row[NEW_COLUMN[c]] = fresh[c];
  } else {
    const kept = rows.find((r) => r.Snapshot === snapshot);
    for (const column of sinceColumns) row[column] = kept ? kept[column] : null;
    if (kept) row.Quality = kept.Quality;
  }
  return {
    row,
    since: against && {
      previousSnapshot: baseline.snapshot,
      snapshot,
      days,
      quality,
      models: records.length,
      newModels,
      joinedModels: joined,
      removedModels: against.size - inBoth,
      downloadsSincePrevious: trusted && shared > 0 ? since : null,
      modelsWithDownloads: trusted ? withDownloads : 0,
      topDownloaded: trusted ? topDownloaded.items.map(({ item }) => ({ ...item, days })) : [],
      topRisers: trusted ? topRisers.items.map(({ item }) => item) : [],
      top100Retained: (() => {
        const before = new Set(against.topByDownloads(TURNOVER_TOP));
        return top30Days.items.filter(({ item }) => before.has(item.id)).length;
      })(),
      method: `Downloads between two snapshots: a model's all-time downloads now minus then (never below zero), for models in both; after a week whose counters rolled back, then is the last trusted snapshot, and in such a week there are none (see Quality in data/README.md). Risers: models with at least ${RISER_MIN_DOWNLOADS.toLocaleString("en-US")} downloads in between, ranked by those downloads scaled to 30 days over the 30-day downloads the previous snapshot recorded (at least 1): how many times faster than before they are downloaded now. Turnover: of the ${TURNOVER_TOP} models with the most 30-day downloads now, those among the previous snapshot's ${TURNOVER_TOP} (ties by id).`
    }
  };
}

// src/dataset/git-history.ts
import { execFile } from "node:child_process";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 1 << 30, encoding: "utf8" });
  return stdout;
}
async function* datasetsInGit(dataDir) {
  const cwd = resolve(dataDir, "..");
  let top;
  try {
    top = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch (error) {
    throw new Error(`${cwd} is not in a git repository: --from-git reads the dataset's past commits (${error.message.split("\n")[0]})`, { cause: error });
  }
  if ((await git(top, ["rev-parse", "--is-shallow-repository"])).trim() === "true") {
    throw new Error("this checkout is shallow and holds no past commits: fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)");
  }
  const folder = relative(top, resolve(datasetDir(dataDir))).split("\\").join("/");
  const commits = (await git(top, ["log", "--format=%H %ct", "--reverse", "--", folder])).split("\n").filter(Boolean);
  for (const line of commits) {
    const [commit = "", seconds = "0"] = line.split(" ");
    const committedMs = Number(seconds) * 1e3;
    try {
      const show2 = (file) => git(top, ["show", `${commit}:${folder}/${file}`]);
      const manifest = JSON.parse(await show2(MANIFEST_FILE));
      if (!manifest.complete) {
        yield { commit, records: void 0, problem: "a partial (--max-models) dataset", snapshotMs: Number.NaN };
        continue;
      }
      const records = new ModelTable();
      for (const { file } of parseIndex(await show2(INDEX_FILE), `${commit.slice(0, 12)}:${folder}/${INDEX_FILE}`)) {
        const name = `${commit.slice(0, 12)}:${folder}/${file}`;
        for (const record of csvToRecords(await show2(file), name, "", legacyTag(manifest))) records.push(record);
      }
      yield { commit, records, snapshotMs: storedSnapshot(manifest.snapshot, newestDate(records.columns()), committedMs), pipelineTag: manifest.pipelineTag };
    } catch (error) {
      const problem = error instanceof DatasetFormatError ? error.message : error.message.split("\n")[0] ?? String(error);
      yield { commit, records: void 0, problem, snapshotMs: Number.NaN };
    }
  }
}

// src/hub/enrich.ts
function carryForwardStorage(records, previous) {
  if (previous.size === 0) return 0;
  let carried = 0;
  for (let i = 0; i < records.length; i++) {
    if (records.usedStorage(i) !== null) continue;
    const storage = previous.unchanged(records.id(i), records.lastModified(i));
    if (storage !== null) {
      records.setUsedStorage(i, storage);
      carried++;
    }
  }
  return carried;
}
function enrichmentQueue(records) {
  let unknown = 0;
  for (let i = 0; i < records.length; i++) if (isWanted(records, i)) unknown++;
  const queue = new Uint32Array(unknown);
  for (let i = 0, k = 0; i < records.length; i++) if (isWanted(records, i)) queue[k++] = i;
  return queue.sort((a, b) => records.downloads(b) - records.downloads(a) || records.createdAt(b) - records.createdAt(a) || compareIds(records.id(a), records.id(b)));
}
function isWanted(records, i) {
  return records.usedStorage(i) === null && isHubId(records.id(i));
}
function anyWanted(records) {
  for (let i = 0; i < records.length; i++) if (isWanted(records, i)) return true;
  return false;
}
function storageUrl(endpoint2, id) {
  return `${endpoint2}/api/models/${id.split("/").map(encodeURIComponent).join("/")}?expand=usedStorage&expand=lastModified&expand=createdAt`;
}
async function enrichStorage(client, records, options) {
  const sending = options.budget > 0 && options.minutes > 0;
  const queue = sending ? enrichmentQueue(records) : new Uint32Array(0);
  const started = Date.now();
  const deadline = started + options.minutes * 6e4;
  const report = { learned: 0, gone: 0, failed: 0, requests: 0, stoppedBy: "done" };
  const requestsBefore = client.requests;
  const retriesBefore = client.retries;
  const rateLimitedBefore = client.rateLimited;
  client.requestBudget = options.budget;
  let next = 0;
  let done = 0;
  let fatal;
  const worker = async () => {
    while (next < queue.length && report.stoppedBy === "done" && !fatal) {
      if (Date.now() >= deadline) {
        report.stoppedBy = "time";
        return;
      }
      const row = queue[next++];
      const id = records.id(row);
      try {
        const outcome = await fetchStorage(client, id, records.createdAt(row));
        if (outcome === "gone") report.gone++;
        else {
          records.setUsedStorage(row, outcome);
          report.learned++;
        }
      } catch (error) {
        if (error instanceof BudgetSpent) {
          report.stoppedBy = "budget";
          return;
        }
        if (error instanceof TokenRefused) {
          fatal = error;
          return;
        }
        report.failed++;
        options.onFailure?.(id, error);
      }
      done++;
      options.onProgress?.({ done, queued: queue.length });
    }
  };
  try {
    if (sending) {
      await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, queue.length) }, worker));
    } else if (anyWanted(records)) {
      report.stoppedBy = options.budget <= 0 ? "budget" : "time";
    }
  } finally {
    client.requestBudget = void 0;
  }
  if (fatal) throw fatal;
  let known = 0;
  for (let i = 0; i < records.length; i++) if (records.usedStorage(i) !== null) known++;
  return {
    ...report,
    requests: client.requests - requestsBefore,
    retries: client.retries - retriesBefore,
    rateLimited: client.rateLimited - rateLimitedBefore,
    backlog: records.length - known,
    known,
    total: records.length,
    seconds: (Date.now() - started) / 1e3
  };
}
async function fetchStorage(client, id, createdAt) {
  const url = storageUrl(client.endpoint, id);
  return client.withRetries(`storage of ${id}`, url, async () => {
    const page = await client.open(url);
    if (page.status === 401) {
      if (isRefusedToken(await hubErrorText(page))) throw new TokenRefused(url);
      return "gone";
    }
    if (page.status === 404) {
      await page.response.body?.cancel();
      return "gone";
    }
    if (page.status !== 200) throw await refused(`storage of ${id}`, url, page);
    const body = await readJson(page);
    const other = body && typeof body === "object" ? answeredFor(body, id, createdAt) : void 0;
    if (other !== void 0) throw new Error(`the Hub answered for another repository (${JSON.stringify(other).slice(0, 140)}): a 307 to a different model is not this one's storage`);
    const bytes = body && typeof body === "object" ? body.usedStorage : void 0;
    if (typeof bytes !== "number" || !Number.isSafeInteger(bytes) || bytes < 0) {
      throw new Error(`the Hub answered no usedStorage for ${id}`);
    }
    return bytes;
  });
}
function answeredFor(body, id, createdAt) {
  const answered = typeof body.id === "string" ? body.id : void 0;
  const created = typeof body.createdAt === "string" ? Date.parse(body.createdAt) : Number.NaN;
  if (Number.isNaN(created)) return void 0;
  if (created !== createdAt) return answered ?? "?";
  if (!isPlaceholderDate(createdAt) || answered === void 0) return void 0;
  const a = answered.toLowerCase();
  const b = id.toLowerCase();
  return a === b || !b.includes("/") && a.endsWith(`/${b}`) ? void 0 : answered;
}

// src/hub/list.ts
var PAGE_SIZE = 1e3;
var PAGES_AHEAD = 2;
var MAX_PAGES_WITHOUT_NEW_MODELS = 3;
var MAX_MODELS_WITHOUT_CLUE = 2e7;
function listUrl(endpoint2, task) {
  const params = new URLSearchParams({ pipeline_tag: task, sort: "createdAt", limit: String(PAGE_SIZE) });
  for (const field of LIST_EXPAND) params.append("expand", field);
  return `${endpoint2}/api/models?${params}`;
}
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/s.exec(part);
    if (!match) continue;
    for (const param of (match[2] ?? "").split(";")) {
      const rel = /^\s*rel\s*=\s*(?:"([^"]*)"|([^\s"]+))\s*$/i.exec(param);
      if (rel && (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/).includes("next")) return match[1];
    }
  }
  return void 0;
}
var MAX_RESERVED = 25e5;
function runawayLimit(totalCount2, previousModels) {
  if (totalCount2 !== void 0) return Math.ceil(totalCount2 * 1.5) + PAGE_SIZE;
  if (previousModels !== void 0) return previousModels * 3 + 1e4;
  return MAX_MODELS_WITHOUT_CLUE;
}
function badNextLink(next, current, requested) {
  const earlier = requested.get(next);
  if (earlier !== void 0) return `its next link repeats the URL of page ${earlier} (a cursor loop)`;
  const cursor = new URL(next).searchParams.get("cursor");
  if (cursor !== null && cursor === new URL(current).searchParams.get("cursor")) return "its next link carries the same cursor again (the cursor stopped advancing)";
  return void 0;
}
var Listing = class {
  records;
  /** Each `_id` seen, with its row (-1: a private model left out). */
  seen = new ObjectIdMap();
  malformed = { count: 0, examples: [] };
  invalidIds = { count: 0, examples: [] };
  duplicates = 0;
  retagged = 0;
  privateModels = 0;
  pages = 0;
  truncated = false;
  /** Set when a chain failed: the others stop at their next page. */
  failed = false;
  limit;
  #order;
  options;
  constructor(options) {
    this.options = options;
    this.records = new ModelTable(Math.min(options.maxModels ?? options.previousModels ?? 0, MAX_RESERVED));
    this.limit = options.maxModels ?? Number.POSITIVE_INFINITY;
    this.#order = new Map(options.tasks.map((tag, i) => [tag, i]));
  }
  get full() {
    return this.records.length >= this.limit;
  }
  /** Takes one item of a page of `tag`'s chain; true when it was a model this chain had not brought before. */
  take(raw, tag) {
    const result = parseModelItem(raw, tag);
    if (!result.ok) {
      const report = result.invalidId ? this.invalidIds : this.malformed;
      report.count++;
      if (report.examples.length < 5) report.examples.push({ id: result.id, problem: result.problem });
      return false;
    }
    const leftOut = result.record.private && !this.options.includePrivate;
    const row = this.seen.putIfAbsent(result.key, leftOut ? -1 : this.records.length);
    if (row !== void 0) {
      if (row < 0 || this.records.pipelineTag(row) === tag) {
        this.duplicates++;
        return false;
      }
      this.retagged++;
      if (this.#newer(result.record, row)) this.records.set(row, result.record);
      return true;
    }
    if (result.record.private) this.privateModels++;
    if (!leftOut) this.records.push(result.record);
    return true;
  }
  /** Whether `record` describes a later state of the model than row `row` (see ListResult.retagged). */
  #newer(record, row) {
    const then = this.records.lastModified(row) ?? Number.NEGATIVE_INFINITY;
    const now = record.lastModified ?? Number.NEGATIVE_INFINITY;
    if (now !== then) return now > then;
    return (this.#order.get(record.pipelineTag) ?? 0) < (this.#order.get(this.records.pipelineTag(row)) ?? 0);
  }
};
async function listModels(client, options) {
  const listing = new Listing(options);
  let chains;
  try {
    chains = await Promise.all(
      options.tasks.map(
        (tag) => listChain(client, tag, listing).catch((error) => {
          listing.failed = true;
          throw error;
        })
      )
    );
  } catch (error) {
    listing.failed = true;
    throw error;
  }
  const complete = !listing.truncated && chains.every((chain) => chain.complete);
  return {
    records: listing.records,
    pages: listing.pages,
    duplicates: listing.duplicates,
    retagged: listing.retagged,
    byTag: chains.map(({ tag, pages, models }) => ({ tag, pages, models })),
    malformed: listing.malformed,
    invalidIds: listing.invalidIds,
    privateModels: listing.privateModels,
    complete
  };
}
async function listChain(client, tag, listing) {
  const options = listing.options;
  const records = listing.records;
  let pages = 0;
  let brought = 0;
  let url = listUrl(client.endpoint, tag);
  const requested = /* @__PURE__ */ new Map();
  const ahead = /* @__PURE__ */ new Map();
  const prefetch = (target, from) => {
    if (ahead.has(target) || ahead.size >= PAGES_AHEAD || listing.failed || records.length + PAGE_SIZE * (ahead.size + 1) >= listing.limit) return;
    const opened = client.open(target);
    ahead.set(target, opened);
    opened.then(
      (page) => {
        if (page.status !== 200 || listing.failed) return;
        const link = nextLink(page.headers.get("link"));
        if (link === void 0) return;
        let following;
        try {
          following = client.onEndpoint(new URL(link, target).toString(), target);
        } catch {
          return;
        }
        if (badNextLink(following, target, requested) === void 0 && following !== from) prefetch(following, target);
      },
      () => {
      }
      // handled when the page's turn comes
    );
  };
  let pagesWithoutNew = 0;
  let runaway;
  const name = options.tasks.length > 1 ? `${tag} list page` : "list page";
  const fail = (page, url2, problem) => new HubError(`${name} ${page}: ${problem}; stopped after ${page} pages and ${records.length} models, nothing written: ${url2}`, { url: url2, attempts: 1 });
  while (url !== void 0 && !listing.full && !listing.failed) {
    const pageUrl = url;
    const pageNumber = pages + 1;
    const what = `${name} ${pageNumber}`;
    requested.set(new URL(pageUrl).toString(), pageNumber);
    let next;
    let linkRead = false;
    const items = await client.withRetries(what, pageUrl, async () => {
      const pending = ahead.get(pageUrl) ?? client.open(pageUrl);
      ahead.delete(pageUrl);
      const page = await pending;
      if (page.status !== 200) throw await refused(what, pageUrl, page);
      if (!linkRead) {
        linkRead = true;
        next = nextLink(page.headers.get("link"));
        if (next !== void 0) {
          next = client.onEndpoint(new URL(next, pageUrl).toString(), pageUrl);
          const problem = badNextLink(next, pageUrl, requested);
          if (problem) throw fail(pageNumber, pageUrl, problem);
        }
        if (runaway === void 0) {
          const total = totalCount(page.headers);
          runaway = runawayLimit(total, options.previousModels);
          if (total !== void 0) records.reserve(Math.min(records.length + total + PAGE_SIZE, listing.limit, MAX_RESERVED));
        }
        if (next !== void 0) prefetch(next, pageUrl);
      }
      const body = await readJson(page);
      if (!Array.isArray(body)) throw new TransientFault("page is not a JSON array", page.status);
      return body;
    });
    if (listing.failed) break;
    pages++;
    listing.pages++;
    let fresh = 0;
    for (const raw of items) {
      if (listing.take(raw, tag)) fresh++;
      if (listing.full) {
        listing.truncated ||= raw !== items[items.length - 1] || next !== void 0;
        break;
      }
    }
    brought += fresh;
    options.onPage?.({ pages: listing.pages, models: records.length });
    pagesWithoutNew = fresh > 0 ? 0 : pagesWithoutNew + 1;
    if (next !== void 0 && pagesWithoutNew >= MAX_PAGES_WITHOUT_NEW_MODELS) {
      throw fail(pages, pageUrl, `${pagesWithoutNew} pages in a row brought no new model, yet the Hub still sends a next link`);
    }
    if (next !== void 0 && brought > (runaway ?? Number.POSITIVE_INFINITY)) {
      throw fail(pages, pageUrl, `the listing passed ${runaway} models, far more than the catalogue can hold (see "How the harvest works" in the README)`);
    }
    url = next;
  }
  for (const opened of ahead.values()) opened.then((page) => page.response.body?.cancel(), () => {
  });
  return { tag, pages, models: brought, complete: url === void 0 };
}
function totalCount(headers) {
  const value = headers.get("x-total-count");
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : void 0;
}

// src/progress.ts
var Progress = class {
  #sink;
  #label;
  #started = Date.now();
  #intervalMs;
  #lastPrinted = 0;
  #live = false;
  constructor(sink, label, intervalMs = 1e4) {
    this.#sink = sink;
    this.#label = label;
    this.#intervalMs = intervalMs;
  }
  update(state, force = false) {
    const now = Date.now();
    if (this.#sink.isTTY) {
      if (!force && now - this.#lastPrinted < 100) return;
      this.#lastPrinted = now;
      this.#sink.write(`\r\x1B[2K${this.#line(state, now)}`);
      this.#live = true;
    } else if (force || now - this.#lastPrinted >= this.#intervalMs) {
      this.#lastPrinted = now;
      this.#sink.write(`${this.#line(state, now)}
`);
    }
  }
  /** Ends the live line so that following output starts on a fresh line. */
  finish(state) {
    this.update(state, true);
    if (this.#live) this.#sink.write("\n");
  }
  #line(state, now) {
    const seconds = (now - this.#started) / 1e3;
    const rate = seconds > 0 ? state.done / seconds : 0;
    const parts = [`${this.#label}: ${state.done.toLocaleString("en-US")}${state.total ? `/${state.total.toLocaleString("en-US")}` : ""} ${state.unit}`];
    parts.push(`${Math.round(rate).toLocaleString("en-US")} ${state.unit}/s`);
    if (state.detail) parts.push(state.detail);
    parts.push(`elapsed ${clock(seconds)}`);
    if (state.total && rate > 0 && state.done < state.total) parts.push(`ETA ${clock((state.total - state.done) / rate)}`);
    return parts.join(" \xB7 ");
  }
};
function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const rest = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : `${m}m${String(rest).padStart(2, "0")}s`;
}

// src/tracked-tags.ts
var TagsDropped = class extends Error {
  name = "TagsDropped";
};
function checkTagChange(manifest, task, options) {
  if (!manifest) return [];
  const before = tagsOf(manifest.pipelineTag);
  const now = tagsOf(task);
  const dropped = before.filter((tag) => !now.includes(tag));
  if (dropped.length > 0 && !options.allowShrink) {
    const them = dropped.length === 1 ? "its" : "their";
    throw new TagsDropped(
      `the dataset tracks ${tagSetLabel(manifest.pipelineTag)}; tracking ${tagSetLabel(task)} drops ${dropped.map((t) => quoted(t)).join(", ")}, and ${them} models would be removed: nothing was written. To drop ${dropped.length === 1 ? "it" : "them"}, run again with ${options.terms.set("allow-shrink")}; to track ${tagSetLabel(task)} apart, give it a folder of its own (${options.terms.set("data-dir", `data/${now.find((tag) => !before.includes(tag)) ?? now[0]}`)})`
    );
  }
  return now.filter((tag) => !before.includes(tag));
}
function byTagLine(listed) {
  const parts = listed.byTag.map((t) => `${t.tag} ${t.models} in ${t.pages} ${t.pages === 1 ? "page" : "pages"}`);
  const retagged = listed.retagged > 0 ? `; ${listed.retagged} ${listed.retagged === 1 ? "model" : "models"} listed under two tags (a card changed its tag during the run) kept once, with the tag of the newer card` : "";
  return `listed by tag: ${parts.join(", ")}${retagged}`;
}

// src/pipeline.ts
var PipelineError = class extends Error {
  name = "PipelineError";
};
var SHRINK_LIMIT = 0.9;
var RETRY_LINES_PER_PHASE = 3;
var RetryNotices = class {
  #shown = 0;
  #log;
  constructor(log) {
    this.#log = log;
  }
  /** A new phase shows its own first few. */
  nextPhase() {
    this.#shown = 0;
  }
  event(event) {
    if (event.type === "mirror") {
      this.#log.info(`${event.endpoint} is a mirror: its links name ${event.canonical}, so they are followed on ${event.endpoint} with the same path and query; nothing is sent to ${event.canonical}`);
      return;
    }
    if (this.#shown >= RETRY_LINES_PER_PHASE) return;
    this.#shown++;
    const more = this.#shown === RETRY_LINES_PER_PHASE ? " (further retries in this phase are counted, not shown)" : "";
    this.#log.info(
      event.type === "retry" ? `retrying ${event.what} in ${(event.delayMs / 1e3).toFixed(1)} s (attempt ${event.attempt} failed: ${event.reason})${more}` : event.bare ? `rate limited on ${event.what} without RateLimit headers (the CDN in front of the Hub): backing off ${(event.delayMs / 1e3).toFixed(0)} s${more}` : `rate limited on ${event.what}: waiting ${(event.delayMs / 1e3).toFixed(0)} s for the window to reset${more}`
    );
  }
};
function createClient(options, log) {
  const notices = new RetryNotices(log);
  const client = new HubClient({
    endpoint: options.endpoint,
    token: options.token,
    onEvent: (event) => notices.event(event),
    ...options.client
  });
  return { client, notices };
}
async function writeSnapshotParquet(dataDir, records, snapshotMs, log) {
  const started = performance.now();
  const parquet = await writeParquet(dataDir, records, snapshotMs);
  log.info(`wrote ${parquet.path} (${(parquet.bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1e3).toFixed(1)} s`);
}
function invalidIdsLine(report) {
  const examples = report.examples.slice(0, 3).map((e) => quoted(e.id, 60)).join(", ");
  return `${report.count} ${report.count === 1 ? "model" : "models"} with ids the Hub does not issue ${report.count === 1 ? "was" : "were"} left out, e.g. ${examples}`;
}
function retryCounts(retries, rateLimited) {
  return `${retries} ${retries === 1 ? "retry" : "retries"}, ${rateLimited} rate-limit ${rateLimited === 1 ? "wait" : "waits"}`;
}
async function harvest(options, log) {
  const started = Date.now();
  const terms = options.terms ?? CLI_TERMS;
  const manifest = await readManifest(options.dataDir);
  const partial = options.maxModels !== void 0;
  const added = checkTagChange(manifest, options.task, { allowShrink: options.allowShrink, terms });
  if (partial && manifest?.complete) {
    throw new PipelineError(
      `--max-models makes a partial dataset and ${options.dataDir} holds a full one; write the sample elsewhere with --data-dir`
    );
  }
  const { client, notices } = createClient(options, log);
  const previousIndex = await readIndex(options.dataDir);
  const previousModels = previousIndex?.reduce((sum, file) => sum + file.rows, 0);
  let previous = await readPrevious(options.dataDir, previousModels);
  previous.snapshotMs = storedSnapshot(manifest?.snapshot, previous.newestMs, started);
  previous.tags = manifest && tagsOf(manifest.pipelineTag);
  const history = partial ? void 0 : withoutFutureRows(await readHistory(options.dataDir), started, log);
  const listStarted = Date.now();
  const listed = await log.group("List models", async () => {
    const progress = new Progress(log.progress, "list");
    const detail = (pages) => `pages ${pages} \xB7 ${retryCounts(client.retries, client.rateLimited)}`;
    const total = options.maxModels ?? previousModels;
    const result = await listModels(client, {
      tasks: tagsOf(options.task),
      maxModels: options.maxModels,
      previousModels,
      includePrivate: options.includePrivate,
      onPage: (p) => {
        progress.update({ unit: "models", done: p.models, total, detail: detail(p.pages) });
        if (p.pages % 100 === 0) releaseMemory();
      }
    });
    progress.finish({ unit: "models", done: result.records.length, total, detail: detail(result.pages) });
    return result;
  });
  const listSeconds = (Date.now() - listStarted) / 1e3;
  log.info(`listed ${listed.records.length} models in ${listed.pages} pages in ${listSeconds.toFixed(1)} s (${retryCounts(client.retries, client.rateLimited)})`);
  if (listed.byTag.length > 1) log.info(byTagLine(listed));
  reportPrivate(listed.privateModels, options, log);
  if (listed.malformed.count > 0) {
    const examples = listed.malformed.examples.map((e) => `${quoted(e.id)}: ${e.problem}`).join("; ");
    log.warn(`skipped ${listed.malformed.count} malformed model(s) from the Hub, e.g. ${examples}`);
  }
  if (listed.invalidIds.count > 0) log.warn(invalidIdsLine(listed.invalidIds));
  const records = putInDatasetOrder(listed.records);
  const decided = decideSnapshot(records, runBound(Date.now(), client.hubDateMs));
  let snapshotMs = decided.snapshotMs;
  const lastRow = history?.at(-1);
  if (lastRow && isoDay(snapshotMs) < lastRow.Snapshot) {
    log.warn(`the data's newest date, ${isoDay(snapshotMs)}, is before the latest snapshot in history.csv, ${lastRow.Snapshot}: this snapshot is dated ${lastRow.Snapshot} and replaces that row`);
    snapshotMs = Date.parse(lastRow.Snapshot);
  }
  if (decided.future.count > 0) log.warn(futureLine(decided.future, snapshotMs));
  if (!partial && manifest?.complete && previousModels !== void 0 && records.length < SHRINK_LIMIT * previousModels && !options.allowShrink) {
    throw new PipelineError(
      `the Hub listed ${records.length} models, fewer than ${SHRINK_LIMIT * 100}% of the ${previousModels} in the previous dataset; nothing was written. If the catalogue really shrank, run again with ${terms.set("allow-shrink")}`
    );
  }
  notices.nextPhase();
  const storage = await runEnrichment(client, records, previous, options, log);
  carryPreviousDownloads(records, previous, snapshotMs, history !== void 0 && baselineOf(isoDay(previous.snapshotMs), history).previousRolledBack);
  const newModels = countNewModels(records, previous, options.task);
  if (added.length > 0 && manifest) log.info(`tracking ${added.map((t) => quoted(t)).join(", ")} from this snapshot on: ${tagSetLabel(options.task)} in all; their models created by ${isoDay(previous.snapshotMs)} join the dataset and are not counted as new`);
  const next = history && nextHistory(records, previous, history, snapshotMs, { task: options.task });
  previous = new PreviousDataset();
  releaseMemory();
  const writeStarted = performance.now();
  const dataset = await writeDataset(options.dataDir, records, {
    pipelineTag: options.task,
    complete: listed.complete,
    models: records.length,
    snapshot: iso(snapshotMs)
  });
  log.info(writtenLine(dataset, (performance.now() - writeStarted) / 1e3));
  if (history && next) await writeHistory(options.dataDir, withRow(history, next.row));
  return {
    since: next?.since,
    models: records.length,
    previousModels,
    newModels,
    pages: listed.pages,
    requests: client.requests,
    retries: client.retries,
    rateLimited: client.rateLimited,
    duplicates: listed.duplicates,
    malformed: listed.malformed,
    invalidIds: listed.invalidIds,
    privateModels: listed.privateModels,
    complete: listed.complete,
    storage,
    dataset,
    seconds: (Date.now() - started) / 1e3,
    listSeconds,
    records,
    snapshotMs,
    future: decided.future
  };
}
function futureLine(future, snapshotMs) {
  const examples = future.examples.map((e) => `${quoted(e.id, 80)} (${e.date})`).join(", ");
  const one = future.count === 1;
  return `${future.count} ${one ? "model claims" : "models claim"} a date after this run, kept as the Hub sent ${one ? "it" : "them"}; the snapshot is dated ${isoDay(snapshotMs)}, not by ${one ? "it" : "them"}: ${examples}`;
}
function withoutFutureRows(rows, nowMs, log) {
  const today = isoDay(nowMs);
  const future = rows.filter((row) => row.Snapshot > today);
  if (future.length === 0) return rows;
  log.warn(`history.csv: left out ${future.length} row(s) dated after this run (${future.map((r) => r.Snapshot).join(", ")}), written when a model's future date was taken for the snapshot's; the repository's git history keeps them`);
  return rows.filter((row) => row.Snapshot <= today);
}
function writtenLine(dataset, seconds) {
  const mb = dataset.files.reduce((sum, file) => sum + file.bytes, 0) / 1e6;
  return `wrote ${dataset.rows} models (${mb.toFixed(1)} MB of CSV) in ${dataset.files.length} files to ${dataset.dir} in ${seconds.toFixed(1)} s (${Math.round(mb / Math.max(seconds, 1e-3))} MB/s)`;
}
function reportPrivate(count2, options, log) {
  if (count2 === 0) return;
  const terms = options.terms ?? CLI_TERMS;
  if (options.includePrivate) {
    log.warn(`the dataset contains ${count2} private model(s) (${terms.set("include-private")}): keep the repository it goes to private`);
  } else {
    log.info(`left out ${count2} private model(s): the token can see them, but they are never published (${terms.set("include-private")} keeps them, for a private repository)`);
  }
}
async function readPrevious(dataDir, models) {
  const previous = new PreviousDataset(models);
  await forEachDatasetFile(dataDir, (records) => {
    for (const record of records) previous.add(record);
  });
  return previous;
}
async function runEnrichment(client, records, previous, options, log) {
  const carried = carryForwardStorage(records, previous);
  return log.group("Enrich storage", async () => {
    const progress = new Progress(log.progress, "storage");
    const retriesBefore = client.retries;
    const waitsBefore = client.rateLimited;
    const detail = () => retryCounts(client.retries - retriesBefore, client.rateLimited - waitsBefore);
    const report = await enrichStorage(client, records, {
      budget: options.enrichBudget,
      minutes: options.enrichMinutes,
      onProgress: (p) => progress.update({ unit: "models", done: p.done, total: Math.min(p.queued, options.enrichBudget), detail: detail() }),
      onFailure: (id, error) => log.info(`storage of ${quoted(id)} stays unknown: ${error instanceof Error ? error.message : String(error)}`)
    });
    const full = { ...report, carried };
    progress.finish({ unit: "models", done: report.learned + report.gone + report.failed, detail: detail() });
    log.info(storageLine(full));
    return full;
  });
}
function storageLine(report) {
  const share = report.total > 0 ? (100 * report.known / report.total).toFixed(1) : "0.0";
  return `storage known for ${report.known} of ${report.total} models (${share}%): ${report.carried} carried forward, ${report.learned} learned in ${report.requests} requests (${retryCounts(report.retries, report.rateLimited)}) over ${report.seconds.toFixed(1)} s, ${report.gone} gone, ${report.failed} failed; backlog ${report.backlog} (stopped: ${report.stoppedBy})`;
}
async function enrichBacklog(options, log) {
  const manifest = await readManifest(options.dataDir);
  const stored = await readDataset(options.dataDir);
  if (!manifest || !stored) {
    throw new PipelineError(`no dataset in ${options.dataDir}: ${(options.terms ?? CLI_TERMS).firstRun}`);
  }
  const records = options.includePrivate ? stored : stored.filter((i) => !stored.isPrivate(i));
  const snapshotMs = storedSnapshot(manifest.snapshot, newestDate(stored.columns()), Date.now());
  let privateModels = stored.length - records.length;
  if (options.includePrivate) {
    for (let i = 0; i < records.length; i++) if (records.isPrivate(i)) privateModels++;
  }
  reportPrivate(privateModels, options, log);
  const history = await readHistory(options.dataDir);
  const { client } = createClient(options, log);
  const storage = await runEnrichment(client, records, new PreviousDataset(), options, log);
  const dataset = await writeDataset(options.dataDir, records, { ...manifest, models: records.length, snapshot: iso(snapshotMs) });
  await writeSnapshotParquet(options.dataDir, records, snapshotMs, log);
  const current = history.find((row) => row.Snapshot === isoDay(snapshotMs));
  if (current && current["Storage Known"] !== storage.known) {
    await writeHistory(options.dataDir, withRow(history, { ...current, "Storage Known": storage.known }));
  }
  return { storage, dataset, models: records.length, privateModels, records, snapshotMs, task: manifest.pipelineTag };
}
async function latestSnapshot(dataDir, nowMs) {
  const last = (await readHistory(dataDir)).filter((row) => row.Snapshot <= isoDay(nowMs)).at(-1);
  if (last) return last.Snapshot;
  const manifest = await readManifest(dataDir);
  if (manifest?.snapshot) return isoDay(Date.parse(manifest.snapshot));
  const stored = await readDataset(dataDir);
  return stored && stored.length > 0 ? isoDay(storedSnapshot(void 0, newestDate(stored.columns()), nowMs)) : void 0;
}
async function planDailyRun(dataDir, maxAgeDays, nowMs) {
  if (!await readManifest(dataDir)) return { mode: "refresh", reason: "no-dataset" };
  const snapshot = await latestSnapshot(dataDir, nowMs);
  const age = snapshot === void 0 ? void 0 : snapshotAge(snapshot, nowMs);
  return age && age.days > maxAgeDays ? { mode: "refresh", reason: "stale", age, maxAgeDays } : { mode: "enrich", age };
}
function staleLine(age, maxAgeDays) {
  return `the latest snapshot, ${age.snapshot}, is ${age.days} days old (more than ${maxAgeDays}): refreshing instead of working the storage backlog alone`;
}
async function refresh(options, log) {
  const report = await harvest(options, log);
  await writeSnapshotParquet(options.dataDir, report.records, report.snapshotMs, log);
  releaseMemory();
  const input = await analysisOfRecords(report.records, options.dataDir, { task: options.task, snapshotMs: report.snapshotMs, keepIds: Boolean(options.siteDir), since: report.since });
  const outputs = await log.group(
    "Charts and findings",
    () => renderOutputs(input, { dataDir: options.dataDir, chartsDir: options.chartsDir, siteDir: options.siteDir, maxSnapshotAgeDays: options.maxSnapshotAgeDays, siteLinks: options.siteLinks }, log)
  );
  return { ...report, outputs };
}
async function rebuildHistory(dataDir, log) {
  let rows = [];
  let previous;
  let read = 0;
  for await (const past of datasetsInGit(dataDir)) {
    if (!past.records) {
      log.info(`skipped commit ${past.commit.slice(0, 12)}: ${past.problem}`);
      continue;
    }
    read++;
    rows = withRow(rows, nextHistory(past.records, previous, rows, past.snapshotMs, { task: past.pipelineTag ?? DEFAULT_TAG }).row);
    previous = new PreviousDataset(past.records.length);
    for (const record of past.records) previous.add(record);
    previous.snapshotMs = past.snapshotMs;
    previous.tags = tagsOf(past.pipelineTag ?? DEFAULT_TAG);
  }
  if (read === 0) throw new PipelineError(`no commit holds a readable dataset in ${dataDir}: nothing to rebuild history from`);
  await writeHistory(dataDir, rows);
  log.info(`rebuilt ${rows.length} snapshot rows from ${read} dataset commits into ${historyPath(dataDir)}`);
  return rows;
}

// src/settings.ts
var InvalidSetting = class extends Error {
  name = "InvalidSetting";
};
var PIPELINE_TAG = /^[a-z0-9][a-z0-9-]*$/;
function checkPipelineTag(tag, terms) {
  if (PIPELINE_TAG.test(tag) && tag.length <= 100) return tag;
  throw new InvalidSetting(
    `the pipeline tag ${JSON.stringify(tag).slice(0, 120)} is not one the Hub uses: a tag is lower-case letters, digits and hyphens, such as text-generation (${terms.set("pipeline-tag", "text-generation")}), several separated by commas, or llm for text-generation,image-text-to-text,any-to-any`
  );
}
function branchProblem(name) {
  if (name === "") return "it is empty";
  if (name === "@") return 'it is "@"';
  if (name.startsWith("-")) return "it starts with -";
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return "it holds a space, a control character or one of ~ ^ : ? * [ \\";
  if (name.includes("..")) return "it holds ..";
  if (name.includes("@{")) return "it holds @{";
  if (name.startsWith("/") || name.endsWith("/") || name.includes("//")) return "it starts or ends with /, or holds //";
  if (name.endsWith(".")) return "it ends with .";
  for (const part of name.split("/")) {
    if (part.startsWith(".")) return "a part of it starts with .";
    if (part.endsWith(".lock")) return "a part of it ends with .lock";
  }
  return void 0;
}
function checkBranch(name, terms) {
  const problem = branchProblem(name);
  if (problem === void 0) return name;
  throw new InvalidSetting(`the branch ${JSON.stringify(name).slice(0, 120)} is not a name git allows (${problem}): give a branch such as main (${terms.set("branch", "main")})`);
}
function refPath(branch) {
  return branch.split("/").map(encodeURIComponent).join("/");
}
function checkPipelineTags(value, terms) {
  const tags2 = value.split(",").flatMap((part) => {
    const name = part.trim();
    return PRESETS[name] ?? [checkPipelineTag(name, terms)];
  });
  return tagSetKey(tags2);
}
function checkDatasetSetting(repo, token, terms) {
  if (!repo.includes("/") || !isHubId(repo)) {
    throw new InvalidSetting(`the Hugging Face dataset ${JSON.stringify(repo).slice(0, 120)} is not a repository id: give owner/name (letters, digits, - _ .), such as acme/hf-trends (${terms.set("hf-dataset", "owner/name")})`);
  }
  if (!token) throw new InvalidSetting(`publishing to ${repo} needs a Hugging Face token with write access: set ${terms.datasetToken}`);
}

// src/publish/run.ts
import { readFile as readFile3 } from "node:fs/promises";
import { join as join4, resolve as resolve2 } from "node:path";

// src/dataset/archive-weeks.ts
import { rename as rename2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var ARCHIVE_WEEKS_FILE = "archive-weeks.csv";
var HEADER = "Week,Snapshot,Rows,Tracked,Status,Source";
function archiveWeeksPath(dataDir) {
  return join2(dataDir, ARCHIVE_WEEKS_FILE);
}
async function readArchiveWeeks(dataDir) {
  const path = archiveWeeksPath(dataDir);
  const text = await readDataFile(path, dataDir);
  if (text === void 0) return [];
  const fail = (problem, line) => new DatasetFormatError(problem, { file: path, line, fix: restoreFix(path) });
  const weeks = [];
  parseCsv(text, (fields, line) => {
    if (line === 1) {
      if (fields.join(",") !== HEADER) throw fail(`the header must be ${HEADER}`, line);
      return;
    }
    const [week = "", snapshot = "", rows = "", tracked = "", status = "", source = ""] = fields;
    if (fields.length !== 6 || !/^\d{4}-\d\d-\d\d$/.test(week) || !/^(\d{4}-\d\d-\d\d)?$/.test(snapshot) || !/^\d+$/.test(rows) || !/^\d+$/.test(tracked) || status !== "usable" && status !== "partial" || !source.startsWith("archive:")) {
      throw fail(`expected Week (YYYY-MM-DD), Snapshot, Rows, Tracked, Status (usable or partial), Source (archive:owner/name); found ${JSON.stringify(fields.join(","))}`, line);
    }
    weeks.push({ week, snapshot, rows: Number(rows), tracked: Number(tracked), status, source });
  });
  return weeks;
}
async function writeArchiveWeeks(dataDir, weeks) {
  const sorted = [...weeks].sort((a, b) => a.week < b.week ? -1 : a.week > b.week ? 1 : 0);
  const lines = [HEADER, ...sorted.map((w) => [w.week, w.snapshot, w.rows, w.tracked, w.status, w.source].join(","))];
  const path = archiveWeeksPath(dataDir);
  await writeFile2(`${path}.tmp-${process.pid}`, `${lines.join("\n")}
`);
  await rename2(`${path}.tmp-${process.pid}`, path);
}

// src/publish/commit.ts
import { existsSync } from "node:fs";
import { readdir, readFile as readFile2, stat } from "node:fs/promises";
import { join as join3, posix, relative as relative2, sep } from "node:path";

// src/publish/git.ts
import { createHash as createHash2 } from "node:crypto";
function gitBlobSha(content) {
  return createHash2("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
var MAX_BLOB_BYTES = 40 * 1024 * 1024;

// src/publish/commit.ts
var PublishError = class extends Error {
  name = "PublishError";
};
async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join3(dir, entry.name);
    if (entry.isDirectory()) out.push(...await walk(path));
    else if (entry.isFile() && !entry.name.startsWith(".")) out.push(path);
  }
  return out;
}
async function collectOutputs(workspace, owned) {
  const toRepoPath = (file) => {
    const path = relative2(workspace, file).split(sep).join(posix.sep);
    if (path.startsWith("..") || posix.isAbsolute(path)) {
      throw new PublishError(`${file} is outside the repository checkout ${workspace}: use paths inside it`);
    }
    return path;
  };
  const files = [];
  const gone = [];
  for (const dir of owned.dirs) for (const file of await walk(dir)) files.push({ path: toRepoPath(file), file });
  for (const file of owned.files) files.push({ path: toRepoPath(file), file });
  for (const file of owned.optional ?? []) (existsSync(file) ? files : gone).push({ path: toRepoPath(file), file });
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, ownedDirs: owned.dirs.map(toRepoPath), gone: gone.map((f) => f.path) };
}
async function checkSizes(files) {
  for (const { path, file } of files) {
    const { size } = await stat(file);
    if (size > MAX_BLOB_BYTES) {
      throw new PublishError(
        `${path} is ${(size / 2 ** 20).toFixed(1)} MiB, over GitHub's 40 MiB limit for blobs committed through the API; nothing was committed. Keep each dataset file small (the dataset is split by creation month) or commit with git instead`
      );
    }
  }
}
var MAX_ATTEMPTS2 = 5;
function isOwned(path, ownedDirs) {
  return ownedDirs.some((dir) => path.startsWith(`${dir}/`));
}
async function commitOutputs(github, options) {
  const terms = options.terms ?? CLI_TERMS;
  const log = options.log ?? (() => {
  });
  const { files, ownedDirs } = options.outputs;
  const gone = new Set(options.outputs.gone);
  await checkSizes(files);
  const local = /* @__PURE__ */ new Map();
  for (const { path, file } of files) {
    const bytes = await readFile2(file);
    local.set(path, { file, sha: gitBlobSha(bytes) });
  }
  const uploaded = /* @__PURE__ */ new Set();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS2; attempt++) {
    const head = await github.headOf(options.branch);
    const baseTree = await github.treeOfCommit(head);
    const remote = /* @__PURE__ */ new Map();
    for (const dir of ownedDirs) for (const [path, sha] of await github.blobsUnder(baseTree, dir)) remote.set(path, sha);
    const loose = [...files.map((f) => f.path).filter((path) => !remote.has(path) && !isOwned(path, ownedDirs)), ...gone];
    for (const dir of new Set(loose.map((path) => posix.dirname(path)))) {
      for (const [path, sha] of await github.blobsUnder(baseTree, dir)) if (local.has(path) || gone.has(path)) remote.set(path, sha);
    }
    const added = [];
    const updated = [];
    const removed = [];
    const changes = [];
    for (const [path, { sha }] of local) {
      const before = remote.get(path);
      if (before === sha) continue;
      (before === void 0 ? added : updated).push(path);
      changes.push({ path, sha });
    }
    for (const [path] of remote) {
      if (!local.has(path) && (isOwned(path, ownedDirs) || gone.has(path))) {
        removed.push(path);
        changes.push({ path, sha: null });
      }
    }
    if (changes.length === 0) return { changed: false, added, updated, removed, attempts: attempt };
    if (options.dryRun) return { changed: true, added, updated, removed, attempts: attempt };
    for (const change of changes) {
      if (change.sha === null || uploaded.has(change.sha)) continue;
      const entry = local.get(change.path);
      const sha = await github.createBlob(await readFile2(entry.file));
      if (sha !== entry.sha) throw new PublishError(`GitHub stored ${change.path} as blob ${sha}, expected ${entry.sha}`);
      uploaded.add(sha);
    }
    const tree = await github.createTree(baseTree, changes);
    const commit = await github.createCommit(options.message, tree, head);
    const moved = await github.fastForward(options.branch, commit.sha);
    if (moved.ok) return { changed: true, sha: commit.sha, verified: commit.verified, added, updated, removed, attempts: attempt };
    if (await github.headOf(options.branch) === head) {
      throw new PublishError(
        `GitHub refused to move ${options.branch}: ${moved.message}. Nothing was committed. If the branch is protected, let the workflow's token push to it, or commit to another branch (${terms.set("branch", "<name>")})`
      );
    }
    log(`${options.branch} moved while committing (attempt ${attempt}); rebuilding the commit on the new head`);
  }
  throw new PublishError(`${options.branch} kept moving: gave up after ${MAX_ATTEMPTS2} attempts without forcing; nothing was lost, run again`);
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject2(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters2) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters2);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters2.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters2[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters2 = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters2);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters2, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 128; code <= 255; code++) {
  CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 48; code <= 57; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 65; code <= 90; code++) {
  CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 97; code <= 122; code++) {
  CHAR_MAP[code] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop2 = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code = header.charCodeAt(index);
    const flags = CHAR_MAP[code];
    if ((flags & stopFlags) !== 0) {
      stop2 |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop2 !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters2 = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code = header.charCodeAt(index);
      const flags = CHAR_MAP[code];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code2 = header.charCodeAt(index);
            if (code2 === DQUOTE) {
              if (parameters2[key] === void 0) {
                parameters2[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop3 = 0;
              while (index < len) {
                const code3 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code3];
                if ((flags2 & stopFlags) !== 0) {
                  stop3 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop3 !== 0)
                break parameter;
              continue parameter;
            }
            if (code2 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop2 = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code2];
          if ((flags2 & stopFlags) !== 0) {
            stop2 = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters2[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters2[key] = header.slice(valueStart, valueEnd);
        }
        if (stop2 !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters: parameters2 };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject3(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject3(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters2) {
    const endpointOptions = endpoint2.merge(route, parameters2);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters22) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters22))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep2 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep2}${b64url}${sep2}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters2) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters2
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION5 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry2(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry2.VERSION = VERSION5;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION6 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout: timeout2 = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout: timeout2 };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION6;
throttling.triggersNotification = triggersNotification;

// src/publish/github.ts
var GitHubClient = Octokit.plugin(retry2, throttling);
var GitHubRepo = class {
  owner;
  repo;
  #octokit;
  constructor(options) {
    const [owner, repo, extra] = options.repository.split("/");
    if (!owner || !repo || extra !== void 0) {
      throw new Error(`repository must be "owner/name", got "${options.repository}"`);
    }
    this.owner = owner;
    this.repo = repo;
    const log = options.log ?? (() => {
    });
    this.#octokit = new GitHubClient({
      auth: options.token,
      baseUrl: (options.apiUrl || "https://api.github.com").replace(/\/+$/, ""),
      userAgent: "hf-model-trends",
      log: { debug: () => {
      }, info: () => {
      }, warn: log, error: log },
      throttle: {
        onRateLimit: (retryAfter, request2, _octokit, retryCount) => {
          log(`GitHub rate limit on ${request2.method} ${request2.url}: retrying in ${retryAfter} s`);
          return retryCount < 3;
        },
        onSecondaryRateLimit: (retryAfter, request2, _octokit, retryCount) => {
          log(`GitHub secondary rate limit on ${request2.method} ${request2.url}: retrying in ${retryAfter} s`);
          return retryCount < 3;
        }
      }
    });
  }
  #path(rest) {
    return `/repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}${rest}`;
  }
  async #repository() {
    const { data } = await this.#octokit.request(`GET ${this.#path("")}`);
    return data;
  }
  async defaultBranch() {
    return (await this.#repository()).default_branch;
  }
  async isPrivate() {
    return (await this.#repository()).private === true;
  }
  async headOf(branch) {
    const { data } = await this.#octokit.request(`GET ${this.#path(`/git/ref/heads/${refPath(branch)}`)}`);
    return data.object.sha;
  }
  async treeOfCommit(sha) {
    const { data } = await this.#octokit.request(`GET ${this.#path(`/git/commits/${sha}`)}`);
    return data.tree.sha;
  }
  async tree(sha, recursive) {
    const { data } = await this.#octokit.request(`GET ${this.#path(`/git/trees/${sha}`)}${recursive ? "?recursive=1" : ""}`);
    const tree = data;
    return { entries: tree.tree, truncated: tree.truncated ?? false };
  }
  /**
   * Every blob below `dir` (a repository path) in the tree `rootSha`, keyed by full path.
   * Walks only the directories on the way, then asks for that subtree recursively.
   */
  async blobsUnder(rootSha, dir) {
    const blobs = /* @__PURE__ */ new Map();
    let sha = rootSha;
    const parts = dir.split("/").filter((part) => part !== "" && part !== ".");
    for (const part of parts) {
      const { entries: entries2 } = await this.tree(sha, false);
      sha = entries2.find((entry) => entry.path === part && entry.type === "tree")?.sha;
      if (!sha) return blobs;
    }
    const prefix = parts.length ? `${parts.join("/")}/` : "";
    const { entries, truncated } = await this.tree(sha, true);
    if (truncated) throw new Error(`the tree of ${dir} is too large for one listing; give the outputs their own directory`);
    for (const entry of entries) if (entry.type === "blob") blobs.set(prefix + entry.path, entry.sha);
    return blobs;
  }
  async createBlob(content) {
    const { data } = await this.#octokit.request(`POST ${this.#path("/git/blobs")}`, {
      content: Buffer.from(content).toString("base64"),
      encoding: "base64"
    });
    return data.sha;
  }
  async createTree(baseTree, changes) {
    const { data } = await this.#octokit.request(`POST ${this.#path("/git/trees")}`, {
      base_tree: baseTree,
      tree: changes.map((change) => ({ path: change.path, mode: "100644", type: "blob", sha: change.sha }))
    });
    return data.sha;
  }
  /** A commit with no author or committer: GitHub then signs it as the token's bot. */
  async createCommit(message, tree, parent) {
    const { data } = await this.#octokit.request(`POST ${this.#path("/git/commits")}`, { message, tree, parents: [parent] });
    const commit = data;
    return { sha: commit.sha, verified: commit.verification?.verified ?? false };
  }
  /** The release of a tag, or undefined when there is none. */
  async releaseByTag(tag) {
    try {
      const { data } = await this.#octokit.request(`GET ${this.#path(`/releases/tags/${encodeURIComponent(tag)}`)}`);
      return data;
    } catch (error) {
      if (error.status === 404) return void 0;
      throw error;
    }
  }
  /**
   * Creates a release and its tag at `commit`. A 422 means the tag or release exists already (a
   * run in between): undefined, and the caller reads it again.
   */
  async createRelease(release) {
    try {
      const { data } = await this.#octokit.request(`POST ${this.#path("/releases")}`, {
        tag_name: release.tag,
        target_commitish: release.commit,
        name: release.name,
        body: release.body,
        make_latest: "true"
      });
      return data;
    } catch (error) {
      if (error.status === 422) return void 0;
      throw error;
    }
  }
  /** Uploads one asset to the release's own `upload_url` (the template the API returned). */
  async uploadAsset(release, asset) {
    await this.#octokit.request({
      method: "POST",
      url: release.upload_url,
      name: asset.name,
      data: asset.bytes,
      headers: { "content-type": asset.contentType, "content-length": asset.bytes.byteLength }
    });
  }
  /**
   * Moves the branch, never by force. A 422 comes back as GitHub's message: the branch moved
   * meanwhile, or a rule refused the update; the caller tells which by reading the head again.
   */
  async fastForward(branch, sha) {
    try {
      await this.#octokit.request(`PATCH ${this.#path(`/git/refs/heads/${refPath(branch)}`)}`, { sha, force: false });
      return { ok: true };
    } catch (error) {
      const failure = error;
      if (failure.status === 422) return { ok: false, message: failure.message ?? "422 Unprocessable Entity" };
      throw error;
    }
  }
};

// src/publish/run.ts
function outputPaths(dataDir, chartsDir) {
  const always = chartFiles(false);
  return {
    dirs: [datasetDir(dataDir)],
    files: [join4(dataDir, INSIGHTS_JSON), join4(dataDir, INSIGHTS_MD), historyPath(dataDir), ...always.map((file) => join4(chartsDir, file))],
    optional: [...chartFiles(true).filter((file) => !always.includes(file)).map((file) => join4(chartsDir, file)), archiveWeeksPath(dataDir)]
  };
}
async function publishToGitHub(target, content, log) {
  const github = new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl, log: log.warn });
  const branch = target.branch || await github.defaultBranch();
  const workspace = content.workspace ?? process.cwd();
  const outputs = await collectOutputs(workspace, outputPaths(resolve2(workspace, content.dataDir), resolve2(workspace, content.chartsDir)));
  const result = await commitOutputs(github, { branch, message: content.message, outputs, dryRun: target.dryRun, log: log.info, terms: target.terms });
  const what = `${result.added.length} added, ${result.updated.length} updated, ${result.removed.length} removed`;
  if (!result.changed) log.info(`nothing changed on ${branch}: no commit`);
  else if (target.dryRun) log.info(`dry run: would commit to ${branch}: ${what}`);
  else log.info(`committed ${result.sha} to ${branch}${result.verified ? " (verified)" : ""}: ${what}`);
  return { ...result, branch };
}
async function isPrivateRepository(target, eventPath) {
  if (eventPath) {
    try {
      const event = JSON.parse(await readFile3(eventPath, "utf8"));
      if (typeof event.repository?.private === "boolean" && event.repository.full_name === target.repository) return event.repository.private;
    } catch {
    }
  }
  return new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl }).isPrivate();
}

// src/dataset/dictionary.ts
var COLUMN_DOCS = {
  "Model ID": { type: "string", meaning: "`owner/name` on the Hub" },
  Author: { type: "string", meaning: "the owner (user or organisation)" },
  Likes: { type: "int64", meaning: "likes on the Hub" },
  Downloads: { type: "int64", meaning: "downloads in the **last 30 days** (a rolling window), not all time" },
  "Created At": { type: "timestamp (UTC)", meaning: "creation date; `2022-03-02T23:29:04\u201305Z` is the legacy import's placeholder, not a date" },
  Private: { type: "bool", meaning: "always false: private models are left out" },
  Gated: { type: "string", meaning: "`false`, `auto` or `manual`" },
  Library: { type: "string", meaning: "the card's `library_name`; null when absent; free-form user text" },
  "Used Storage": { type: "int64", meaning: "bytes in the repository, all revisions; null while not yet learned" },
  Spaces: { type: "int64", meaning: "Spaces using the model, capped at 100 by the Hub (100 means 100 or more)" },
  "Last Modified": { type: "timestamp (UTC)", meaning: "date of the last commit (may claim a date after the snapshot)" },
  "Downloads All Time": { type: "int64", meaning: "cumulative downloads" },
  Parameters: { type: "int64", meaning: "`safetensors.total`; null without safetensors weights at the top level" },
  "Base Model": { type: "string", meaning: "parent ids from the `base_model:` tags, first appearance first, joined with `;`" },
  Relation: { type: "string", meaning: "`finetune`, `adapter`, `quantized` or `merge`, from the first typed `base_model:` tag" },
  License: { type: "string", meaning: "the first `license:` tag's value" },
  "Downloads All Time Previous": { type: "int64", meaning: "`Downloads All Time` at the previous snapshot: the difference is real downloads in between" },
  "Pipeline Tag": { type: "string", meaning: "the pipeline tag the model was listed under (one of the tracked set); the tag as of the snapshot" },
  Snapshot: { type: "date", meaning: "the snapshot's date (the same on every row of a week's file)" }
};

// src/publish/dataset-card.ts
function snapshotParquetPath(snapshot) {
  return `data/snapshots/${snapshot}/${PARQUET_FILE}`;
}
function datasetUrls(endpoint2, repo, tag) {
  const base = `${endpoint2.replace(/\/+$/, "")}/datasets/${repo}`;
  return { url: tag ? `${base}/tree/${tag}` : base, viewerUrl: `${base}/viewer` };
}
var ALL_SNAPSHOTS_GLOB = `data/snapshots/*/${PARQUET_FILE}`;
function sizeCategory(n) {
  const bounds = [[1e3, "n<1K"], [1e4, "1K<n<10K"], [1e5, "10K<n<100K"], [1e6, "100K<n<1M"], [1e7, "1M<n<10M"], [1e8, "10M<n<100M"]];
  return bounds.find(([limit]) => n < limit)?.[1] ?? "n>1T";
}
var q = (text) => JSON.stringify(text);
function datasetCard(input) {
  const path = snapshotParquetPath(input.snapshot);
  const hf = `hf://datasets/${input.repo}`;
  const first = input.snapshots[0] ?? input.snapshot;
  const columns = Object.entries(COLUMN_DOCS).map(([name, doc]) => `| \`${name}\` | ${doc.type} | ${doc.meaning} |`);
  const tags2 = tagsOf(input.task);
  const label = tagSetLabel(input.task);
  const which = tags2.length === 1 ? `the \`${tags2[0]}\` pipeline tag` : `the pipeline tags ${tags2.map((t) => `\`${t}\``).join(", ")} (one catalogue; \`Pipeline Tag\` says which)`;
  const made = input.repositoryUrl ? ` in [${input.repositoryUrl.replace(/^https?:\/\/[^/]+\//, "")}](${input.repositoryUrl}) with hf-model-trends` : " with hf-model-trends";
  return [
    "---",
    "license: other",
    'license_name: "hugging-face-hub-metadata"',
    'license_link: "https://huggingface.co/terms-of-service"',
    `pretty_name: ${q(`${label} models on the Hugging Face Hub: weekly snapshots`)}`,
    "tags:",
    "- tabular",
    "- hugging-face-hub",
    "- model-metadata",
    "- snapshots",
    ...tags2.map((tag) => `- ${q(tag)}`),
    "size_categories:",
    `- ${q(sizeCategory(input.models))}`,
    "configs:",
    "- config_name: latest",
    "  default: true",
    "  data_files:",
    "  - split: train",
    `    path: ${q(path)}`,
    "- config_name: history",
    "  data_files:",
    "  - split: train",
    `    path: ${q(ALL_SNAPSHOTS_GLOB)}`,
    "---",
    "",
    `# ${markdownText(label)} models on the Hugging Face Hub: weekly snapshots`,
    "",
    `Every public model of ${which} on the Hub, one row each, with its downloads, likes, size, lineage and licence: **${input.models.toLocaleString("en-US")} models** in the snapshot of **${input.snapshot}**. Made weekly${made} from the Hub's API. Each snapshot is one Parquet file and one immutable tag (\`${input.tag}\` for this one); ${input.snapshots.length} ${input.snapshots.length === 1 ? "snapshot" : "snapshots"} so far, from ${first} to ${input.snapshot}.`,
    ...input.siteUrl ? ["", `Charts and findings of each snapshot: ${input.siteUrl}`] : [],
    "",
    "## Configs",
    "",
    `- \`latest\` (default): this tag's snapshot, \`${path}\`.`,
    `- \`history\`: every snapshot in one table (\`${ALL_SNAPSHOTS_GLOB}\`, one split): every file shares one schema, and the \`Snapshot\` column tells the weeks apart. (Weeks published before release 1.2 lack \`Pipeline Tag\`: read them with DuckDB's \`union_by_name\`, or load the weeks since.)`,
    "",
    "## Columns",
    "",
    "| column | type | meaning |",
    "|---|---|---|",
    ...columns,
    "",
    "## Caveats",
    "",
    "- `Downloads` is a rolling 30-day window. The Hub counts a download for every GET or HEAD of a model's query file (every `.gguf` file counts), with no de-duplication of users or CI: quantized and full models are not the same unit.",
    "- Models created before the Hub stored creation dates carry the legacy import's stamp (`2022-03-02T23:29:04Z` or `\u2026:05Z`): a placeholder, not a date.",
    "- The Hub deletes thousands of repositories a week: older creation months are survivors only.",
    "- Lineage (`Base Model`, `Relation`) and `License` are what model cards say, unchecked.",
    "- `Used Storage` is learned gradually (one request per model, most downloaded first): null where not yet known.",
    "- Hub text (ids, libraries, licences) is kept byte for byte, as the Hub sent it.",
    "",
    "## Load",
    "",
    "```python",
    "from datasets import load_dataset",
    `week = load_dataset(${q(input.repo)}, "latest", revision=${q(input.tag)}, split="train")`,
    `every_week = load_dataset(${q(input.repo)}, "history", split="train")`,
    "```",
    "",
    "```sql",
    `-- DuckDB: one snapshot at its tag, or every snapshot at once`,
    `SELECT * FROM '${hf}@${input.tag}/${path}';`,
    `SELECT "Snapshot", count(*) FROM '${hf}/${ALL_SNAPSHOTS_GLOB}' GROUP BY ALL ORDER BY 1;`,
    "```",
    "",
    "```python",
    "import pandas as pd, polars as pl",
    `df = pd.read_parquet(${q(`${hf}@${input.tag}/${path}`)})`,
    `lf = pl.scan_parquet(${q(`${hf}/${ALL_SNAPSHOTS_GLOB}`)})`,
    "```",
    "",
    "## Cite",
    "",
    `Cite the snapshot you used by its tag, which never moves: \`${input.repo}\`, tag \`${input.tag}\`, https://huggingface.co/datasets/${input.repo}/tree/${input.tag}.`,
    ""
  ].join("\n");
}

// src/publish/release.ts
import { readFile as readFile4 } from "node:fs/promises";
import { basename, join as join5 } from "node:path";

// src/publish/release-notes.ts
var fmt = (n) => n.toLocaleString("en-US");
function releaseTitle(task, snapshot) {
  return `${tagSetLabel(task)} models on the Hugging Face Hub, snapshot ${snapshot}`;
}
function releaseNotes(input) {
  const { findings, repositoryUrl, tag, parquetName } = input;
  const t = findings.totals;
  const latest = `${repositoryUrl}/releases/latest/download/${parquetName}`;
  const pinned = `${repositoryUrl}/releases/download/${tag}/${parquetName}`;
  const since = findings.sincePrevious;
  const repository = repositoryUrl.replace(/^https?:\/\/[^/]+\//, "");
  const task = tagSetLabel(input.task);
  const mix = findings.pipelineTags;
  return [
    `Every public **${markdownText(task)}** model on the Hugging Face Hub as of **${findings.snapshot}**: ${fmt(t.models)} models, ${fmt(t.newLast7Days)} created in the last 7 days and ${fmt(t.newLast30Days)} in the last 30; storage known for ${fmt(t.storageKnown)} (${(t.storageCoverage * 100).toFixed(1)}%).`,
    "",
    ...mix ? [`- By pipeline tag: ${tagCountsLine(mix)}`, `- Share of 30-day downloads: ${mix.tags.map((x) => `${markdownText(x.tag)} ${(x.downloadsShare * 100).toFixed(1)}%`).join(", ")}`] : [],
    `- Creation surge six months after ChatGPT: **${findings.creationSurge.verdict}**`,
    `- Smaller models are more popular: **${findings.smallerMorePopular.verdict}**`,
    `- Recent models are downloaded more: **${findings.recentDownloadedMore.verdict}**`,
    `- Popularity classes: ${findings.popularityClasses.classes.map((c) => `${c.name} ${fmt(c.count)}`).join(", ")}`,
    `- Concentration: ${(findings.concentration.last30Days.zeroShare * 100).toFixed(1)}% of models had no download in 30 days; the top 1% took ${(findings.concentration.last30Days.top1PercentShare * 100).toFixed(1)}% of downloads (Gini ${findings.concentration.last30Days.gini.toFixed(3)})`,
    `- Derivatives with children of their own: ${["finetune", "quantized", "adapter"].map((r) => `${r} ${(findings.lineage.structure.fertility[r].share * 100).toFixed(1)}%`).join(", ")}`,
    ...(() => {
      const q2 = findings.sizeOverTime.quarters.filter((x) => x.medianParameters !== null).at(-1);
      return q2 ? [`- New models of ${q2.quarter}: median ${formatParameters(q2.medianParameters)} parameters; the median of what is downloaded ${formatParameters(q2.downloadWeightedMedian)}`] : [];
    })(),
    "",
    "## Since the previous snapshot",
    "",
    ...since ? [`Previous snapshot: ${since.previousSnapshot} (${since.days} days before).`, "", ...sinceLines(since).map((line) => `- ${line}`)] : ["This is the first snapshot."],
    "",
    "## Files",
    "",
    `- \`${parquetName}\`: one row per model, the dataset's columns with their types (text, 64-bit integers, UTC timestamps, a boolean), Snappy-compressed, row groups of 50,000 models in creation order.`,
    "- `insights.json`, `insights.md`: the findings as numbers and as text.",
    "- The charts as PNG.",
    "",
    "## Load it",
    "",
    "This snapshot, always the same bytes:",
    "",
    "```sql",
    `SELECT * FROM read_parquet('${pinned}');  -- DuckDB (httpfs loads itself)`,
    "```",
    "```python",
    `import pandas as pd; df = pd.read_parquet("${pinned}")`,
    `import polars as pl; df = pl.read_parquet("${pinned}")`,
    "```",
    "",
    `The newest snapshot, whichever it is: \`${latest}\`.`,
    "",
    ...input.hfDataset ? [
      "## On the Hugging Face Hub",
      "",
      `The same snapshot in [${input.hfDataset.repo}](${input.hfDataset.url}) at the tag \`${tag}\` ([viewer](${input.hfDataset.viewerUrl})):`,
      "",
      "```sql",
      `SELECT * FROM 'hf://datasets/${input.hfDataset.repo}@${tag}/${input.hfDataset.parquetPath}';`,
      "```",
      ""
    ] : [],
    "## Cite it",
    "",
    `${markdownText(task)} models on the Hugging Face Hub, snapshot ${findings.snapshot}. ${repository}, release \`${tag}\`. ${repositoryUrl}/releases/tag/${tag}`,
    "",
    "With the repository's Zenodo integration on, each release is archived with a DOI of its own; cite that DOI.",
    ""
  ].join("\n");
}

// src/publish/release.ts
function snapshotTag(snapshot) {
  return `snapshot-${snapshot}`;
}
function snapshotRelease(from) {
  const tag = snapshotTag(from.findings.snapshot);
  return {
    tag,
    title: releaseTitle(from.task, from.findings.snapshot),
    notes: releaseNotes({
      task: from.task,
      tag,
      findings: from.findings,
      repositoryUrl: from.repositoryUrl,
      parquetName: PARQUET_FILE,
      hfDataset: from.hfDataset && { repo: from.hfDataset.repo, ...datasetUrls(from.hfDataset.endpoint, from.hfDataset.repo, tag), parquetPath: snapshotParquetPath(from.findings.snapshot) }
    }),
    commit: from.commit,
    branch: from.branch,
    assets: [
      { file: parquetPath(from.dataDir), contentType: "application/vnd.apache.parquet" },
      { file: join5(from.dataDir, INSIGHTS_JSON), contentType: "application/json" },
      { file: join5(from.dataDir, INSIGHTS_MD), contentType: "text/markdown; charset=utf-8" },
      ...chartFiles(from.findings.pipelineTags !== void 0).map((file) => ({ file: join5(from.chartsDir, file), contentType: "image/png" }))
    ]
  };
}
async function publishRelease(target, release, log) {
  const github = new GitHubRepo({ repository: target.repository, token: target.token, apiUrl: target.apiUrl, log: log.warn });
  let existing = await github.releaseByTag(release.tag);
  let created = false;
  if (!existing) {
    const commit = release.commit ?? await github.headOf(release.branch);
    existing = await github.createRelease({ tag: release.tag, commit, name: release.title, body: release.notes });
    created = existing !== void 0;
    existing ??= await github.releaseByTag(release.tag);
    if (!existing) throw new PublishError(`GitHub refused to create the release ${release.tag}, and there is none: is the tag used by something else?`);
    if (created) log.info(`created the release ${release.tag} at ${commit.slice(0, 12)}`);
  } else {
    log.info(`the release ${release.tag} exists: its notes and assets stay as they are`);
  }
  const have = new Set(existing.assets.filter((a) => a.state === void 0 || a.state === "uploaded").map((a) => a.name));
  const uploaded = [];
  const kept = [];
  for (const asset of release.assets) {
    const name = basename(asset.file);
    if (have.has(name)) {
      kept.push(name);
      continue;
    }
    await upload(github, existing, name, asset, release);
    uploaded.push(name);
  }
  if (uploaded.length) log.info(`uploaded ${uploaded.length} asset(s) to ${release.tag}: ${uploaded.join(", ")}`);
  return { tag: release.tag, url: existing.html_url, created, uploaded, kept };
}
async function upload(github, release, name, asset, wanted) {
  const bytes = await readFile4(asset.file);
  try {
    await github.uploadAsset(release, { name, contentType: asset.contentType, bytes });
  } catch (error) {
    const failure = error;
    throw new PublishError(
      `uploading ${name} (${bytes.byteLength} bytes) to the release ${wanted.tag} failed${failure.status ? ` with HTTP ${failure.status}` : ""} after retries: ${failure.message ?? String(error)}. The data commit stays as it is; run the workflow again to add the missing assets to the release`,
      { cause: error }
    );
  }
}

// src/publish/hf-dataset.ts
import { readFile as readFile5 } from "node:fs/promises";
var COMMIT_ATTEMPTS = 3;
async function publishSnapshotToHub(target, snapshot, log) {
  try {
    return await publish(target, snapshot, log);
  } catch (error) {
    if (error instanceof DatasetTokenRefused) error.repo = target.repo;
    throw error;
  }
}
async function publish(target, snapshot, log) {
  const api = new HubWriteApi({ endpoint: target.endpoint, token: target.token, backoffBaseMs: target.backoffBaseMs });
  const tag = snapshotTag(snapshot.snapshot);
  const { url, viewerUrl } = datasetUrls(target.endpoint, target.repo, tag);
  const result = (commit2, changed, created2) => ({
    repo: target.repo,
    tag,
    commit: commit2,
    changed,
    created: created2,
    url,
    viewerUrl,
    requests: api.requests,
    bytesUploaded: api.bytesUploaded
  });
  const created = await api.createRepo(target.repo, target.keepsPrivate) === "created";
  if (!created && target.keepsPrivate && !(await api.repoInfo(target.repo)).private) {
    throw new HfDatasetError(`${target.repo} is public on the Hub, and this dataset keeps private models: make the repository private there, or name another one. Nothing was sent.`);
  }
  let refs = await api.refs(target.repo);
  const tagged = refs.tags.get(tag);
  if (tagged !== void 0) {
    log.info(`${target.repo} already has ${tag}: a snapshot's tag never moves, nothing sent`);
    return result(tagged, false, created);
  }
  const parquetPath2 = snapshotParquetPath(snapshot.snapshot);
  const parquet = new Uint8Array(await readFile5(snapshot.parquet));
  const oid = sha256(parquet);
  const before = refs.head ? await api.tree(target.repo, refs.head) : [];
  const snapshots = [.../* @__PURE__ */ new Set([...before.flatMap((f) => /^data\/snapshots\/(\d{4}-\d\d-\d\d)\//.exec(f.path)?.[1] ?? []), snapshot.snapshot])].sort();
  const card = datasetCard({ repo: target.repo, task: snapshot.task, snapshot: snapshot.snapshot, tag, models: snapshot.models, snapshots, repositoryUrl: snapshot.repositoryUrl, siteUrl: snapshot.siteUrl });
  const files = [
    { path: parquetPath2, bytes: parquet },
    { path: "README.md", bytes: new TextEncoder().encode(card) }
  ];
  let commit = landed(before, parquetPath2, oid) ? refs.head : void 0;
  if (commit) log.info(`${target.repo}: ${parquetPath2} is on main already (a run whose commit answer was lost): tagging it`);
  else {
    const modes = await api.preupload(target.repo, files);
    const lfs = files.filter((f) => modes.get(f.path) === "lfs");
    const actions = await api.lfsBatch(target.repo, lfs.map((f) => ({ oid: sha256(f.bytes), size: f.bytes.byteLength })));
    for (const file of lfs) {
      const action = actions.get(sha256(file.bytes));
      if (action) await api.upload(action, sha256(file.bytes), file.bytes);
    }
    const summary = `Snapshot ${snapshot.snapshot}: ${snapshot.models} ${tagSetLabel(snapshot.task)} models`;
    const parts = files.map((f) => ({ ...f, lfs: modes.get(f.path) === "lfs" }));
    for (let attempt = 1; commit === void 0; attempt++) {
      try {
        commit = await api.commit(target.repo, summary, refs.head, parts);
      } catch (error) {
        if (!(error instanceof CommitAnswerLost) || attempt >= COMMIT_ATTEMPTS) throw error;
        refs = await api.refs(target.repo);
        if (refs.head && landed(await api.tree(target.repo, refs.head), parquetPath2, oid)) {
          log.info(`${target.repo}: the commit's answer was lost (${error.message}), but it landed: ${refs.head.slice(0, 12)}`);
          commit = refs.head;
        } else log.info(`${target.repo}: the commit's answer was lost (${error.message}) and main does not hold it: committing again (attempt ${attempt + 1})`);
      }
    }
  }
  await api.tag(target.repo, commit, tag, `Snapshot ${snapshot.snapshot} of the ${tagSetLabel(snapshot.task)} models`);
  log.info(`published ${tag} to ${target.repo} (${commit.slice(0, 12)}; ${(api.bytesUploaded / 1e6).toFixed(1)} MB uploaded in ${api.requests} requests): ${url}`);
  return result(commit, true, created);
}
function landed(tree, path, oid) {
  return tree.some((f) => f.path === path && f.lfs?.oid === oid);
}

// src/site/links.ts
function pagesUrl(serverUrl, repository) {
  if (!repository || new URL(serverUrl).hostname !== "github.com") return void 0;
  const [owner, name] = repository.split("/");
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}
function siteLinks(siteUrl, repositoryUrl, dataDir) {
  const trimmed = siteUrl?.trim().replace(/\/+$/, "");
  return {
    siteUrl: trimmed ? `${trimmed}/` : void 0,
    repositoryUrl,
    datasetPath: repositoryUrl ? datasetDir(dataDir).split("\\").join("/") : void 0
  };
}

export {
  newestDate,
  decideSnapshot,
  storedSnapshot,
  HubError,
  maskSecrets,
  analysisOfRecords,
  renderOutputs,
  sleep,
  TransientFault,
  readJson,
  refused,
  baselineOf,
  isPartialWeek,
  nextHistory,
  isHubId,
  nextLink,
  CLI_TERMS,
  ACTION_TERMS,
  failureMessage,
  createClient,
  writeSnapshotParquet,
  invalidIdsLine,
  harvest,
  futureLine,
  storageLine,
  enrichBacklog,
  planDailyRun,
  staleLine,
  refresh,
  rebuildHistory,
  readArchiveWeeks,
  writeArchiveWeeks,
  InvalidSetting,
  checkBranch,
  checkPipelineTags,
  checkDatasetSetting,
  publishToGitHub,
  isPrivateRepository,
  datasetUrls,
  snapshotRelease,
  publishRelease,
  publishSnapshotToHub,
  pagesUrl,
  siteLinks
};
/*! For license information please see chunk-IQRW7SXY.js.LEGAL.txt */
