<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../ui/pages/learn.py" line="61"/>
        <source>invalid TOML: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="62"/>
        <source>not UTF-8 text: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="64"/>
        <source>missing {name}: every lesson folder needs lesson.toml, zh.md and en.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="66"/>
        <source>missing required field &apos;{field}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="67"/>
        <source>unknown field &apos;{field}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="68"/>
        <source>&apos;{field}&apos; must be {expected}, not {actual}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="69"/>
        <source>&apos;{field}&apos; {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="70"/>
        <source>&apos;{id}&apos; is not a valid {kind} id: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="71"/>
        <source>duplicate {kind} id &apos;{id}&apos; (first defined at {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="72"/>
        <source>unknown objective &apos;{id}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="73"/>
        <source>unknown section &apos;{id}&apos; (this lesson has: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="74"/>
        <source>unknown glossary term &apos;{id}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="75"/>
        <source>unknown lesson &apos;{id}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="76"/>
        <source>lesson &apos;{lesson}&apos; has no section &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="77"/>
        <source>unknown block kind &apos;{kind}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="78"/>
        <source>invalid TOML in {kind} block: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="79"/>
        <source>unknown product preset &apos;{id}&apos;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="80"/>
        <source>&apos;{code}&apos; is not a {system} record code (allowed: {allowed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="81"/>
        <source>code block opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="82"/>
        <source>level-2 heading needs a section id: &apos;## {title} {{#some-id}}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="83"/>
        <source>figure &apos;{name}&apos; must be a file name inside assets/figures/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="84"/>
        <source>figure not found: assets/figures/{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="85"/>
        <source>a figure must stand on a line of its own: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="86"/>
        <source>raw HTML is not allowed in lessons: {html}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="87"/>
        <source>link &apos;{target}&apos; is not allowed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="88"/>
        <source>images load only from figure: (no remote resources): {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="40"/>
        <source>paid as agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="41"/>
        <source>30–59 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="42"/>
        <source>60–89 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="43"/>
        <source>90–119 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="44"/>
        <source>120–149 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="45"/>
        <source>150–179 days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="46"/>
        <source>180 days or more late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="47"/>
        <source>charged off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="51"/>
        <source>normal: paid on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="52"/>
        <source>1–30 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="53"/>
        <source>31–60 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="54"/>
        <source>61–90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="55"/>
        <source>91–120 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="56"/>
        <source>121–150 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="57"/>
        <source>151–180 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="58"/>
        <source>more than 180 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="59"/>
        <source>closed or settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="60"/>
        <source>ended other than by settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="61"/>
        <source>repaid by a guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="62"/>
        <source>settled with assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="63"/>
        <source>nothing due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="64"/>
        <source>open, status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="65"/>
        <source>not yet opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="66"/>
        <source>overdue amount paid off after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="67"/>
        <source>bad debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="68"/>
        <source>no statement: statement date changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <location filename="../ui/pages/calculator.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="20"/>
        <source>Missed-payment calculator</source>
        <translation>逾期计算器</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="21"/>
        <source>See what one missed payment costs now, and what it costs the next loan.</source>
        <translation>看清一次逾期现在要多花多少钱，以及会让下一笔贷款贵多少。</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="22"/>
        <source>The calculator is not in this version of DueWise yet.</source>
        <translation>本版明白账还没有逾期计算器。</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="24"/>
        <source>JD Baitiao, Huabei, bank cards, US cards and loans</source>
        <translation>京东白条、花呗、银行信用卡、美国信用卡和贷款</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="25"/>
        <source>Penalties, fees and interest on interest, month by month</source>
        <translation>违约金、各类费用和利滚利，逐月列出</translation>
    </message>
    <message>
        <location filename="../ui/pages/calculator.py" line="26"/>
        <source>The credit-report record and how long it stays</source>
        <translation>征信记录会怎么写、保留多久</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/pages/check.py" line="559"/>
        <source>Choose an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="582"/>
        <source>Type your answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="584"/>
        <source>The digit groups are unclear. Write it like 1000 or 1,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="585"/>
        <source>That doesn&apos;t look like a number. Type digits, e.g. 1000 or 1,000.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="625"/>
        <source>No time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="629"/>
        <source>Time left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="725"/>
        <source>Lesson quiz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="727"/>
        <location filename="../ui/pages/check.py" line="777"/>
        <source>Diagnostic test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="729"/>
        <location filename="../ui/pages/check.py" line="785"/>
        <source>Final test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="730"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="740"/>
        <source>Check yourself</source>
        <translation>自测</translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="743"/>
        <source>Find out what you already know and what to study next. Answers are saved as you go: you can stop at any time and carry on later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="755"/>
        <source>Start a quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="756"/>
        <source>&amp;Lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="757"/>
        <source>Lesson for the quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="758"/>
        <source>Lesson quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="759"/>
        <source>Start or continue the lesson quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="766"/>
        <source>%1 — mastery %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="780"/>
        <source>Before you start the lessons: %1 questions, one per learning objective. It shows what you know already and what to study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="788"/>
        <source>After the lessons: the same %1 objectives with different questions. Pass with %2 to earn a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="795"/>
        <source>Take the diagnostic first to see how much you grew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="800"/>
        <source>Review (%1 due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="807"/>
        <source>%1 missed questions in your review queue (Leitner boxes: each right answer waits longer before the next review: 1, 2, 4, 8, 16 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="811"/>
        <source>Next review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="817"/>
        <source>Questions you miss come back here for review, spaced over days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="826"/>
        <source>Unfinished: %1, question %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="831"/>
        <source>Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="832"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="833"/>
        <source>Discard the unfinished quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="835"/>
        <source>How answers are scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="838"/>
        <source>One choice, true/false and number questions: 1 point if right.
Several right choices: each right tick earns its share of the point, each wrong tick takes a share away, and the score never goes below zero (ticking everything scores 0).
Putting things in order: 1 point for the right order, else 0.
Numbers: any answer within the tolerance shown after answering is right, and how you write the number never counts: ¥1,000, 1000, 1 000 and 1000,00 are all read. If a number cannot be read you are asked again, not marked wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="849"/>
        <source>Accommodations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="850"/>
        <source>Use a time limit (off by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="851"/>
        <source>&amp;Minutes per quiz:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="852"/>
        <source>Minutes per quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="853"/>
        <source>E&amp;xtra time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="854"/>
        <source>Extra time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="857"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="857"/>
        <source>+%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="859"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="860"/>
        <source>Practice without scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="863"/>
        <source>Practice rounds show right or wrong and the explanation but keep no score; missed questions still come back for review. Settings apply to new quizzes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="868"/>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="877"/>
        <source>Streak: %1 days in a row (longest: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="883"/>
        <source>Score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="886"/>
        <source>Quiz number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="887"/>
        <source>Score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="888"/>
        <source>No finished quizzes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="889"/>
        <source>Pass mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="893"/>
        <source>Mastery per objective (bars), grouped by lesson number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="901"/>
        <location filename="../ui/pages/check.py" line="1059"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="902"/>
        <source>Mastery (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="904"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="906"/>
        <source>Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="906"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="906"/>
        <location filename="../ui/pages/check.py" line="1059"/>
        <location filename="../ui/pages/check.py" line="1070"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="918"/>
        <source>History of finished quizzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="920"/>
        <location filename="../ui/pages/check.py" line="997"/>
        <source>Save certificate (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="923"/>
        <source>You passed the final test. The certificate is in Chinese and English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="925"/>
        <source>Pass the final test to earn a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="934"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="935"/>
        <source>Quit for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="936"/>
        <source>Your answers are saved; continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="937"/>
        <source>Read the lesson section that teaches this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="943"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="950"/>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="954"/>
        <source>Practice: not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="963"/>
        <source>From lesson %1 · objective: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="976"/>
        <source>See my results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="978"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="984"/>
        <source>The right answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="991"/>
        <source>Read about it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="996"/>
        <source>Back to the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="998"/>
        <location filename="../ui/pages/check.py" line="1001"/>
        <source>Score per lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="999"/>
        <location filename="../ui/pages/check.py" line="1002"/>
        <source>Score per objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1000"/>
        <source>What to study next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1007"/>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1010"/>
        <source>Practice round: not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1013"/>
        <source>Score: %1 of %2 points (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1019"/>
        <source>Time ran out: questions not answered count as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1024"/>
        <source>Passed: you earned the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1027"/>
        <source>Not passed yet: %1 is needed. Study the lessons below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1034"/>
        <source>Diagnostic: %1 → final: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1039"/>
        <source>No diagnostic test to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1051"/>
        <source>Open lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1054"/>
        <source>Nothing below %1: well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1056"/>
        <source>These lessons hold your weakest objectives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1070"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1071"/>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1071"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1100"/>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1120"/>
        <source>Could not save the certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/check.py" line="1124"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomCharts</name>
    <message>
        <location filename="../ui/charts/classroom_charts.py" line="82"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/classroom_charts.py" line="87"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassroomPage</name>
    <message>
        <location filename="../ui/pages/classroom.py" line="15"/>
        <source>Not available yet</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="20"/>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="21"/>
        <source>Teach with a projector and collect results, all offline.</source>
        <translation>用投影仪上课、收集成绩，全程离线。</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="22"/>
        <source>Classroom tools are not in this version of DueWise yet.</source>
        <translation>本版明白账还没有课堂工具。</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="24"/>
        <source>Presenter mode with very large type</source>
        <translation>大字号演示模式</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="25"/>
        <source>Class quizzes with tallies and answer charts</source>
        <translation>全班测验：统计举手人数，显示答案分布图</translation>
    </message>
    <message>
        <location filename="../ui/pages/classroom.py" line="26"/>
        <source>Learner profiles, results files and class reports</source>
        <translation>学员档案、成绩文件和班级报告</translation>
    </message>
</context>
<context>
    <name>DebtsModel</name>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="74"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="75"/>
        <source>Enter a number, such as 1200.50.</source>
        <translation>请输入数字，例如 1200.50。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="78"/>
        <source>Must be more than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="79"/>
        <source>Must not be negative.</source>
        <translation>不能是负数。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="80"/>
        <source>Too high: at most 1000 % a year.</source>
        <translation>太高了：年化最多 1000%。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="83"/>
        <source>At most 100 %.</source>
        <translation>最多 100%。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="84"/>
        <source>A day from 1 to 28.</source>
        <translation>请填 1 到 28 日。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="85"/>
        <source>Give a minimum percent or amount.</source>
        <translation>请填写最低还款百分比或金额。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="86"/>
        <source>Another debt has this name.</source>
        <translation>已有同名的债务。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="87"/>
        <source>Too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="88"/>
        <source>Unknown product.</source>
        <translation>未知的产品。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="90"/>
        <source>Not valid.</source>
        <translation>无效。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="96"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="97"/>
        <location filename="../ui/widgets/planner_models.py" line="481"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="98"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="99"/>
        <source>APR %</source>
        <translation>年化利率 %</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="100"/>
        <source>Daily rate %</source>
        <translation>日利率 %</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="101"/>
        <source>Minimum %</source>
        <translation>最低还款 %</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="102"/>
        <source>Minimum at least</source>
        <translation>最低还款不少于</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="103"/>
        <source>Due day</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="239"/>
        <source>Custom terms</source>
        <translation>自定义条款</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="384"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="451"/>
        <source>Move debts</source>
        <translation>移动债务</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="42"/>
        <source>Check the debts before adding them</source>
        <translation>添加前请检查这些债务</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="48"/>
        <source>%1 of %2 rows can be added. Rows with a problem are left out.</source>
        <translation>%2 行中有 %1 行可以添加。有问题的行不会添加。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="55"/>
        <source>Columns: name, balance, APR %, minimum %, minimum at least, due day (1–28), product (optional).</source>
        <translation>列：名称、余额、年化利率 %、最低还款 %、最低还款不少于、还款日（1–28）、产品（可不填）。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="64"/>
        <source>Rows to import</source>
        <translation>要导入的行</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="66"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="66"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="66"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="66"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="78"/>
        <source>OK</source>
        <translation>没问题</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="89"/>
        <source>Add %1 debts</source>
        <translation>添加 %1 笔债务</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../ui/pages/learn.py" line="350"/>
        <source>Beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="351"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="352"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="354"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="363"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="365"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="367"/>
        <source>Read %1 of %2 sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="371"/>
        <source>Quiz mastery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="383"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="385"/>
        <source>Open lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="508"/>
        <source>The lesson “%1” is not available (see the problems below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="678"/>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="764"/>
        <source>Continue reading: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="800"/>
        <source>← &amp;All lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="801"/>
        <source>Back to all lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="802"/>
        <source>&amp;Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="803"/>
        <source>Sections of this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="804"/>
        <source>‹ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="805"/>
        <source>Previous section (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="806"/>
        <source>&amp;Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="807"/>
        <source>Next section (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="808"/>
        <source>Take the &amp;quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="814"/>
        <source>Lesson %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="820"/>
        <source>Section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="830"/>
        <source>You have reached the end of this lesson. Check what you learned with its %1 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="835"/>
        <source>Take the quiz for lesson %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="840"/>
        <source>Learn</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="843"/>
        <source>Short lessons on consumer credit, each with live examples and a quiz. Hover over an underlined term, or press F1 on it, for its definition in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="849"/>
        <source>Loading the lessons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="854"/>
        <source>Lessons that could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="857"/>
        <source>These lesson files have problems, so their lessons are left out until they are fixed. Every other lesson opens normally. Each line gives the file and line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="863"/>
        <source>Progress: sections read, and your mastery from the lesson quizzes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="868"/>
        <source>Progress shows the sections you have read. Quiz mastery will be shown here once quiz results are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/learn.py" line="873"/>
        <source>Continue where you stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCalculator</name>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="261"/>
        <source>This example cannot be computed (%1). The figures shown are the last valid ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="276"/>
        <source>pay on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="278"/>
        <source>pay only the minimum each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="280"/>
        <source>pay only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="284"/>
        <source>miss one payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="286"/>
        <source>miss %1 payments in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="291"/>
        <source>, then keep missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="293"/>
        <source>, then agree an instalment plan with the lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="295"/>
        <source>, then pay everything owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="302"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="306"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="316"/>
        <source>&amp;Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="317"/>
        <source>&amp;Missed payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="318"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="319"/>
        <source>Annual &amp;rate (APR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="320"/>
        <source>Plan &amp;length (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="322"/>
        <source>Months &amp;shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="329"/>
        <source>Try it: move the slider and watch the cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="330"/>
        <source>Open in &amp;calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="331"/>
        <source>Open this example in the calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="334"/>
        <source>Computed by DueWise&apos;s finance engine with the product&apos;s sourced rules, the same as the missed-payment calculator. An illustration, not your lender&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="349"/>
        <source>Calculator example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="360"/>
        <source>Paying %1 days late costs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="365"/>
        <source>Penalty or late fee: %1 · Interest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="372"/>
        <source>Repaid after %1 months; interest paid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="378"/>
        <source>After %1 months: still owed %2, interest so far %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="384"/>
        <source>Annual rate: %1 · Amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="390"/>
        <source>Interest and fees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="395"/>
        <source>Extra cost compared with paying on time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="400"/>
        <source>On time: %1 · This scenario: %2 (penalties %3, interest %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="411"/>
        <source>What the credit report shows, month by month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="427"/>
        <source>Three overdue months in a row: many lenders refuse new credit on this (a rule of thumb, not a regulation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="431"/>
        <source>Six overdue months within two years: another lender rule of thumb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="433"/>
        <source>Still overdue at the end: a current overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="434"/>
        <source>Never settled: the record stays until the debt is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_calculator.py" line="435"/>
        <source>Charged off (CO) after 180 days late.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonChoice</name>
    <message>
        <location filename="../ui/widgets/lesson_choice.py" line="127"/>
        <source>What would you do? Choose an option to see what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_choice.py" line="128"/>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_choice.py" line="129"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_choice.py" line="131"/>
        <source>Choose this option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonRecord</name>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="218"/>
        <source>US credit report: payment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="220"/>
        <source>Credit report (PBOC): monthly repayment record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="221"/>
        <source>What the codes mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/lesson_record.py" line="222"/>
        <source>Credit record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="196"/>
        <source>It was written by a newer version of DueWise.</source>
        <extracomment>(page id, module, class). Pages are imported and built the first time they are shown, so start-up pays only for the page the user lands on.</extracomment>
        <translation>它由更新版本的明白账创建。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="198"/>
        <source>It could not be read (it may be damaged).</source>
        <translation>无法读取（文件可能已损坏）。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="200"/>
        <source>Your previous data file was set aside and a new one was started. %1 </source>
        <translation>原来的数据文件已另行保存，并新建了数据文件。%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="203"/>
        <source>The old file was kept as: %1</source>
        <translation>旧文件保存在：%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="229"/>
        <source>DueWise — understand your credit</source>
        <translation>明白账 — 看懂你的信用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="230"/>
        <source>DueWise</source>
        <translation>明白账</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="231"/>
        <source>Use credit wisely</source>
        <translation>聪明地使用信用</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>Learn</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="234"/>
        <source>Check yourself</source>
        <translation>自测</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="235"/>
        <source>Missed-payment calculator</source>
        <translation>逾期计算器</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Repayment planner</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="237"/>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="238"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="244"/>
        <source>Places</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="245"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../ui/pages/planner.py" line="573"/>
        <source>Avalanche (highest rate first)</source>
        <extracomment>The example shown when the page opens: a 白条 bill, a bank card and a personal loan.</extracomment>
        <translation>雪崩法（利率最高的先还）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="574"/>
        <source>Snowball (smallest balance first)</source>
        <translation>雪球法（余额最小的先还）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="575"/>
        <source>Your order (the table&apos;s order)</source>
        <translation>自定顺序（按表格顺序）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="576"/>
        <source>Minimum payments only</source>
        <translation>只还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="583"/>
        <source>Pay every minimum, then put all the money left on the debt with the highest interest rate: the least interest in total.</source>
        <translation>先还清每笔的最低还款额，剩下的钱全部用来还利率最高的那笔：总利息最少。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="587"/>
        <source>Pay every minimum, then clear the smallest balance first: a quick first win that keeps you going, usually at a little more interest.</source>
        <translation>先还清每笔的最低还款额，再先还清余额最小的那笔：很快还清第一笔，更有动力坚持，但利息通常略多。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="591"/>
        <source>Pay every minimum, then follow the order of your table (move rows with Alt+Up/Alt+Down or drag them).</source>
        <translation>先还清每笔的最低还款额，再按表格里的顺序还（用 Alt+↑/Alt+↓ 或拖动来调整顺序）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="595"/>
        <source>Pay only the minimums and nothing more: the baseline that shows what the other plans save.</source>
        <translation>每月只还最低还款额、不多还：作为对照，看其他方案能省多少。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="604"/>
        <source>Repayment planner</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="607"/>
        <source>List your debts and the money you can put towards them each month. The planner compares ways to pay them off and gives you a month-by-month plan to follow.</source>
        <translation>列出你的债务和每月能用来还款的钱。还款计划会比较几种还款方式，并给出一份可以照着执行的逐月计划。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="613"/>
        <source>This is an example (a 白条 bill, a bank card and a personal loan with a budget of ¥2,500). Change it to your own debts, or clear it to start empty.</source>
        <translation>这是一个示例（白条账单、一张银行信用卡和一笔个人贷款，每月预算 ¥2,500）。可以改成你自己的债务，或清空后从头填写。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="617"/>
        <location filename="../ui/pages/planner.py" line="618"/>
        <location filename="../ui/pages/planner.py" line="1372"/>
        <source>Clear the example</source>
        <translation>清空示例</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="619"/>
        <source>Your debts</source>
        <translation>你的债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="621"/>
        <source>&amp;Add debt</source>
        <translation>添加债务(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="621"/>
        <source>Add a debt (Ctrl+N or Insert)</source>
        <translation>添加一笔债务（Ctrl+N 或 Insert）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="622"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="622"/>
        <source>Delete the selected debts (Delete)</source>
        <translation>删除选中的债务（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="623"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="623"/>
        <source>Move the debt up (Alt+Up)</source>
        <translation>把这笔债务上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="624"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="624"/>
        <source>Move the debt down (Alt+Down)</source>
        <translation>把这笔债务下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="627"/>
        <source>&amp;Paste rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="628"/>
        <source>Paste debts copied from a spreadsheet (Ctrl+V)</source>
        <translation>粘贴从电子表格复制的债务（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="630"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="630"/>
        <source>Import debts from a CSV file</source>
        <translation>从 CSV 文件导入债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="631"/>
        <source>U&amp;ndo</source>
        <translation>撤销(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="631"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="637"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="638"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="639"/>
        <source>Debts</source>
        <translation>债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="641"/>
        <source>Type to edit a cell. Delete removes rows, Ctrl+Z undoes.</source>
        <translation>直接输入即可修改单元格。Delete 删除行，Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="645"/>
        <source>Rates: the APR, or the daily rate Chinese lenders quote (0.05 % a day = 18.25 % a year); type either. Minimum: a percent of the balance, at least an amount (a loan&apos;s instalment is an amount with 0 %). The table&apos;s order is the order of “Your order”.</source>
        <translation>利率：填年化利率或日利率都可以（日利率 0.05% = 年化 18.25%）。最低还款：余额的百分比，且不少于某个金额（贷款的每期还款填金额、百分比填 0）。表格的顺序就是“自定顺序”的还款顺序。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="651"/>
        <source>Money for your debts</source>
        <translation>每月还款的钱</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="653"/>
        <source>Monthly &amp;budget (%1)</source>
        <translation>每月预算(&amp;B)（%1）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="654"/>
        <source>Recurring &amp;extra (%1)</source>
        <translation>每月额外还款(&amp;E)（%1）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="655"/>
        <source>First payment &amp;month</source>
        <translation>首次还款月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="656"/>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="657"/>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="658"/>
        <source>Recurring extra payment</source>
        <translation>每月额外还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="659"/>
        <source>First payment month</source>
        <translation>首次还款月份</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="660"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="661"/>
        <source>What you can pay towards all debts each month.</source>
        <translation>每月能用来还所有债务的钱。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="662"/>
        <source>An extra amount you add every month on top.</source>
        <translation>每月在预算之外再多还的钱。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="664"/>
        <source>One-off payments (a bonus, a 年终奖) on the month you choose:</source>
        <translation>一次性还款（奖金、年终奖），在你选的月份还：</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="666"/>
        <source>M&amp;onth</source>
        <translation>月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="667"/>
        <source>Amoun&amp;t</source>
        <translation>金额(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="668"/>
        <source>Add one-off</source>
        <translation>添加一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="669"/>
        <source>Remove one-off</source>
        <translation>删除一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="670"/>
        <source>Month of the one-off payment</source>
        <translation>一次性还款的月份</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="671"/>
        <source>Amount of the one-off payment</source>
        <translation>一次性还款的金额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="672"/>
        <source>Add one-off payment</source>
        <translation>添加一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="673"/>
        <source>Remove the selected one-off payment</source>
        <translation>删除选中的一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="674"/>
        <source>One-off payments</source>
        <translation>一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="675"/>
        <source>Your budget does not cover the minimum payments</source>
        <translation>你的预算不够还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="676"/>
        <source>What you can do</source>
        <translation>你可以怎么做</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="678"/>
        <source>Open the missed-payment calculator for this debt</source>
        <translation>用逾期计算器看这笔债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="680"/>
        <source>Ask the lender for an instalment plan on</source>
        <translation>向贷款机构申请分期还款：</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="681"/>
        <source>over (months)</source>
        <translation>分期月数</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="682"/>
        <source>Debt to negotiate</source>
        <translation>要协商分期的债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="683"/>
        <source>Months of the negotiated plan</source>
        <translation>协商分期的月数</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="684"/>
        <source>Strategies side by side</source>
        <translation>还款方式对比</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="687"/>
        <location filename="../ui/pages/planner.py" line="1679"/>
        <source>Strategy</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="688"/>
        <location filename="../ui/pages/planner.py" line="1680"/>
        <source>Debt-free</source>
        <translation>还清时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="689"/>
        <location filename="../ui/pages/planner.py" line="1681"/>
        <source>Total interest</source>
        <translation>总利息</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="690"/>
        <location filename="../ui/pages/planner.py" line="1682"/>
        <source>Total paid</source>
        <translation>总还款额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="693"/>
        <source>Strategies</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="695"/>
        <source>Choose a row to see its plan below. F1 explains the strategy.</source>
        <translation>选中一行，下方显示它的还款计划。按 F1 查看这种方式的说明。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="697"/>
        <source>Your plan month by month</source>
        <translation>逐月还款计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="698"/>
        <source>Month-by-month schedule</source>
        <translation>逐月还款计划表</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="699"/>
        <source>Minimum payment warning</source>
        <translation>最低还款提示</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="702"/>
        <source>As a US card statement must show it: what paying only the minimum costs, next to paying the balance off in 3 years.</source>
        <translation>就像美国信用卡账单必须写明的那样：只还最低还款额要花多少钱，对比 3 年还清要花多少钱。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="706"/>
        <source>Keep and take away</source>
        <translation>保存与导出</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="707"/>
        <source>Plan &amp;name</source>
        <translation>计划名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="708"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="710"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="710"/>
        <source>Save the plan under this name (Ctrl+S)</source>
        <translation>用这个名称保存计划（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="711"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="711"/>
        <source>Open the saved plan with this name</source>
        <translation>打开这个名称的已保存计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="712"/>
        <source>Delete saved</source>
        <translation>删除已保存的计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="712"/>
        <source>Delete the saved plan</source>
        <translation>删除已保存的计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="713"/>
        <source>Schedule as CSV…</source>
        <translation>导出还款表 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="713"/>
        <source>Export the schedule as CSV</source>
        <translation>把还款计划表导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="714"/>
        <source>Printable PDF…</source>
        <translation>可打印的 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="714"/>
        <source>Export a printable PDF plan</source>
        <translation>导出可打印的 PDF 计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="717"/>
        <source>Calendar (.ics)…</source>
        <translation>日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="718"/>
        <source>Export every due date with a reminder two days before</source>
        <translation>导出每个还款日，并在两天前提醒</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="722"/>
        <source>Record this month&apos;s payments…</source>
        <translation>记录本月实际还款…</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="723"/>
        <source>Record what you actually paid and re-plan from the real balances</source>
        <translation>记录实际还了多少，并按实际余额重新计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="757"/>
        <source>Enter the amount you can pay each month.</source>
        <translation>请输入每月能还的金额。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="764"/>
        <source>Enter a number, such as 2500.</source>
        <translation>请输入数字，例如 2500。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="767"/>
        <source>Must not be negative.</source>
        <translation>不能是负数。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="770"/>
        <source>Too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="779"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="782"/>
        <source>Row %1 (%2), %3: %4</source>
        <translation>第 %1 行（%2），%3：%4</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="802"/>
        <source>Add at least one debt to see a plan.</source>
        <translation>至少添加一笔债务才能看到计划。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="899"/>
        <source>Short in %1</source>
        <translation>%1 起钱不够</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="901"/>
        <source>Not within 50 years</source>
        <translation>50 年内还不清</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="903"/>
        <source>%1 (%2 months)</source>
        <translation>%1（%2 个月）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="919"/>
        <source>(recommended)</source>
        <translation>（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="946"/>
        <source>(F1 or hover for each strategy)</source>
        <translation>（按 F1 或把鼠标停在某一行上可查看说明）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="963"/>
        <source>No strategy works yet: the budget does not cover the minimum payments (see the warning above).</source>
        <translation>目前没有哪种方式可行：预算不够还最低还款额（见上方提示）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="968"/>
        <source>No strategy repays these debts within 50 years with this budget: the payments barely cover the interest. A larger budget is needed.</source>
        <translation>按这个预算，没有哪种方式能在 50 年内还清：还款额几乎只够付利息。需要更多预算。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="976"/>
        <source>Recommended: %1. It costs the same interest as the avalanche but clears a first debt sooner, which helps you keep going.</source>
        <translation>推荐：%1。它的利息和雪崩法一样，但能更早还清第一笔，更容易坚持下去。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="982"/>
        <source>Recommended: %1, because it costs the least interest: %2, debt-free by %3.</source>
        <translation>推荐：%1，因为利息最少：%2，%3 还清。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="992"/>
        <source>That is %1 less interest than paying only the minimums.</source>
        <translation>比只还最低还款额少付 %1 利息。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="996"/>
        <source>Paying only the minimums would not clear these debts in 50 years.</source>
        <translation>只还最低还款额的话，50 年内都还不清。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1010"/>
        <source>Total balance by strategy</source>
        <translation>各还款方式的总余额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1011"/>
        <source>Your plan: balance of each debt</source>
        <translation>你的计划：每笔债务的余额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1012"/>
        <location filename="../ui/pages/planner.py" line="1586"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1029"/>
        <location filename="../ui/pages/planner.py" line="1697"/>
        <source>Your plan month by month: %1</source>
        <translation>逐月还款计划：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1036"/>
        <source>Debt-free by %1 (%2 months). Total interest %3, total paid %4.</source>
        <translation>%1 还清（%2 个月）。总利息 %3，总还款额 %4。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1044"/>
        <source>This plan stops in the month the budget falls short of the minimums.</source>
        <translation>这份计划在预算不够还最低还款额的那个月中断。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1047"/>
        <source>This plan does not repay the debts within 50 years.</source>
        <translation>这份计划 50 年内还不清债务。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1053"/>
        <source>%1: not repaid</source>
        <translation>%1：未还清</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1056"/>
        <source>%1: paid off in %2 (month %3)</source>
        <translation>%1：%2 还清（第 %3 个月）</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1061"/>
        <source>Each debt: </source>
        <translation>各笔债务：</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1070"/>
        <source>In %1 the minimum payments come to %2, but only %3 is available: %4 short.</source>
        <translation>%1 的最低还款额合计 %2，但只有 %3 可用：还差 %4。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1087"/>
        <source>Missing one payment on it and catching up the month after costs about %1 more (late charges and interest), and the late payment is reported to your credit record (征信).</source>
        <translation>如果这笔少还一期、下个月再补上，大约要多付 %1（违约金/罚息和利息），而且逾期会上报征信。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1099"/>
        <source>%1 would go overdue first (not paid: %2).</source>
        <translation>最先逾期的是 %1（还不上的：%2）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1111"/>
        <source>See what missing a payment on %1 costs</source>
        <translation>看看 %1 逾期一期要多花多少</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1116"/>
        <source>• A budget of %1 a month covers every minimum (%2 more than now).</source>
        <translation>• 每月预算达到 %1 就够还所有最低还款额（比现在多 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1121"/>
        <source>Use %1 as my budget</source>
        <translation>把预算改为 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1142"/>
        <source>• An instalment plan (个性化分期) on %1 over %2 months with no further interest: its payment falls from %3 to %4 a month.</source>
        <translation>• 如果 %1 协商成 %2 个月的个性化分期、不再计息：它每月要还的钱从 %3 降到 %4。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1157"/>
        <source>Your budget would then cover every minimum, and you would be debt-free by %1.</source>
        <translation>这样你的预算就够还所有最低还款额，并在 %1 还清。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1162"/>
        <source>Your budget would then cover every minimum.</source>
        <translation>这样你的预算就够还所有最低还款额。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1166"/>
        <source>Even then the budget is short: you would need %1 a month.</source>
        <translation>即便如此预算仍然不够：每月需要 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1202"/>
        <source>Minimum payment warning for %1</source>
        <translation>%1 的最低还款提示</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1212"/>
        <source>Minimum payment warning: %1</source>
        <translation>最低还款提示：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1214"/>
        <source>Not available for these terms.</source>
        <translation>这些条款下无法计算。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1217"/>
        <source>If you make only the minimum payment each month, you will never pay off this balance: the minimum does not cover the interest.</source>
        <translation>如果每月只还最低还款额，这笔欠款永远还不清：最低还款额不够付利息。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1223"/>
        <source>If you make only the minimum payment each month, you will pay off this balance in about %1 years (%2 months) and pay an estimated total of %3.</source>
        <translation>如果每月只还最低还款额，大约要 %1 年（%2 个月）才能还清，预计一共要还 %3。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1232"/>
        <source>If you pay %1 each month, you will pay it off in 3 years and pay an estimated total of %2.</source>
        <translation>如果每月还 %1，3 年就能还清，预计一共还 %2。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1239"/>
        <source>Savings: %1.</source>
        <translation>可省下 %1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1259"/>
        <location filename="../ui/pages/planner.py" line="1261"/>
        <source>Debt %1</source>
        <translation>债务 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1263"/>
        <source>Add debt</source>
        <translation>添加债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1274"/>
        <source>Delete debts</source>
        <translation>删除债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1276"/>
        <source>Deleted %1 debt(s). Ctrl+Z brings them back.</source>
        <translation>已删除 %1 笔债务。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1312"/>
        <source>Import debts</source>
        <translation>导入债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1312"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1321"/>
        <source>Could not read %1 (it must be a UTF-8 text file).</source>
        <translation>无法读取 %1（必须是 UTF-8 编码的文本文件）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1331"/>
        <source>Nothing to paste: copy rows from a spreadsheet first.</source>
        <translation>没有可粘贴的内容：请先从电子表格复制几行。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1347"/>
        <source>Nothing was added.</source>
        <translation>没有添加任何债务。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1367"/>
        <source>Add pasted debts</source>
        <translation>添加粘贴的债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1368"/>
        <source>Added %1 debt(s).</source>
        <translation>已添加 %1 笔债务。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1373"/>
        <source>The example was cleared. Ctrl+Z brings it back.</source>
        <translation>示例已清空。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1394"/>
        <source>Choose a month from the first payment month on.</source>
        <translation>请选择首次还款月份当月或之后的月份。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1399"/>
        <source>Enter a number, such as 5000.</source>
        <translation>请输入数字，例如 5000。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1402"/>
        <source>Must be more than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1422"/>
        <source>%1 (month %2): %3</source>
        <translation>%1（第 %2 个月）：%3</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1510"/>
        <source>Type a name for the plan first.</source>
        <translation>请先输入计划名称。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1518"/>
        <source>Saved the plan “%1”.</source>
        <translation>已保存计划“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1524"/>
        <location filename="../ui/pages/planner.py" line="1543"/>
        <source>There is no saved plan called “%1”.</source>
        <translation>没有名为“%1”的已保存计划。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1533"/>
        <source>The saved plan “%1” could not be read.</source>
        <translation>已保存的计划“%1”无法读取。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1536"/>
        <source>Opened the plan “%1”.</source>
        <translation>已打开计划“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1548"/>
        <source>Deleted the saved plan “%1”.</source>
        <translation>已删除保存的计划“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1587"/>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1588"/>
        <location filename="../ui/pages/planner.py" line="1665"/>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1589"/>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1590"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1591"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1592"/>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1596"/>
        <source>repayment-plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1597"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1600"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1614"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1623"/>
        <source>Pay %1: %2</source>
        <translation>还款 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1629"/>
        <source>Month %1 of your repayment plan (DueWise).</source>
        <translation>你的还款计划第 %1 个月（明白账）。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1640"/>
        <location filename="../ui/pages/planner.py" line="1727"/>
        <source>Repayment plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1641"/>
        <source>A debt payment is due in two days.</source>
        <translation>两天后有一笔还款到期。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1649"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1665"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1665"/>
        <source>APR %</source>
        <translation>年化利率 %</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1665"/>
        <source>Paid off</source>
        <translation>还清时间</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1714"/>
        <source>Made with DueWise (明白账). Figures are estimates from the terms you entered.</source>
        <translation>由明白账生成。数字是根据你填写的条款估算的。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1734"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1751"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1755"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1785"/>
        <source>Record payments</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1786"/>
        <source>Recorded. The plan now starts in %1.</source>
        <translation>已记录。计划现在从 %1 开始。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1788"/>
        <source>Paid off: %1.</source>
        <translation>已还清：%1。</translation>
    </message>
    <message>
        <location filename="../ui/pages/planner.py" line="1791"/>
        <source>Below the minimum (overdue): %1. Pay the rest as soon as you can.</source>
        <translation>低于最低还款额（已逾期）：%1。请尽快补还。</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="174"/>
        <source>Using DueWise now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="191"/>
        <source>Delete learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="193"/>
        <source>Delete the learner “%1” with all their answers, progress and saved plans? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="237"/>
        <source>Type a name or nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="238"/>
        <source>A name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="241"/>
        <source>There is already a learner called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="244"/>
        <source>Pick a colour from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="245"/>
        <source>The last learner cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="246"/>
        <source>This learner no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="260"/>
        <source>Learners on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="263"/>
        <source>Several people can share this computer. Each learner&apos;s answers, progress and saved plans are kept apart: choose your name before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="268"/>
        <source>Learners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="269"/>
        <source>&amp;Switch to this learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="270"/>
        <source>Switch to the selected learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="271"/>
        <source>Delete learner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="272"/>
        <source>Delete the selected learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="273"/>
        <source>Add a learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="274"/>
        <source>&amp;Name or nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="275"/>
        <source>New learner&apos;s name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="276"/>
        <source>e.g. Lin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="277"/>
        <source>Avatar &amp;colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="278"/>
        <source>Avatar colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="280"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="281"/>
        <source>Vermilion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="282"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="283"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="284"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="285"/>
        <source>Sky blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="286"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="287"/>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="296"/>
        <source>&amp;Add learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_profiles.py" line="297"/>
        <source>Add the learner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../ui/widgets/check_question.py" line="240"/>
        <source>Your answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="241"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="242"/>
        <source>e.g. 1,000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="243"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="244"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="245"/>
        <source>Move the selected item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="246"/>
        <source>Move the selected item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="247"/>
        <source>Move the selected item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="248"/>
        <source>Move the selected item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="249"/>
        <source>Items to put in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="258"/>
        <source>Pick one answer (keys 1–%1, Enter to check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="261"/>
        <source>True or false? (keys 1–2, Enter to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="263"/>
        <source>Tick every right answer (keys 1–%1). Partial credit: each right tick earns a share of the point, each wrong tick takes a share away, never below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="267"/>
        <source>Type a number. ¥1,000, 1000 and 1 000 all count; a decimal comma works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="270"/>
        <source>Put the items in the right order: select one and press Alt+Up or Alt+Down. All or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="276"/>
        <location filename="../ui/widgets/check_question.py" line="355"/>
        <source>True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="276"/>
        <location filename="../ui/widgets/check_question.py" line="355"/>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="361"/>
        <source>(answers within ±%1 count as right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="377"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="379"/>
        <source>Partly right: %1 of a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/check_question.py" line="382"/>
        <source>Not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPaymentsDialog</name>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="108"/>
        <source>Record this month&apos;s payments</source>
        <translation>记录本月实际还款</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="112"/>
        <source>Enter what you really paid on each debt. The balances are updated with this month&apos;s interest and the plan starts again from next month.</source>
        <translation>填写每笔债务实际还了多少。余额会加上本月利息后更新，计划从下个月重新开始。</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="124"/>
        <source>Paid on %1</source>
        <translation>%1 实际还款</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="126"/>
        <source>%1 (plan: %2)</source>
        <translation>%1（计划：%2）</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_dialogs.py" line="153"/>
        <source>%1: enter an amount of 0 or more.</source>
        <translation>%1：请输入 0 或更大的金额。</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="587"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="588"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="589"/>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="590"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="591"/>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="599"/>
        <source>%1: payment</source>
        <translation>%1：还款额</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="600"/>
        <source>%1: interest</source>
        <translation>%1：利息</translation>
    </message>
    <message>
        <location filename="../ui/widgets/planner_models.py" line="601"/>
        <source>%1: principal</source>
        <translation>%1：本金</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/pages/settings.py" line="113"/>
        <source>Delete all my data?</source>
        <translation>删除我的全部数据？</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="115"/>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="118"/>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="123"/>
        <source>All your data was deleted.</source>
        <translation>你的全部数据已删除。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="140"/>
        <source>This deletes, on this computer:
• every learner profile and its quiz answers, progress and review queue
• saved missed-payment scenarios and repayment plans
• your settings (language, text size, theme, window position)

Files you exported (CSV, PDF, calendars) are not touched. This cannot be undone.</source>
        <translation>将删除这台电脑上的：
• 所有学员档案，以及其中的答题记录、学习进度和复习队列
• 已保存的逾期情景和还款计划
• 你的设置（语言、字号、主题、窗口位置）

你导出的文件（CSV、PDF、日历）不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="151"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="152"/>
        <source>Changes apply at once and are remembered.</source>
        <translation>修改立即生效，并会被记住。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="153"/>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="154"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="155"/>
        <source>&amp;Text size</source>
        <translation>字号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="156"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="158"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="159"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="160"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="164"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="165"/>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="166"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="167"/>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="170"/>
        <source>DueWise works offline. There is no account, and nothing you enter leaves this computer.</source>
        <translation>明白账完全离线运行：无需注册账号，你输入的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="174"/>
        <source>Kept in: %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="175"/>
        <source>Delete all my data…</source>
        <translation>删除我的全部数据…</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings.py" line="176"/>
        <source>Delete all my data</source>
        <translation>删除我的全部数据</translation>
    </message>
</context>
<context>
    <name>TeacherLockPanel</name>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="141"/>
        <source>Wrong PIN. Tries left before a waiting time: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="145"/>
        <source>Too many wrong PINs. You can try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="149"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="151"/>
        <source>A PIN is %1 to %2 digits (0–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="155"/>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="167"/>
        <source>Set a teacher PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="170"/>
        <source>The teacher area (presenting, class quizzes, printables and class results) is protected by a PIN so learners sharing this computer cannot open it. Choose %1 to %2 digits. Only a salted hash of the PIN is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="177"/>
        <source>&amp;Set PIN and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="178"/>
        <source>Set the teacher PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="180"/>
        <source>Teacher area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="183"/>
        <source>Enter the teacher PIN. After %1 wrong tries you must wait, and the wait doubles with each further wrong try. Forgot the PIN? Settings → Delete all my data resets it (with everything else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="188"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="189"/>
        <source>Unlock the teacher area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="190"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="191"/>
        <source>Teacher PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="192"/>
        <source>&amp;Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/classroom_lock.py" line="193"/>
        <source>Repeat the teacher PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
