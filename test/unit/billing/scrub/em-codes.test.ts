import { describe, expect, it } from "vitest";
import { ESTABLISHED_TO_NEW, isEvaluationAndManagement, isPreventiveVisit, isProblemOfficeVisit, NEW_TO_ESTABLISHED, takesEmModifiers } from "../../../../src/billing/scrub/em-codes.ts";

// The E/M families the E/M rules rely on, at every edge of every range: the first and last code
// of each and the numbers just outside, the prolonged-service add-ons, and codes of other shapes.
const inAndOut = (is: (code: string) => boolean, codes: string[]) => codes.filter(is);

describe("E/M code families", () => {
  it("separately reportable E/M visits: 99202-99215, 99221-99350, 99381-99404, never the prolonged-service add-ons", () => {
    const probe = ["99201", "99202", "99211", "99215", "99216", "99220", "99221", "99291", "99350", "99351", "99380", "99381", "99397", "99404", "99405",
      "99415", "99416", "99417", "99418", "99414", "99419", "99202 ", "9921", "992150", "992099213", "G0438", "88215", "a9921"];
    expect(inAndOut(isEvaluationAndManagement, probe)).toStrictEqual(["99202", "99211", "99215", "99221", "99291", "99350", "99381", "99397", "99404"]);
  });

  it("modifiers 24, 25 and 57 also go on eye exams 92002-92014 and critical care (99292 lies in 99221-99350)", () => {
    const probe = ["99213", "92002", "92004", "92012", "92014", "92003", "92015", "99291", "99292", "99417", "36415", ""];
    expect(inAndOut(takesEmModifiers, probe)).toStrictEqual(["99213", "92002", "92004", "92012", "92014", "99291", "99292"]);
  });

  it("preventive visits: 99381-99397 and the IPPE and annual wellness visits", () => {
    const probe = ["99380", "99381", "99387", "99391", "99397", "99398", "9939", "99397A", "99390A", "993901234", "G0402", "G0438", "G0439", "G0403", "G0437", "99214"];
    expect(inAndOut(isPreventiveVisit, probe)).toStrictEqual(["99381", "99387", "99391", "99397", "G0402", "G0438", "G0439"]);
  });

  it("problem-oriented office visits: 99202-99205 and 99211-99215", () => {
    const probe = ["99201", "99202", "99205", "99206", "99210", "99211", "99215", "99216", "99221", "992021", "9920", "199213"];
    expect(inAndOut(isProblemOfficeVisit, probe)).toStrictEqual(["99202", "99205", "99211", "99215"]);
  });

  it("each new-patient code maps to its established equivalent and back", () => {
    expect([...NEW_TO_ESTABLISHED]).toStrictEqual([
      ["99202", "99212"], ["99203", "99213"], ["99204", "99214"], ["99205", "99215"],
      ["99381", "99391"], ["99382", "99392"], ["99383", "99393"], ["99384", "99394"], ["99385", "99395"], ["99386", "99396"], ["99387", "99397"],
    ]);
    expect([...ESTABLISHED_TO_NEW]).toStrictEqual([...NEW_TO_ESTABLISHED].map(([newCode, established]) => [established, newCode]));
  });
});
