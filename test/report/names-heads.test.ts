// Names that are a bare short word or carry extra words: light verbs, compounds said before, determiners.
import { describe, expect, it } from "vitest";
import { one } from "./helpers.ts";

describe("names of a bare short word", () => {
  it("keeps a light verb before a noun of one or two characters, and drops it before a longer one", () => {
    expect(one("全年开展巡查120次。", "120次").name).toBe("开展巡查");
    expect(one("向困难家庭发放慰问金12万元,发放奖金3万元。", "3万元").name).toBe("发放奖金");
    expect(one("涉及资金300万元。", "300万元").name).toBe("涉及资金");
    // negative: a longer noun says what is counted by itself
    expect(one("全年开展消防安全宣传30场。", "30场").name).toBe("消防安全宣传");
    expect(one("涉及拆迁房屋面积2万平方米。", "2万平方米").name).toBe("拆迁房屋面积");
  });

  it("gives a bare word the compound it ends earlier in the sentence, without a word of manner", () => {
    expect(one("开展河道常态化保洁,共保洁86次。", "86次").name).toBe("河道保洁");
    expect(one("全年消防安全检查出动人员90人次、检查310家。", "310家").name).toBe("消防安全检查");
    // negative: the word said before as the object of a verb, or after a figure, makes no compound
    expect(one("大力开展植树活动,植树1200亩。", "1200亩").name).toBe("植树");
    expect(one("每2名干部联系走访,走访300户。", "300户").name).toBe("走访");
  });
});
