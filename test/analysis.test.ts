import { describe, expect, it } from "vitest";
import { computeInsights, fastestAcceleration } from "../src/analysis/findings.ts";
import { downloadBins, popularityClass, popularityClasses } from "../src/analysis/popularity.ts";
import { averageRanks, median, spearman, weightedMedian } from "../src/analysis/stats.ts";
import { computeLineage, LineageTable } from "../src/analysis/lineage.ts";
import { weekEnding, weeklySeries, type WeekPoint } from "../src/analysis/weekly.ts";
import { newestDate } from "../src/dataset/snapshot.ts";
import { computeMarket } from "../src/analysis/market.ts";
import { PLACEHOLDER_CREATED_AT, type ModelRecord } from "../src/dataset/record.ts";
import { ModelTable } from "../src/dataset/table.ts";

const day = (iso: string) => Date.parse(iso);

/** The findings of some records, lineage included, as the pipeline computes them. */
function insightsOf(records: ModelRecord[]) {
  const table = LineageTable.ofRecords(records);
  const models = columnsOf(records);
  const snapshot = newestDate(models);
  return computeInsights(models, computeLineage(table, snapshot).insights, computeMarket(ModelTable.of(records), snapshot), snapshot, undefined, { task: "text-generation" });
}
const columnsOf = (records: ModelRecord[]) => ModelTable.of(records).columns();
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function model(id: string, createdAt: string | number, extra: Partial<ModelRecord> = {}): ModelRecord {
  const created = typeof createdAt === "number" ? createdAt : Date.parse(createdAt);
  return {
    id, author: id.split("/")[0] as string, likes: 0, downloads: 0, createdAt: created, private: false, gated: "false",
    library: "", usedStorage: null, spaces: 0, lastModified: created, downloadsAllTime: null, parameters: null,
    baseModel: "", relation: "", license: "", downloadsAllTimePrevious: null, pipelineTag: "text-generation", ...extra,
  };
}

describe("W-MON weeks (as pandas resample('W-MON') labels them)", () => {
  it("labels Tuesday through Monday with that Monday, the whole Monday included", () => {
    expect(iso(weekEnding(day("2024-01-02T00:00:00Z")))).toBe("2024-01-08"); // Tuesday
    expect(iso(weekEnding(day("2024-01-07T12:00:00Z")))).toBe("2024-01-08"); // Sunday
    expect(iso(weekEnding(day("2024-01-08T00:00:00Z")))).toBe("2024-01-08"); // Monday midnight
    expect(iso(weekEnding(day("2024-01-08T23:59:59.999Z")))).toBe("2024-01-08"); // Monday's last moment
    expect(iso(weekEnding(day("2024-01-09T00:00:00Z")))).toBe("2024-01-15"); // next Tuesday
    expect(iso(weekEnding(day("2023-12-31T23:00:00Z")))).toBe("2024-01-01"); // across a year boundary
    expect(iso(weekEnding(day("1969-12-31T12:00:00Z")))).toBe("1970-01-05"); // before the epoch (a Wednesday)
    // Every day from 1960 to 2100 ends its week on the first Monday from it (Date's own weekday).
    for (let ms = Date.UTC(1960, 0, 1, 7); ms < Date.UTC(2100, 0, 1); ms += 86_400_000) {
      const monday = weekEnding(ms);
      expect(new Date(monday).getUTCDay()).toBe(1);
      expect(monday - Math.floor(ms / 86_400_000) * 86_400_000).toBeLessThan(7 * 86_400_000);
      expect(monday).toBeGreaterThanOrEqual(Math.floor(ms / 86_400_000) * 86_400_000);
    }
  });

  it("keeps placeholder-dated models out of every week but starts the cumulative count with them", () => {
    const records = [
      model("a/placeholder-1", PLACEHOLDER_CREATED_AT),
      model("a/placeholder-2", PLACEHOLDER_CREATED_AT),
      model("a/one", "2024-01-02T10:00:00Z"),
      model("a/two", "2024-01-08T22:00:00Z"),
      model("a/three", "2024-01-23T08:00:00Z"), // two weeks later: an empty week in between
      model("a/partial", "2024-01-30T08:00:00Z"), // Tuesday of the snapshot's week
    ];
    const series = weeklySeries(columnsOf(records), day("2024-01-31T12:00:00Z"));
    expect(series.placeholder).toBe(2);
    expect(series.weeks.map((w) => [w.week, w.count, w.cumulative])).toEqual([
      ["2024-01-08", 2, 4],
      ["2024-01-15", 0, 4],
      ["2024-01-22", 0, 4],
      ["2024-01-29", 1, 5],
    ]);
    expect(series.partialWeek).toEqual({ week: "2024-02-05", count: 1 });
    // A snapshot at the very end of a Monday completes that week.
    const complete = weeklySeries(columnsOf(records.slice(0, 5)), day("2024-01-29T23:59:59.999Z"));
    expect(complete.partialWeek).toBeNull();
    expect(complete.weeks.at(-1)).toMatchObject({ week: "2024-01-29", cumulative: 5 });
  });
});

