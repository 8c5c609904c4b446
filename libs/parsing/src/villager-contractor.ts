// A village letting small works by agreement (议标, 村民代表会议议定) may give the job to one of its own
// people, named in a sentence only: "由本村村民罗某某承包", "由村民张某承建". The words before the name
// say it is a person's (村民, 农户, 个人, 自然人), the verb after it that the job is theirs.
const VILLAGER_TAKES_JOB =
  /由(?:本村|本组|本社|该村)?(?:村民|农户|个人|自然人)[ \t]*(\p{Script=Han}{2,3}?)(?=承包|承建|承揽|承接|负责实施|负责施工|实施|施工)/u;

/** The villager a village's small works are given to in a sentence, else null. */
export function villagerContractor(text: string): string | null {
  return VILLAGER_TAKES_JOB.exec(text)?.[1] ?? null;
}