describe("popularity classes", () => {
  it("puts 39 in Not Popular, 40 and 999 in Popular, 1000 in Very Popular", () => {
    expect([0, 39, 40, 999, 1000, 10 ** 7].map(popularityClass)).toEqual([
      "Not Popular", "Not Popular", "Popular", "Popular", "Very Popular", "Very Popular",
    ]);
    const counts = popularityClasses(columnsOf([39, 40, 999, 1000].map((d, i) => model(`a/${i}`, "2024-01-01T00:00:00Z", { downloads: d }))));
    expect(counts.map((c) => [c.name, c.count, c.share])).toEqual([
      ["Not Popular", 1, 0.25],
      ["Popular", 2, 0.5],
      ["Very Popular", 1, 0.25],
    ]);
  });

  it("uses download bins whose edges include both class thresholds", () => {
    const bins = downloadBins(25_000);
    expect(bins[0]).toEqual({ lower: 0, upper: 1, label: "0" });
    expect(bins.map((b) => b.lower)).toEqual(expect.arrayContaining([40, 1000]));
    expect(bins.find((b) => b.lower === 20)?.upper).toBe(40);
    expect(bins.find((b) => b.lower === 400)).toMatchObject({ upper: 1000, label: "400–999" });
    expect(bins.at(-1)?.upper).toBeGreaterThan(25_000);
  });
});

describe("statistics", () => {
  it("matches scipy.stats.spearmanr on its documented example, ties included", () => {
    // scipy: spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).statistic == 0.8207826816681233
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(Array.from(averageRanks([10, 20, 20, 30]))).toEqual([1, 2.5, 2.5, 4]);
    expect(median([5, 1, 3, 2])).toBe(2.5);
  });

  it("finds the median and the weighted median a sort finds, on ties, runs and sorted input", () => {
    const sortedMedian = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : ((s[m - 1] as number) + (s[m] as number)) / 2;
    };
    const sortedWeighted = (v: number[], w: number[]) => {
      const order = v.map((_, i) => i).sort((a, b) => (v[a] as number) - (v[b] as number));
      const total = w.reduce((a, b) => a + b, 0);
      if (total === 0) return null;
      let seen = 0;
      for (const i of order) if ((seen += w[i] as number) >= total / 2) return v[i];
      return null;
    };
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const shapes: Array<(n: number) => number[]> = [
      (n) => Array.from({ length: n }, () => Math.floor(next() * 5)), // mostly ties, as download counts are
      (n) => Array.from({ length: n }, (_, i) => i), // sorted
      (n) => Array.from({ length: n }, (_, i) => n - i), // reversed
      (n) => Array.from({ length: n }, () => next() * 1e9),
      (n) => Array.from({ length: n }, (_, i) => (i % 2 ? 0 : 1e6)), // two values, interleaved
    ];
    for (const shape of shapes) {
      for (const n of [1, 2, 3, 10, 101, 1000, 5000]) {
        const values = shape(n);
        const weights = values.map(() => (next() < 0.6 ? 0 : Math.floor(next() * 1000)));
        expect(median(values)).toBe(sortedMedian(values));
        expect(weightedMedian(values, weights)).toBe(sortedWeighted(values, weights));
      }
    }
    expect(median([])).toBeNull();
    expect(weightedMedian([1, 2], [0, 0])).toBeNull();
  });

  it("finds the week where growth accelerates most", () => {
    const weeks: WeekPoint[] = Array.from({ length: 60 }, (_, i) => ({
      week: `w${i}`, weekMs: i, count: i < 30 ? 10 : Math.round(10 * 1.15 ** (i - 29)), cumulative: 0,
    }));
    expect(fastestAcceleration(weeks)?.week).toBe("w29");
  });
});

describe("findings", () => {
  it("computes the creation surge around ChatGPT's release from weekly means", () => {
    const records: ModelRecord[] = [];
    const add = (from: string, weeks: number, perWeek: number) => {
      for (let w = 0; w < weeks; w++) {
        for (let k = 0; k < perWeek; k++) records.push(model(`m/${from}-${w}-${k}`, day(from) + w * 7 * 86_400_000 + 3_600_000));
      }
    };
    add("2022-06-01T00:00:00Z", 26, 1); // 26 weeks before 2022-11-30, one a week
    add("2022-11-30T00:00:00Z", 26, 2); // 26 weeks after
    add("2023-05-31T00:00:00Z", 26, 6); // weeks 26–52 after
    records.push(model("m/late", "2024-02-01T00:00:00Z"));
    const insights = insightsOf(records);
    expect(insights.creationSurge.meanWeeklyBefore).toBeCloseTo(1, 1);
    expect(insights.creationSurge.meanWeeklyAfter).toBeCloseTo(2, 1);
    expect(insights.creationSurge.meanWeeklyMonths6to12).toBeCloseTo(6, 1);
    expect(insights.creationSurge.verdict).toBe("supported");
    expect(insights.totals.models).toBe(records.length);
    expect(insights.snapshot).toBe("2024-02-01");
    expect(insights.totals.newLast7Days).toBe(1);
    expect(insightsOf(records)).toEqual(insights);
  });

  it("reports smaller-more-popular with coverage, and inconclusive below 10% coverage", () => {
    const records = Array.from({ length: 400 }, (_, i) =>
      model(`s/${i}`, "2024-03-01T00:00:00Z", { usedStorage: (i + 1) * 1e8, downloads: 4000 - i * 10, likes: 400 - i, spaces: i % 3 }),
    );
    const small = insightsOf(records).smallerMorePopular;
    expect(small.verdict).toBe("supported");
    expect(small.coverage).toBe(1);
    expect(small.spearmanStorage.downloads).toBe(-1);
    expect(small.sizeBands.map((b) => b.models)).toEqual([9, 90, 301, 0]);
    for (const r of records.slice(30)) r.usedStorage = null;
    expect(insightsOf(records).smallerMorePopular.verdict).toBe("inconclusive");
  });
});
