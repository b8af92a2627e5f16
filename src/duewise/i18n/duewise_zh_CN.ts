<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/settings/about.py" line="75"/>
        <source>About DueWise</source>
        <translation>关于明白账</translation>
    </message>
    <message>
        <location filename="../ui/settings/about.py" line="76"/>
        <source>DueWise 明白账</source>
        <translation>明白账 DueWise</translation>
    </message>
    <message>
        <location filename="../ui/settings/about.py" line="77"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/about.py" line="80"/>
        <source>Free software under the MIT licence. It runs on Python and Qt and uses the libraries listed below, each under its own licence. Qt is used under the LGPL version 3: where to get its source and how to replace it are in the notices.</source>
        <translation>自由软件，采用 MIT 许可证。它运行在 Python 和 Qt 之上，并使用下列程序库，各自遵循其许可证。Qt 按 LGPL 第 3 版使用：如何获取其源代码以及如何替换它，见下方的声明。</translation>
    </message>
    <message>
        <location filename="../ui/settings/about.py" line="86"/>
        <source>Python %1 · Qt %2 · PySide6 %3 · %4</source>
        <translation>Python %1 · Qt %2 · PySide6 %3 · %4</translation>
    </message>
    <message>
        <location filename="../ui/settings/about.py" line="92"/>
        <location filename="../ui/settings/about.py" line="93"/>
        <source>Third-party notices</source>
        <translation>第三方声明</translation>
    </message>
</context>
<context>
    <name>AnswerWords</name>
    <message>
        <location filename="../ui/common/answer_words.py" line="39"/>
        <source>✓ Your answer — right</source>
        <translation>✓ 你的选择（正确）</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="41"/>
        <source>✗ Your answer — wrong</source>
        <translation>✗ 你的选择（错误）</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="42"/>
        <source>✓ Correct answer</source>
        <translation>✓ 正确答案</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="90"/>
        <source>✓ In the right place</source>
        <translation>✓ 位置正确</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="93"/>
        <source>✗ Belongs at number %1</source>
        <translation>✗ 应排在第 %1 位</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="103"/>
        <source>✓ Right!</source>
        <translation>✓ 答对了！</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="105"/>
        <source>◐ Partly right: %1 of a point.</source>
        <translation>◐ 部分正确：得 %1 分。</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="108"/>
        <source>✗ Not right.</source>
        <translation>✗ 答错了。</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="121"/>
        <location filename="../ui/common/answer_words.py" line="135"/>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="124"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="126"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../ui/common/answer_words.py" line="147"/>
        <source>(answers within ±%1 count as right)</source>
        <translation>（误差在 ±%1 以内都算对）</translation>
    </message>
</context>
<context>
    <name>AppPanel</name>
    <message>
        <location filename="../ui/settings/app_panel.py" line="52"/>
        <location filename="../ui/settings/app_panel.py" line="57"/>
        <source>About DueWise</source>
        <translation>关于明白账</translation>
    </message>
    <message>
        <location filename="../ui/settings/app_panel.py" line="54"/>
        <source>The version, the licence and the notices of the software DueWise uses.</source>
        <translation>版本、许可证，以及明白账所用软件的声明。</translation>
    </message>
    <message>
        <location filename="../ui/settings/app_panel.py" line="56"/>
        <source>About DueWise…</source>
        <translation>关于明白账…</translation>
    </message>
    <message>
        <location filename="../ui/settings/app_panel.py" line="58"/>
        <location filename="../ui/settings/app_panel.py" line="59"/>
        <source>Show the welcome again</source>
        <translation>再次显示欢迎页</translation>
    </message>
</context>
<context>
    <name>CalculatorCharts</name>
    <message>
        <location filename="../ui/calculator/charts.py" line="285"/>
        <source>month %1</source>
        <extracomment>Segments of the extra-cost bar, bottom to top. Month steps for the next-loan chart&apos;s ticks. Equal steps on the money axes (owed, extra cost) and on the month axis. Canvas height in pixels at 100 % text.</extracomment>
        <translation>第 %1 个月</translation>
    </message>
    <message>
        <location filename="../ui/calculator/charts.py" line="299"/>
        <source>%1: %2 in all (%3).</source>
        <translation>%1：共 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/charts.py" line="488"/>
        <source>%1: %2 of %3 months.</source>
        <extracomment>Equal steps on the money axis. Canvas height in pixels at 100 % text.</extracomment>
        <translation>%1：%3 个月中有 %2 个月。</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <location filename="../ui/calculator/page.py" line="394"/>
        <source>This saved copy could not be read.</source>
        <extracomment>The last valid next loan and remedies inputs (the engine is asked with these). Panels that show every new evaluation, in drawing order (the chart first: its blit paints at once, before the texts and tables below change).</extracomment>
        <translation>无法读取这个已保存的副本。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="403"/>
        <source>Save my copy</source>
        <translation>保存我的副本</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="404"/>
        <source>Name of your copy of this product, with the terms shown:</source>
        <translation>按当前显示的条款保存该产品的副本，名称：</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="418"/>
        <source>Saved your copy “%1”.</source>
        <translation>已保存你的副本“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="98"/>
        <source>Saved the scenario “%1”.</source>
        <translation>已保存情景“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="111"/>
        <source>The scenario “%1” could not be read.</source>
        <translation>无法读取情景“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="117"/>
        <source>Opened the scenario “%1”.</source>
        <translation>已打开情景“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="169"/>
        <source>Save scenario</source>
        <translation>保存情景</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="170"/>
        <source>Name of this scenario:</source>
        <translation>情景名称：</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="184"/>
        <source>No saved scenarios yet.</source>
        <translation>还没有保存的情景。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="189"/>
        <source>Open scenario</source>
        <translation>打开情景</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="190"/>
        <source>Saved scenarios:</source>
        <translation>已保存的情景：</translation>
    </message>
    <message>
        <location filename="../ui/calculator/saved_scenarios.py" line="232"/>
        <source>The start month “%1” is not a month.</source>
        <translation>起始月份“%1”不是有效的月份。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="72"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="73"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="74"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="83"/>
        <location filename="../ui/calculator/export.py" line="122"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="98"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="104"/>
        <location filename="../ui/calculator/export.py" line="179"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="124"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="131"/>
        <source>Missed-payment calculator: scenario summary</source>
        <translation>逾期计算器：情景摘要</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="149"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="168"/>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/export.py" line="186"/>
        <source>Could not write the PDF: %1</source>
        <translation>无法生成 PDF：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="488"/>
        <source>Months from the first statement</source>
        <translation>距第一期账单的月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="489"/>
        <source>Owed (%1)</source>
        <translation>欠款（%1）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="496"/>
        <source>Missed-payment calculator</source>
        <translation>逾期计算器</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="499"/>
        <source>See what one missed payment costs now, and what it costs the next loan. Pick a product, an amount and what happens each month.</source>
        <translation>看看一次逾期现在要多花多少钱，以后借钱又要多付多少。选择产品、金额以及每个月的还款情况。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="503"/>
        <source>Save scenario…</source>
        <translation>保存情景…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="504"/>
        <source>Save this scenario by name (Ctrl+S)</source>
        <translation>为这个情景命名并保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="505"/>
        <source>Open scenario…</source>
        <translation>打开情景…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="506"/>
        <source>Open a saved scenario (Ctrl+O)</source>
        <translation>打开已保存的情景（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="507"/>
        <source>Chart as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="508"/>
        <source>Chart as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="509"/>
        <source>Table as CSV…</source>
        <translation>表格导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="510"/>
        <source>PDF summary…</source>
        <translation>PDF 摘要…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="512"/>
        <source>The summary in the current language, to take home (Ctrl+P)</source>
        <translation>用当前语言生成、可以带回家的摘要（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="514"/>
        <source>Print summary…</source>
        <translation>打印摘要…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="515"/>
        <source>Print the same summary on paper</source>
        <translation>把同样的摘要打印在纸上</translation>
    </message>
    <message>
        <location filename="../ui/calculator/page.py" line="518"/>
        <source>Writing the PDF</source>
        <translation>正在生成 PDF</translation>
    </message>
    <message>
        <location filename="../ui/calculator/evaluating.py" line="101"/>
        <source>Showing the last valid result (%1, %2) until the input is fixed.</source>
        <extracomment>Which field of the page a ``forms.validate_calculator`` field is shown at. The next-loan panel&apos;s field of each ``forms.validate_next_loan`` field.</extracomment>
        <translation>输入改正之前，显示的是上一次有效的结果（%1，%2）。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="113"/>
        <source>Nothing negative is reported</source>
        <translation>没有上报任何不良记录</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="124"/>
        <source>Overdue and unpaid: visible while unpaid</source>
        <translation>逾期且未还：未还清期间一直可见</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="144"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="150"/>
        <source>Visible until %1</source>
        <translation>可见至 %1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="231"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="235"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="239"/>
        <source>First statement</source>
        <translation>第一期账单</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="243"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="246"/>
        <source>Months simulated</source>
        <translation>模拟月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="252"/>
        <source>Paid late by</source>
        <translation>逾期还款天数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="253"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="255"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="267"/>
        <source>Your terms</source>
        <translation>你修改的条款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="271"/>
        <source>Made on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="307"/>
        <source>On time</source>
        <translation>按时还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="308"/>
        <source>This scenario</source>
        <translation>这个情景</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="324"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="392"/>
        <source>Assumptions and sources</source>
        <translation>假设与来源</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="396"/>
        <source>The rates and fees in force, with their sources (as of the date given):</source>
        <translation>现行利率和费用及其来源（括号内为所依据的日期）：</translation>
    </message>
    <message>
        <location filename="../ui/calculator/summary.py" line="409"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ChangePinPanel</name>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="137"/>
        <source>The teacher PIN was changed. Use the new PIN from now on.</source>
        <translation>教师密码已修改，以后请使用新密码。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="139"/>
        <source>The current PIN is wrong. Tries left before a waiting time: %1.</source>
        <translation>当前密码不正确。再错 %1 次就需要等待。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="141"/>
        <source>Too many wrong PINs. You can try again in %1 s.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="149"/>
        <source>Change the teacher PIN</source>
        <translation>修改教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="150"/>
        <source>C&amp;urrent PIN:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="151"/>
        <source>Current teacher PIN</source>
        <translation>当前的教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="152"/>
        <source>&amp;New PIN:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="153"/>
        <source>New teacher PIN</source>
        <translation>新的教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="154"/>
        <source>Re&amp;peat new PIN:</source>
        <translation>再次输入新密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="155"/>
        <source>Repeat the new teacher PIN</source>
        <translation>再次输入新的教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="156"/>
        <source>Sa&amp;ve new PIN</source>
        <translation>保存新密码(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="157"/>
        <source>Save the new teacher PIN</source>
        <translation>保存新的教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="158"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/classroom/pin_panel.py" line="159"/>
        <source>Close without changing the PIN</source>
        <translation>不修改密码，关闭</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <location filename="../ui/common/charts/base.py" line="437"/>
        <source>Chart</source>
        <extracomment>Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. Line styles, so on-time vs. missed is told apart without colour too. Figure resolution on screen: a matplotlib point is FIGURE_DPI / 72 logical pixels. ``time.perf_counter()`` when the canvas last finished painting (benchmarks). Called before every full draw (the owner restyles the figure there). True: the chart uses the wheel itself (``scroll_event``) and keeps it from the page. False: no &quot;Show as a table&quot; under the chart (a projector&apos;s copy of a chart the teacher&apos;s own screen offers as a table); the summary is still its description.</extracomment>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="144"/>
        <source>Hide the table</source>
        <extracomment>The table shows at most this many rows before it scrolls (rows stay readable at 200 %).</extracomment>
        <translation>隐藏表格</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="146"/>
        <source>Show as a table</source>
        <translation>以表格显示</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="150"/>
        <source>%1: hide the data table</source>
        <translation>%1：隐藏数据表格</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="152"/>
        <source>%1: show the data as a table</source>
        <translation>%1：以表格显示数据</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="156"/>
        <source>%1: the data</source>
        <translation>%1：数据</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="191"/>
        <source>%1: no data.</source>
        <translation>%1：没有数据。</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="194"/>
        <source>%1: from %2 to %3, highest %4 (%5).</source>
        <translation>%1：从 %2 到 %3，最高 %4（%5）。</translation>
    </message>
    <message>
        <location filename="../ui/common/charts/text_alternative.py" line="206"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/check/progress.py" line="170"/>
        <source>Lesson quiz: %1</source>
        <translation>课后测验：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/progress.py" line="172"/>
        <source>Diagnostic test</source>
        <translation>摸底测试</translation>
    </message>
    <message>
        <location filename="../ui/check/progress.py" line="174"/>
        <source>Final test</source>
        <translation>期末测试</translation>
    </message>
    <message>
        <location filename="../ui/check/progress.py" line="175"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../ui/check/page.py" line="386"/>
        <source>Check yourself</source>
        <extracomment>What ``open_with`` asked for before the pack was read (done once it is). The attempt the report shows (``None`` before the first one). The last certificate outcome, shown on the overview and the report.</extracomment>
        <translation>自测</translation>
    </message>
    <message>
        <location filename="../ui/check/page.py" line="389"/>
        <source>Find out what you already know and what to study next. Answers are saved as you go: you can stop at any time and carry on later.</source>
        <translation>看看你已经掌握了什么、接下来该学什么。每答一题都会立即保存：随时可以停下，下次接着做。</translation>
    </message>
    <message>
        <location filename="../ui/check/certificate.py" line="41"/>
        <source>Your name on the certificate</source>
        <translation>证书上的姓名</translation>
    </message>
    <message>
        <location filename="../ui/check/certificate.py" line="42"/>
        <source>Your name, as it should appear on the certificate:</source>
        <translation>你的姓名（将印在证书上）：</translation>
    </message>
    <message>
        <location filename="../ui/check/certificate.py" line="78"/>
        <source>Save certificate</source>
        <translation>保存结业证书</translation>
    </message>
    <message>
        <location filename="../ui/check/certificate.py" line="97"/>
        <source>Could not save the certificate: %1</source>
        <translation>无法保存结业证书：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/certificate.py" line="102"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>ClassQuizPanel</name>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="61"/>
        <location filename="../ui/classroom/quiz_words.py" line="73"/>
        <location filename="../ui/classroom/quiz_words.py" line="151"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="62"/>
        <location filename="../ui/classroom/quiz_words.py" line="74"/>
        <location filename="../ui/classroom/quiz_words.py" line="153"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="63"/>
        <source>Right on paper</source>
        <translation>纸上答对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="64"/>
        <source>Wrong on paper</source>
        <translation>纸上答错</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="75"/>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="76"/>
        <source>Wrong</source>
        <translation>答错</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_words.py" line="100"/>
        <source>%1 of the class answered right.</source>
        <translation>全班有 %1 的人答对。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="322"/>
        <location filename="../ui/classroom/quiz_words.py" line="94"/>
        <source>Answer: %1</source>
        <extracomment>The quiz being run (``None`` before the start and after &quot;New quiz&quot;).</extracomment>
        <translation>答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="328"/>
        <source>Team points so far</source>
        <translation>各队目前得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="328"/>
        <source>How the class answered</source>
        <translation>全班的作答分布</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="26"/>
        <source>Question</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="27"/>
        <source>Question id</source>
        <translation>题目编号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="28"/>
        <source>Objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="29"/>
        <source>Prompt</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="30"/>
        <source>Option or team</source>
        <translation>选项或队伍</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="31"/>
        <source>Count or points</source>
        <translation>人数或得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="32"/>
        <source>Right answer (1 = yes)</source>
        <translation>正确答案（1 = 是）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="33"/>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="65"/>
        <source>Export class quiz as CSV</source>
        <translation>将课堂测验导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="67"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="75"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="81"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_export.py" line="95"/>
        <source>This saved quiz could not be read.</source>
        <translation>无法读取这次保存的测验。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="493"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="508"/>
        <source>How many answered: %1</source>
        <translation>选 %1 的人数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="514"/>
        <source>Points for %1</source>
        <translation>%1 的得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="516"/>
        <source>Type each team&apos;s points for this question.</source>
        <translation>录入每个队这道题的得分。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="519"/>
        <source>Answers are on paper: count how many were right and how many wrong.</source>
        <translation>答案写在纸上：统计答对和答错的人数。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="522"/>
        <source>Type how many chose each answer.</source>
        <translation>录入选择每个答案的人数。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="527"/>
        <source>Time&apos;s up!</source>
        <translation>时间到！</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="530"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="538"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="539"/>
        <source>Start or pause the countdown</source>
        <translation>开始或暂停倒计时</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="546"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="533"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="533"/>
        <source>Start countdown</source>
        <translation>开始倒计时</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="544"/>
        <source>Reveal and continue</source>
        <translation>揭晓并继续</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_panel.py" line="546"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>ClassResultsPanel</name>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="221"/>
        <source>Import results files</source>
        <translation>导入成绩文件</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="223"/>
        <source>DueWise results (*.json);;All files (*)</source>
        <translation>明白账成绩文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="232"/>
        <source>Clear imported results</source>
        <translation>清除已导入的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="136"/>
        <location filename="../ui/classroom/results_tables.py" line="186"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="137"/>
        <source>Questions answered</source>
        <translation>已答题数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="138"/>
        <location filename="../ui/classroom/results_tables.py" line="159"/>
        <location filename="../ui/classroom/results_tables.py" line="176"/>
        <source>Fully right</source>
        <translation>完全答对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="139"/>
        <location filename="../ui/classroom/results_tables.py" line="146"/>
        <location filename="../ui/classroom/results_tables.py" line="153"/>
        <location filename="../ui/classroom/results_tables.py" line="160"/>
        <source>Mean score</source>
        <translation>平均得分率</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="412"/>
        <location filename="../ui/classroom/results_tables.py" line="140"/>
        <location filename="../ui/classroom/results_tables.py" line="270"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="283"/>
        <location filename="../ui/classroom/results_tables.py" line="143"/>
        <location filename="../ui/classroom/results_tables.py" line="150"/>
        <location filename="../ui/classroom/results_tables.py" line="157"/>
        <location filename="../ui/classroom/results_tables.py" line="173"/>
        <location filename="../ui/classroom/results_tables.py" line="200"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="411"/>
        <location filename="../ui/classroom/results_tables.py" line="144"/>
        <location filename="../ui/classroom/results_tables.py" line="151"/>
        <location filename="../ui/classroom/results_tables.py" line="174"/>
        <location filename="../ui/classroom/results_tables.py" line="269"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="145"/>
        <location filename="../ui/classroom/results_tables.py" line="152"/>
        <location filename="../ui/classroom/results_tables.py" line="158"/>
        <location filename="../ui/classroom/results_tables.py" line="175"/>
        <source>Answers</source>
        <translation>作答数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="149"/>
        <location filename="../ui/classroom/results_tables.py" line="214"/>
        <source>Objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="156"/>
        <location filename="../ui/classroom/results_tables.py" line="228"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="281"/>
        <location filename="../ui/classroom/results_tables.py" line="177"/>
        <source>Mean score (%)</source>
        <translation>平均得分率（%）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="170"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="171"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="172"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="178"/>
        <source>Fully right (%)</source>
        <translation>完全答对比例（%）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_tables.py" line="261"/>
        <source>%1 learners, %2 answers counted (each learner&apos;s latest answer per question).</source>
        <translation>共 %1 名学员，计入 %2 个作答（每名学员每道题取最近一次作答）。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="316"/>
        <location filename="../ui/classroom/results_panel.py" line="418"/>
        <location filename="../ui/classroom/results_tables.py" line="268"/>
        <source>Class report</source>
        <translation>全班成绩报告</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="387"/>
        <source>Kept from earlier imports (last changed %1): %2 learners. In the report: %3 learners, %4 answers. Import more files to add to them.</source>
        <translation>已保存之前导入的成绩（最后更改于 %1）：%2 名学员。报告中共 %3 名学员、%4 次作答。导入更多文件会加进去。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="413"/>
        <location filename="../ui/classroom/results_tables.py" line="271"/>
        <source>Objectives</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="414"/>
        <location filename="../ui/classroom/results_panel.py" line="427"/>
        <location filename="../ui/classroom/results_tables.py" line="272"/>
        <source>Hardest questions</source>
        <translation>最难的题目</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="291"/>
        <location filename="../ui/classroom/results_panel.py" line="432"/>
        <source>Export the class report as CSV</source>
        <translation>将全班成绩报告导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="234"/>
        <source>Forget the imported results of %1 learners? The learners&apos; own files are not touched; you can import them again. Learners who use this computer stay in the report.</source>
        <translation>清除已导入的 %1 名学员的成绩吗？学员自己的文件不受影响，可以再次导入。在这台电脑上学习的学员仍会留在报告中。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="293"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="308"/>
        <location filename="../ui/classroom/results_panel.py" line="434"/>
        <source>Export the class report as PDF</source>
        <translation>将全班成绩报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="310"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="346"/>
        <source>Class results</source>
        <translation>全班成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="359"/>
        <source>&amp;Import more…</source>
        <translation>导入更多(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="361"/>
        <source>Import more results files and add them to the kept results</source>
        <translation>导入更多成绩文件，并合并到已保存的成绩中</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="366"/>
        <source>C&amp;lear imported results…</source>
        <translation>清除已导入的成绩(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="364"/>
        <source>&amp;Import results files…</source>
        <translation>导入成绩文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="349"/>
        <source>Learners who answer quizzes on this computer are in the report at once. From other computers, each learner exports a results file (Classroom → Learners → Export my results) and brings it on a USB stick or puts it in a shared folder. Import all the files at once: files are checked, a learner counted twice (also one who uses this computer) is counted once, and damaged files are listed and skipped. Imported results are kept until you clear them; later imports are added to them.</source>
        <translation>在这台电脑上做过测验的学员会直接出现在报告中。其他电脑上的学员各自导出成绩文件（课堂 → 学员 → 导出我的成绩），用 U 盘带来或放进共享文件夹。一次导入所有文件：文件会先经过检查，重复出现的学员（包括也在这台电脑上学习的学员）只算一次，损坏的文件会列出并跳过。导入的成绩会一直保存，直到你清除；之后再导入的会加进去。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="365"/>
        <source>Import learners&apos; results files</source>
        <translation>导入学员的成绩文件</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="367"/>
        <source>Clear the imported results</source>
        <translation>清空已导入的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="371"/>
        <source>On this computer: %1 learners with answers.</source>
        <translation>这台电脑上：%1 名学员有作答记录。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="380"/>
        <source>The class results kept on this computer could not be read. Clear them and import the files again.</source>
        <translation>无法读取这台电脑上保存的全班成绩。请清除后重新导入成绩文件。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="397"/>
        <source>No results imported yet.</source>
        <translation>还没有导入成绩。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="401"/>
        <source>Read %1 files: %2 learners, %3 answers. Duplicate answers merged: %4.</source>
        <translation>读取了 %1 个文件：%2 名学员，%3 个作答；合并重复作答 %4 个。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="424"/>
        <source>Results per learner</source>
        <translation>每名学员的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="425"/>
        <source>Results per lesson</source>
        <translation>每课的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="426"/>
        <source>Results per objective</source>
        <translation>每个学习目标的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="429"/>
        <source>Mean score per lesson</source>
        <translation>每课平均得分率</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="431"/>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="433"/>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="437"/>
        <source>Writing the PDF</source>
        <translation>正在生成 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="442"/>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="443"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/results_panel.py" line="444"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>ClassroomCharts</name>
    <message>
        <location filename="../ui/classroom/charts.py" line="103"/>
        <location filename="../ui/classroom/charts.py" line="114"/>
        <source>right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/charts.py" line="115"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/classroom/charts.py" line="124"/>
        <source>Answers</source>
        <translation>作答人数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/charts.py" line="129"/>
        <source>Points in total</source>
        <translation>总得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/charts.py" line="134"/>
        <source>Points so far</source>
        <translation>目前累计得分</translation>
    </message>
</context>
<context>
    <name>ClassroomPage</name>
    <message>
        <location filename="../ui/classroom/page.py" line="245"/>
        <source>Export my results</source>
        <translation>导出我的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="247"/>
        <source>DueWise results (*.json)</source>
        <translation>明白账成绩文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="263"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="267"/>
        <source>Saved %1 answers of %2 to %3</source>
        <translation>已将 %2 的 %1 个作答保存到 %3</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="346"/>
        <source>New recovery code</source>
        <translation>新的恢复码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="347"/>
        <source>Make a new recovery code for the teacher PIN? The old code stops working.</source>
        <translation>为教师密码生成新的恢复码吗？旧的恢复码将失效。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="361"/>
        <source>Delete all data on this computer?</source>
        <translation>删除这台电脑上的全部数据吗？</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="363"/>
        <source>This deletes all data on this computer, of every learner: every profile with its answers, progress and saved plans, the class quizzes and class results, the settings and the teacher PIN. Files exported before are not touched. This cannot be undone.</source>
        <translation>这会删除这台电脑上所有学员的全部数据：每个学员档案及其作答、学习进度和保存的计划，课堂测验和全班成绩，各项设置以及教师密码。之前导出的文件不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="466"/>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="469"/>
        <source>Share this computer between learners, and teach with a projector: present a lesson, run a quiz with the whole class, print worksheets and collect results from many computers. Everything stays offline.</source>
        <translation>多名学员可共用这台电脑；老师可以用投影上课：演示课程、和全班一起做测验、打印练习题，并汇总多台电脑上的成绩。一切都在本机离线完成。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="474"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="475"/>
        <source>Teacher area</source>
        <translation>教师区</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="476"/>
        <source>Classroom sections</source>
        <translation>课堂功能分区</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="477"/>
        <source>My results for the teacher</source>
        <translation>交给老师的成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="480"/>
        <source>Save your quiz answers to a file (for example on a USB stick) and give it to your teacher. Only your own answers go in it, nobody else&apos;s.</source>
        <translation>把你的测验作答保存成文件（例如存到U盘）交给老师。文件里只有你自己的作答，不含其他任何人的。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="484"/>
        <source>&amp;Export my results…</source>
        <translation>导出我的成绩(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="485"/>
        <source>Export my results to a file</source>
        <translation>把我的成绩导出到文件</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="489"/>
        <source>The teacher area is open. Lock it before learners use this computer.</source>
        <translation>教师区已打开。学员使用这台电脑之前，请先锁上。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="492"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="493"/>
        <source>Lock the teacher area now</source>
        <translation>立即锁定教师区</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="494"/>
        <source>Lock the teacher area now (Ctrl+L)</source>
        <translation>立即锁定教师区（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="495"/>
        <source>Change &amp;PIN…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="496"/>
        <source>Change the teacher PIN</source>
        <translation>修改教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="498"/>
        <source>New &amp;recovery code…</source>
        <translation>新的恢复码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="500"/>
        <source>Make a new recovery code for the teacher PIN</source>
        <translation>为教师密码生成新的恢复码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="502"/>
        <source>Delete all data on this &amp;computer…</source>
        <translation>删除这台电脑上的全部数据(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="504"/>
        <source>Delete all data on this computer, of every learner</source>
        <translation>删除这台电脑上所有学员的全部数据</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="506"/>
        <source>Teacher tools</source>
        <translation>教师工具</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="510"/>
        <source>Class quiz</source>
        <translation>课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="512"/>
        <source>Live quiz</source>
        <translation>手机答题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="514"/>
        <source>Printables</source>
        <translation>打印材料</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="516"/>
        <source>Class results</source>
        <translation>全班成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="518"/>
        <source>Gradebook</source>
        <translation>成绩册</translation>
    </message>
    <message>
        <location filename="../ui/classroom/page.py" line="520"/>
        <source>Present</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>ClassroomPrintables</name>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="21"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="22"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="24"/>
        <source>Handout</source>
        <translation>讲义</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="25"/>
        <source>Worksheet</source>
        <translation>练习题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="26"/>
        <source>Answer key</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="27"/>
        <source>After this lesson you can:</source>
        <translation>学完这一课，你能够：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="28"/>
        <source>Words to know</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="29"/>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="30"/>
        <source>This lesson pack describes these sources in English only.</source>
        <translation>本课程包对以下资料的说明暂只有英文。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="33"/>
        <source>about %1 minutes</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="34"/>
        <source>Choose one answer.</source>
        <translation>选择一个答案。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="35"/>
        <source>Choose every right answer.</source>
        <translation>选出所有正确答案。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="36"/>
        <source>True or false?</source>
        <translation>判断对错。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="37"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="38"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="39"/>
        <source>Write the number.</source>
        <translation>填写数字。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="40"/>
        <source>Answer:</source>
        <translation>答：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="41"/>
        <source>Put these in the right order: write 1 for the first, and so on.</source>
        <translation>按正确顺序排列：在第一项前写 1，依此类推。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="44"/>
        <source>accept ± %1</source>
        <translation>误差 ± %1 以内算对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="45"/>
        <source>Tests:</source>
        <translation>考查：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="46"/>
        <source>Why:</source>
        <translation>解析：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="47"/>
        <source>For the teacher. Print separately from the worksheet. Each question names the learning objective it tests.</source>
        <translation>教师用。请与练习题分开打印。每道题都注明了所考查的学习目标。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="52"/>
        <source>Worked out by DueWise&apos;s calculator: %1, %2, %3.</source>
        <translation>由明白账的计算器算出：%1，%2，%3。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="55"/>
        <source>What it costs for a few values of “%1”:</source>
        <translation>“%1”取不同数值时的费用：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="58"/>
        <source>On a computer, DueWise&apos;s lesson has a slider here: try other values there.</source>
        <translation>在电脑上的明白账课程里，这里有一个滑块，可以试试其他数值。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="62"/>
        <source>(This example can be worked out in DueWise&apos;s missed-payment calculator.)</source>
        <translation>（这个例子可以在明白账的逾期计算器里算出来。）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="66"/>
        <source>paid on time</source>
        <translation>按时还款</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="67"/>
        <source>only the minimum paid each month</source>
        <translation>每月只还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="68"/>
        <source>only %1 paid</source>
        <translation>只还 %1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="69"/>
        <source>one payment missed</source>
        <translation>错过一期还款</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="70"/>
        <source>%1 payments missed in a row</source>
        <translation>连续错过 %1 期还款</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="71"/>
        <source>then everything owed is paid</source>
        <translation>之后把欠款全部还清</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="72"/>
        <source>then the payments stay missed</source>
        <translation>之后继续不还</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="73"/>
        <source>then an instalment plan is agreed with the lender</source>
        <translation>之后与放贷方协商分期还款</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="76"/>
        <source>Days late</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="77"/>
        <source>Missed payments</source>
        <translation>错过的期数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="78"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="79"/>
        <source>Annual rate (APR)</source>
        <translation>年利率</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="80"/>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="81"/>
        <source>Plan length (months)</source>
        <translation>分期月数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="82"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="83"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="84"/>
        <source>Penalty or late fee</source>
        <translation>违约金或滞纳费</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="85"/>
        <source>Extra cost compared with paying on time</source>
        <translation>比按时还款多花的钱</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="88"/>
        <source>Interest and fees paid</source>
        <translation>支付的利息和费用</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="89"/>
        <source>Repaid after</source>
        <translation>还清所需时间</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="90"/>
        <source>not within %1 months</source>
        <translation>%1 个月内还不清</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="91"/>
        <source>What would you do? Discuss, then read on.</source>
        <translation>你会怎么做？先讨论，再往下读。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="92"/>
        <source>The handout&apos;s “What would you do?” choices: which is wiser, and why</source>
        <translation>讲义里“你会怎么做？”的选择：哪个更明智，为什么</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="95"/>
        <source>✓ A wise choice</source>
        <translation>✓ 明智的选择</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="96"/>
        <source>◐ Can work, with a catch</source>
        <translation>◐ 可以，但有代价</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="97"/>
        <source>✗ Not a wise choice</source>
        <translation>✗ 不明智的选择</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="98"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="99"/>
        <source>Credit record, month by month from %1:</source>
        <translation>征信还款记录，自 %1 起逐月：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="100"/>
        <source>(figure: %1)</source>
        <translation>（图：%1）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="101"/>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="102"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="103"/>
        <source>Teacher notes</source>
        <translation>教师备课笔记</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="104"/>
        <source>To start with:</source>
        <translation>开场问题：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="105"/>
        <source>Try it (not marked)</source>
        <translation>试一试（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="106"/>
        <source>Lesson plan</source>
        <translation>课堂安排</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="107"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="108"/>
        <source>%1 minutes in all</source>
        <translation>共 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="109"/>
        <source>Questions for discussion</source>
        <translation>讨论题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="110"/>
        <source>Common misconceptions</source>
        <translation>常见误解</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="111"/>
        <source>Exit ticket</source>
        <translation>离堂小测</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="112"/>
        <source>Answers to the practice items</source>
        <translation>练习题答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="113"/>
        <source>This lesson has no teacher notes.</source>
        <translation>本课没有教师备课笔记。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/paper_words.py" line="114"/>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
</context>
<context>
    <name>ConsequencesPanel</name>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="50"/>
        <source>Collection step 1: a reminder (app, text message or call)</source>
        <translation>催收第 1 步：提醒（App、短信或电话）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="52"/>
        <source>Collection step 2: an overdue warning, charges start; a linked card may be debited</source>
        <translation>催收第 2 步：逾期警告，开始计费；绑定的银行卡可能被扣款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="54"/>
        <source>Promotions of the product are no longer open to you</source>
        <translation>不能再参加该产品的优惠活动</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="55"/>
        <source>The lender may cut your credit line</source>
        <translation>贷款机构可能降低你的额度</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="56"/>
        <source>A penalty APR on the balance you already owe</source>
        <translation>已有欠款改按惩罚性年利率计息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="57"/>
        <source>Collection step 3: reported to the credit bureau</source>
        <translation>催收第 3 步：上报征信</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="59"/>
        <source>Every other lender you ask for a card or loan sees the same record</source>
        <translation>你以后申请信用卡或贷款时，每家机构都会看到这条记录</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="61"/>
        <source>Collection step 4: legal collection or a court case</source>
        <translation>催收第 4 步：法律催收或起诉</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="62"/>
        <source>Charged off and passed to collections</source>
        <translation>被核销并转入催收</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="73"/>
        <source>our sources give no rule for this product</source>
        <translation>我们的资料中没有该产品的相关规定</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="77"/>
        <source>possible from %1 (month %2)</source>
        <translation>自 %1 起可能发生（第 %2 个月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="82"/>
        <source>not reached in this scenario</source>
        <translation>这个情景中不会发生</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="84"/>
        <source>(no rule or figure published)</source>
        <translation>（未公布具体规定或数字）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="86"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="91"/>
        <source>The stages of collection</source>
        <translation>催收的各个阶段</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="92"/>
        <source>Knock-on effects</source>
        <translation>连锁影响</translation>
    </message>
    <message>
        <location filename="../ui/calculator/consequences_panel.py" line="110"/>
        <source>Beyond the money</source>
        <translation>钱以外的后果</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="92"/>
        <source>Late charges</source>
        <extracomment>The controls the page shows under its own name (``page.summary`` …). Says the new headline and totals once the typing stops (screen readers).</extracomment>
        <translation>逾期费用</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="92"/>
        <source>Penalty interest (罚息)</source>
        <translation>罚息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="95"/>
        <source>Late fees</source>
        <translation>滞纳费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="95"/>
        <source>Penalty fees (违约金)</source>
        <translation>违约金</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="97"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="99"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="100"/>
        <source>Interest on interest</source>
        <translation>利滚利（复利）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="111"/>
        <source>Paying %1 one day late costs %3.</source>
        <translation>%1 逾期 1 天还款要多付 %3。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="113"/>
        <source>Paying %1 %2 days late costs %3.</source>
        <translation>%1 逾期 %2 天还款要多付 %3。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="122"/>
        <source>In interest and fees this credit costs %1.</source>
        <translation>这笔借款的利息和费用共 %1。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="136"/>
        <source>This scenario costs nothing more than paying on time.</source>
        <translation>这个情景和按时还款相比，没有多花钱。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="137"/>
        <source>This scenario costs %1 more than paying on time.</source>
        <translation>这个情景比按时还款多花 %1。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="167"/>
        <source>Penalty or late fee: %1 · Interest: %2.</source>
        <translation>违约金或罚息：%1 · 利息：%2。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="171"/>
        <source>The chart and the record below play the months of the scenario:</source>
        <translation>下面的图表和记录按情景逐月演示：</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="203"/>
        <source>On time: %1 in all. This scenario: %2 in all.</source>
        <translation>按时还款：共 %1。这个情景：共 %2。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="181"/>
        <source>The extra is made of: %1.</source>
        <translation>多出的钱包括：%1。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="182"/>
        <source>Why these charges?</source>
        <translation>为什么会有这些费用？</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="189"/>
        <source>After %1 months %2 is still owed; it is counted in the cost.</source>
        <translation>%1 个月后仍欠 %2，已计入成本。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="217"/>
        <source>%1: nothing more is owed in this scenario.</source>
        <translation>%1：这个情景下已经不再欠款。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="221"/>
        <source>%1: %2 still owed; the simulation stops here.</source>
        <translation>%1：仍欠 %2，模拟到此为止。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="231"/>
        <source>%1 · due %2 · owed %3 · new charges %4 · paid %5 · left %6 · %7 days past due</source>
        <translation>%1 · 还款日 %2 · 欠款 %3 · 新增费用 %4 · 已还 %5 · 剩余 %6 · 逾期 %7 天</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="241"/>
        <source>record code %1</source>
        <translation>征信代码 %1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="250"/>
        <source>Point at a month in the chart (or pick a row in the table) to see its statement.</source>
        <translation>把鼠标移到图中的某个月（或在表格中选一行），即可看到当月账单。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="261"/>
        <source>Months from the first statement</source>
        <translation>距第一期账单的月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="262"/>
        <source>Owed (%1)</source>
        <translation>欠款（%1）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="263"/>
        <source>Paying on time</source>
        <translation>按时还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="264"/>
        <source>This scenario</source>
        <translation>这个情景</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="265"/>
        <source>The difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="267"/>
        <source>Extra cost</source>
        <translation>额外成本</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="275"/>
        <source>Model: every payment is made on a due date; no new purchases; a negotiated plan charges no further interest. Costs still owed at the end are counted.</source>
        <translation>模型假设：每笔还款都在还款日支付；没有新的消费；协商分期后不再计息。期末仍欠的钱也计入成本。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="282"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="283"/>
        <source>How the debt grows</source>
        <translation>欠款如何增长</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="286"/>
        <source>Chart: amount owed each month, paying on time (solid line) and in this scenario (dashed line)</source>
        <translation>图表：每月欠款，按时还款（实线）与这个情景（虚线）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/cost_panel.py" line="292"/>
        <source>Which charges grow</source>
        <translation>哪些费用会越滚越多</translation>
    </message>
</context>
<context>
    <name>DebtsModel</name>
    <message>
        <location filename="../ui/planner/models.py" line="76"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="77"/>
        <location filename="../ui/planner/models.py" line="472"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="78"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="79"/>
        <source>APR %</source>
        <translation>年化利率 %</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="80"/>
        <source>Daily rate %</source>
        <translation>日利率 %</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="81"/>
        <source>Minimum %</source>
        <translation>最低还款 %</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="82"/>
        <source>Minimum at least</source>
        <translation>最低还款不少于</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="83"/>
        <source>Due day</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="229"/>
        <source>Custom terms</source>
        <extracomment>The planner table&apos;s column of each field of ``planner_tools.read_debt``. Longer text in a cell is no value of any column (numbers are read up to 64 characters).</extracomment>
        <translation>自定义条款</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="376"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../ui/planner/models.py" line="442"/>
        <source>Move debts</source>
        <translation>移动债务</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../ui/common/errors.py" line="103"/>
        <source>Please enter a number, for example %1.</source>
        <translation>请输入数字，例如 %1。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="106"/>
        <source>Please enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="108"/>
        <source>This cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="111"/>
        <source>This is too large (at most %1).</source>
        <translation>数值过大（最多 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="115"/>
        <source>Please enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="118"/>
        <source>This rate is too high (at most %1 %).</source>
        <translation>利率过高（最多 %1%）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="123"/>
        <source>This scenario cannot be played: check the amounts paid (“%1”).</source>
        <translation>无法模拟这个情景：请检查还款金额（“%1”）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="129"/>
        <source>This value cannot be used for this term.</source>
        <translation>这个数值不能用于该条款。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="132"/>
        <source>This product is not known: “%1”.</source>
        <translation>未知的产品：“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="136"/>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="139"/>
        <source>This number is too long to be an amount (at most %1 digits).</source>
        <translation>这个数字太长，不像是一个金额（最多 %1 位）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="146"/>
        <source>Too many decimal places (at most %1).</source>
        <translation>小数位太多（最多 %1 位）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="150"/>
        <source>An amount has at most two decimal places (whole cents).</source>
        <translation>金额最多只能有两位小数（精确到分）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="154"/>
        <source>Please type the number with the digits 0–9 (no ² or other signs).</source>
        <translation>请用数字 0–9 输入（不要用 ² 之类的符号）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="158"/>
        <source>A comma only separates thousands, in groups of three: 1,000 or 1000.</source>
        <translation>逗号只能用作千位分隔符，每三位一组：1,000 或 1000。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="162"/>
        <source>Is the comma a decimal point? Use a point for decimals (2.5) and commas only between thousands (1,000).</source>
        <translation>逗号是小数点吗？小数请用小数点（2.5），逗号只用于千位之间（1,000）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="169"/>
        <source>This is too small (at least %1).</source>
        <translation>数值过小（至少 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="173"/>
        <source>This payment does not even cover the interest: the debt is never repaid.</source>
        <translation>这个还款额连利息都不够：欠款永远还不清。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="177"/>
        <source>Please enter a month as YYYY-MM, from 1900 to 2200.</source>
        <translation>请按 YYYY-MM 输入月份，范围 1900 到 2200。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="187"/>
        <source>Write the balances as balance x days, separated by commas: 200x3,300x17.</source>
        <translation>请把余额写成“余额 x 天数”，用逗号分隔：200x3,300x17。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="190"/>
        <source>Write the extra payments as month:amount, separated by commas: 12:500,24:1000.</source>
        <translation>请把额外还款写成“月份:金额”，用逗号分隔：12:500,24:1000。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="194"/>
        <source>This is not one of the choices offered: “%1”.</source>
        <translation>“%1”不在可选项之中。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="197"/>
        <source>Please choose one of: %1.</source>
        <translation>请从以下选项中选一个：%1。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="198"/>
        <source>Give exactly one of these two values, not both.</source>
        <translation>这两个数值只能填一个，不能都填。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="201"/>
        <source>This value can only be used together with another one that is missing.</source>
        <translation>这个数值必须和另一个数值一起使用，但那个数值没有填写。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="204"/>
        <source>This value is not used in this scenario: leave it empty.</source>
        <translation>这个情景用不到这个数值：请留空。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="207"/>
        <source>This value is not used by this calculation: “%1”.</source>
        <translation>这项计算用不到这个数值：“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="210"/>
        <source>This calculation is not known: “%1”.</source>
        <translation>没有这种计算：“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="213"/>
        <source>Give at least one debt.</source>
        <translation>请至少填写一笔债务。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="214"/>
        <source>Debt %1 needs a name, a balance, an APR and a minimum payment.</source>
        <translation>第 %1 笔债务需要名称、余额、年化利率和最低还款额。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="217"/>
        <source>Two debts have the same name: give each its own.</source>
        <translation>有两笔债务同名：请给每一笔起不同的名字。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="220"/>
        <source>There is no debt called “%1”.</source>
        <translation>没有名为“%1”的债务。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="221"/>
        <source>This cannot be computed: it would divide by zero.</source>
        <translation>无法计算：会出现除以零的情况。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="224"/>
        <source>The result is too large to be computed exactly.</source>
        <translation>结果太大，无法精确计算。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="227"/>
        <source>These instalments would repay nothing: check the number of months.</source>
        <translation>这样分期一分本金也还不上：请检查期数。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="230"/>
        <source>A true rate needs both money received and money paid back.</source>
        <translation>计算实际利率需要既有借到的钱，也有还回去的钱。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="233"/>
        <source>These payments have no single true rate: the money changes direction more than once.</source>
        <translation>这组还款没有唯一的实际利率：资金流向变化了不止一次。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="237"/>
        <source>The true rate of these payments is too high (more than %1 % a month).</source>
        <translation>这组还款的实际利率太高（每月超过 %1%）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="240"/>
        <source>The upfront fee must be less than the amount borrowed.</source>
        <translation>前期手续费必须少于借款金额。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="243"/>
        <source>This product has no table of instalment fees.</source>
        <translation>这个产品没有分期手续费表。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="246"/>
        <source>This product offers only these numbers of instalments: %1.</source>
        <translation>这个产品只提供以下分期期数：%1。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="249"/>
        <source>This calculation does not apply to this kind of product.</source>
        <translation>这项计算不适用于这类产品。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="252"/>
        <source>This credit score is outside the model&apos;s table.</source>
        <translation>这个信用分不在模型的表格范围内。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="255"/>
        <source>The product file %1 cannot be read (line %2). It is left out.</source>
        <translation>无法读取产品文件 %1（第 %2 行），已略过。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="258"/>
        <source>The product file %1 has a value that cannot be used (line %2). It is left out.</source>
        <translation>产品文件 %1 中有无法使用的数值（第 %2 行），已略过。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="262"/>
        <source>The file of borrowing rules %1 is damaged, so the cost of a next loan cannot be shown.</source>
        <translation>借贷规则文件 %1 已损坏，因此无法显示下一笔贷款的成本。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="270"/>
        <source>This value cannot be used.</source>
        <translation>这个数值无法使用。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="300"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="303"/>
        <source>Enter a number, such as %1.</source>
        <translation>请输入数字，例如 %1。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="307"/>
        <source>Must be more than 0.</source>
        <translation>必须大于 0。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="309"/>
        <source>Must not be negative.</source>
        <translation>不能是负数。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="312"/>
        <source>Too high: at most %1 % a year.</source>
        <translation>太高了：年化最多 %1%。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="317"/>
        <source>At most %1 %.</source>
        <translation>最多 %1%。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="322"/>
        <source>A day from 1 to %1.</source>
        <translation>请填 1 到 %1 日。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="326"/>
        <source>Give a minimum percent or amount.</source>
        <translation>请填写最低还款百分比或金额。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="328"/>
        <source>Another debt has this name.</source>
        <translation>已有同名的债务。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="332"/>
        <source>Too large.</source>
        <translation>数值过大。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="334"/>
        <source>Too large: at most %1.</source>
        <translation>过大：最多 %1。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="337"/>
        <source>Unknown product.</source>
        <translation>未知的产品。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="339"/>
        <source>At most two decimal places.</source>
        <translation>最多两位小数。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="341"/>
        <source>Commas only between thousands: 1,000.50 or 1000.50.</source>
        <translation>逗号只能用在千位之间：1,000.50 或 1000.50。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="345"/>
        <source>Use the digits 0–9.</source>
        <translation>请用数字 0–9。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="347"/>
        <source>Too many digits.</source>
        <translation>位数太多。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="348"/>
        <source>Not valid.</source>
        <translation>无效。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="404"/>
        <source>Another program already uses this port (perhaps another DueWise serving a quiz). Close it, or choose another address.</source>
        <translation>另一个程序已经占用了这个端口（也许是另一个正在进行测验的明白账）。请关掉它，或换一个地址。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="410"/>
        <source>This address is not on this computer any more (the network may have changed). Choose another address.</source>
        <translation>这台电脑已经没有这个地址了（网络可能变了）。请换一个地址。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="416"/>
        <source>This computer does not allow serving on this address (a firewall or its settings).</source>
        <translation>这台电脑不允许在这个地址上提供测验（防火墙或系统设置）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="422"/>
        <source>The network refused it (%1).</source>
        <translation>网络拒绝了这个请求（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="454"/>
        <source>An unexpected problem stopped this (%1). Nothing was changed.</source>
        <translation>出现了意外问题，操作已中止（%1）。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="198"/>
        <source>Type a name or nickname.</source>
        <translation>请输入姓名或昵称。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="200"/>
        <source>A name can have at most %1 characters.</source>
        <translation>名字最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="204"/>
        <source>There is already a learner called “%1”.</source>
        <translation>已有名为“%1”的学员。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="207"/>
        <source>Pick a colour from the list.</source>
        <translation>请从列表中选择颜色。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="208"/>
        <source>The last learner cannot be deleted.</source>
        <translation>最后一名学员不能删除。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="209"/>
        <source>This learner no longer exists.</source>
        <translation>该学员已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="210"/>
        <source>Only the teacher can delete learners: open the teacher area with the PIN first, then delete here.</source>
        <translation>只有老师才能删除学员：请先用密码打开教师区，再回到这里删除。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="356"/>
        <source>Counts are whole numbers from 0 to %1.</source>
        <translation>人数须为 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="361"/>
        <source>Team mode needs 2 to %1 teams, each with its own name.</source>
        <translation>分组模式需要 2 到 %1 个小组，每组名称各不相同。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="368"/>
        <source>“%1” could be taken for an answer letter. Give teams names such as colours or animals.</source>
        <translation>“%1”容易被当成答案选项的字母。请用颜色或动物等给小组命名。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="377"/>
        <source>The countdown can be at most %1 seconds.</source>
        <translation>倒计时最长 %1 秒。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="381"/>
        <source>This lesson has no questions.</source>
        <translation>这一课没有题目。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="382"/>
        <source>This quiz could not be saved.</source>
        <translation>这次测验无法保存。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="389"/>
        <source>Type your answer first.</source>
        <translation>请先输入答案。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors.py" line="391"/>
        <source>That doesn&apos;t look like a number. Type digits, e.g. 1000 or 1,000.50.</source>
        <translation>这看起来不像一个数字。请输入数字，例如 1000 或 1,000.50。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="32"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="33"/>
        <source>You may not write in this folder.</source>
        <translation>你没有在这个文件夹中写入的权限。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="36"/>
        <source>The folder is read-only.</source>
        <translation>文件夹是只读的。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="37"/>
        <source>The folder does not exist and could not be made.</source>
        <translation>文件夹不存在，也无法创建。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="40"/>
        <source>A folder has this name.</source>
        <translation>已有同名的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="41"/>
        <source>The finished file could not take the old file&apos;s place.</source>
        <translation>写好的文件无法替换原来的文件。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="45"/>
        <source>The file could not be written (%1).</source>
        <translation>无法写入文件（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="67"/>
        <location filename="../ui/common/errors_storage.py" line="271"/>
        <location filename="../ui/common/errors_storage.py" line="292"/>
        <source>no reason given</source>
        <translation>没有给出原因</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="49"/>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="52"/>
        <source>Nothing was changed: a file that was there is as it was.</source>
        <translation>没有做任何改动：原有的文件保持原样。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="68"/>
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="69"/>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="70"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="71"/>
        <source>it is a device, not a file</source>
        <translation>它是一个设备，不是文件</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="75"/>
        <source>the disk reported an error</source>
        <translation>磁盘报告了读写错误</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="76"/>
        <source>too many links in its path</source>
        <translation>路径中的链接太多</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="77"/>
        <source>its name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="78"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="86"/>
        <location filename="../ui/common/errors_storage.py" line="87"/>
        <source>too many files are open</source>
        <translation>打开的文件太多</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="88"/>
        <source>a part of its path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="97"/>
        <source>The file is not there any more.</source>
        <translation>文件已经不在了。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="98"/>
        <source>This is not a file but a folder, a pipe or a device.</source>
        <translation>这不是普通文件，而是文件夹、管道或设备。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="102"/>
        <source>The file is too large (at most %1 MB).</source>
        <translation>文件太大（最大 %1 MB）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="106"/>
        <source>The file could not be read (%1).</source>
        <translation>无法读取文件（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="110"/>
        <source>The file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="120"/>
        <source>A PIN is %1 to %2 digits (0–9).</source>
        <translation>密码为 %1 到 %2 位数字（0–9）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="125"/>
        <source>The two new PINs differ. Type the same PIN twice.</source>
        <translation>两次输入的新密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="129"/>
        <source>A teacher PIN is set already: unlock the teacher area to change it.</source>
        <translation>已经设置了教师密码：请先解锁教师区再修改。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="132"/>
        <source>This PIN cannot be used.</source>
        <translation>这个密码无法使用。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="139"/>
        <source>the folder is not there</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="140"/>
        <source>it is a file, not a folder</source>
        <translation>它是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="141"/>
        <source>the folder holds too many files</source>
        <translation>文件夹中的文件太多</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="142"/>
        <source>it is one lesson, not a pack</source>
        <translation>它是一课，不是课程包</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="143"/>
        <source>it holds no lessons</source>
        <translation>其中没有课程</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="145"/>
        <source>it cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="153"/>
        <source>“%1” is not there any more.</source>
        <translation>“%1”已经不在了。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="154"/>
        <source>“%1” is a file: choose the folder that contains the lesson folders.</source>
        <translation>“%1”是文件：请选择包含各课文件夹的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="157"/>
        <source>“%1” holds no lessons: choose the folder that contains the lesson folders (each with a lesson.toml).</source>
        <translation>“%1”里没有课程：请选择包含各课文件夹（每个文件夹里有 lesson.toml）的那个文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="162"/>
        <source>“%1” is one lesson: choose the folder that holds it, %2, as the pack.</source>
        <translation>“%1”只是一课：请选择包含它的文件夹 %2 作为课程包。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="165"/>
        <source>“%1” holds too many files and folders to be read as a lesson pack.</source>
        <translation>“%1”中的文件和文件夹太多，无法作为课程包读取。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="169"/>
        <source>“%1” cannot be used as a lesson pack.</source>
        <translation>“%1”不能用作课程包。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="218"/>
        <source>This change to the learner was not made.</source>
        <translation>没有对该学员做这项修改。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="224"/>
        <source>This text holds a broken character (not valid Unicode). Type it again rather than pasting it.</source>
        <translation>这段文字含有损坏的字符（不是有效的 Unicode）。请重新输入，不要粘贴。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="238"/>
        <source>Your data file %1 is in use by another program, which did not let go for several seconds. Close that program (or the other DueWise window), then try again.</source>
        <translation>数据文件 %1 正被另一个程序占用，几秒内都没有释放。请关闭那个程序（或另一个明白账窗口）后再试。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="243"/>
        <source>DueWise cannot create its data file %1: the folder is read-only or cannot be made (%2). Start DueWise with --data-dir and a folder you may write to.</source>
        <translation>明白账无法创建数据文件 %1：文件夹是只读的或无法创建（%2）。请用 --data-dir 指定一个可以写入的文件夹来启动明白账。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="248"/>
        <source>DueWise cannot open its data file %1 (%2). Nothing was changed.</source>
        <translation>明白账无法打开数据文件 %1（%2）。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="251"/>
        <source>Your data file %1 cannot be used (%2), and it cannot be set aside because its folder is read-only. Nothing was changed. Start DueWise with --data-dir and another folder.</source>
        <translation>数据文件 %1 无法使用（%2），而它所在的文件夹是只读的，无法把它移到一旁。没有做任何改动。请用 --data-dir 指定另一个文件夹来启动明白账。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="256"/>
        <source>Your data file %1 cannot be used (%2), but another DueWise window has it open. Close every DueWise window, then start DueWise again.</source>
        <translation>数据文件 %1 无法使用（%2），但另一个明白账窗口正在使用它。请关闭所有明白账窗口，再重新启动明白账。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="261"/>
        <source>Your data file %1 could not be upgraded (%2). Nothing was changed.</source>
        <translation>数据文件 %1 无法升级（%2）。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="264"/>
        <source>Your data file %1 has become read-only: this change was not saved.</source>
        <translation>数据文件 %1 变成了只读：这次的改动没有保存。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="268"/>
        <source>Your data file %1 cannot be used right now. Nothing was changed.</source>
        <translation>数据文件 %1 暂时无法使用。没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="279"/>
        <source>Part of your data file is damaged. What could be read is shown; nothing was changed.</source>
        <translation>你的数据文件有一部分损坏了。能读出的内容照常显示；没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="284"/>
        <source>Your data file is in use by another program or DueWise window. Try again in a moment.</source>
        <translation>你的数据文件正被另一个程序或另一个明白账窗口使用。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="289"/>
        <source>Your data file has become read-only.</source>
        <translation>你的数据文件变成只读的了。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="291"/>
        <source>Your data file could not be read (%1).</source>
        <translation>无法读取你的数据文件（%1）。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="302"/>
        <source>This table could not be read (line %1). Nothing was added.</source>
        <translation>无法读取这张表格（第 %1 行）。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="308"/>
        <source>This table is not UTF-8 text: save it as “CSV UTF-8” and import it again. Nothing was added.</source>
        <translation>这张表格不是 UTF-8 文本：请另存为“CSV UTF-8”后重新导入。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="317"/>
        <source>This table is too large to import: at most %1 rows of at most %2 characters a cell. Nothing was added.</source>
        <translation>这张表格太大，无法导入：最多 %1 行，每格最多 %2 个字符。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="325"/>
        <source>This table could not be imported. Nothing was added.</source>
        <translation>无法导入这张表格。没有添加任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="345"/>
        <source>could not be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="348"/>
        <source>is too large: %1 MB, at most %2 MB</source>
        <translation>文件过大：%1 MB，最大允许 %2 MB</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="352"/>
        <source>is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="353"/>
        <source>is not a text file (UTF-8)</source>
        <translation>不是文本文件（UTF-8）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="354"/>
        <source>is cut off (incomplete). Copy it again from the learner&apos;s computer.</source>
        <translation>文件不完整（被截断），请从学员电脑重新复制。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="358"/>
        <source>is damaged: not valid JSON (line %1, column %2)</source>
        <translation>文件已损坏：不是有效的 JSON（第 %1 行，第 %2 列）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="362"/>
        <source>is not a DueWise results file</source>
        <translation>不是明白账成绩文件</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="364"/>
        <source>was made by a newer DueWise (format %1; this version reads format %2). Update DueWise on this computer.</source>
        <translation>由更新版本的明白账生成（格式 %1；本版本只能读取格式 %2）。请更新这台电脑上的明白账。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="373"/>
        <source>has a damaged entry (%1)</source>
        <translation>有一条记录已损坏（%1）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="376"/>
        <source>has more than %1 answers</source>
        <translation>作答超过 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="379"/>
        <source>has more than %1 quizzes</source>
        <translation>测验超过 %1 次</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="382"/>
        <source>cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="388"/>
        <source>This results file was not used: it %1.</source>
        <translation>没有使用这个成绩文件：%1。</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_storage.py" line="333"/>
        <source>%1 was skipped: it %2</source>
        <translation>%1 已跳过：%2</translation>
    </message>
</context>
<context>
    <name>FontBanner</name>
    <message>
        <location filename="../ui/shell/font_banner.py" line="19"/>
        <source>No installed font can show Chinese, so Chinese text and chart labels would appear as empty boxes. Install %1 (%2), then restart DueWise.</source>
        <translation>没有已安装的字体能显示中文，中文文字和图表标签会显示为空方框。请安装 %1（%2），然后重新启动明白账。</translation>
    </message>
    <message>
        <location filename="../ui/shell/font_banner.py" line="82"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/shell/font_banner.py" line="83"/>
        <source>Dismiss the font message</source>
        <translation>关闭字体提示</translation>
    </message>
</context>
<context>
    <name>Gradebook</name>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="61"/>
        <source>mastered</source>
        <translation>已掌握</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="62"/>
        <source>partly</source>
        <translation>部分掌握</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="63"/>
        <source>not yet</source>
        <translation>尚未掌握</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="64"/>
        <source>up</source>
        <translation>进步</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="65"/>
        <source>no change</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="66"/>
        <source>down</source>
        <translation>退步</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="72"/>
        <source>✓ mastered (80% or more) · △ partly (50–79%) · ✗ not yet (under 50%) · growth: ▲ up, ＝ no change, ▼ down (percentage points from the diagnostic to the final) · blank: not taken yet</source>
        <translation>✓ 已掌握（80% 及以上）· △ 部分掌握（50–79%）· ✗ 尚未掌握（低于 50%）· 进步幅度：▲ 进步，＝ 持平，▼ 退步（从摸底测试到期末测试的百分点）· 空白：还没做</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="102"/>
        <source>not taken</source>
        <translation>还没做</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="104"/>
        <source>%1 percentage points, %2</source>
        <translation>%1 个百分点，%2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="106"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="132"/>
        <source>L%1</source>
        <translation>第%1课</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="134"/>
        <source>Diagnostic</source>
        <translation>摸底测试</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="135"/>
        <source>Final</source>
        <translation>期末测试</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="136"/>
        <source>Growth</source>
        <translation>进步幅度</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="145"/>
        <source>%1 (best quiz)</source>
        <translation>%1（最好的一次测验）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="149"/>
        <source>Lesson %1: %2 (best quiz)</source>
        <translation>第 %1 课：%2（最好的一次测验）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="154"/>
        <source>Diagnostic test (latest)</source>
        <translation>摸底测试（最近一次）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="157"/>
        <source>Final test (latest)</source>
        <translation>期末测试（最近一次）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="158"/>
        <source>Growth from diagnostic to final (percentage points)</source>
        <translation>从摸底测试到期末测试的进步幅度（百分点）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="211"/>
        <location filename="../ui/classroom/gradebook_model.py" line="340"/>
        <location filename="../ui/classroom/gradebook_model.py" line="359"/>
        <source>Class average</source>
        <translation>全班平均</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="245"/>
        <source>%1 (average of %2 learners)</source>
        <translation>%1（%2 名学员的平均）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="274"/>
        <location filename="../ui/classroom/gradebook_model.py" line="325"/>
        <location filename="../ui/classroom/gradebook_model.py" line="358"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="326"/>
        <source>Learner id</source>
        <translation>学员编号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="330"/>
        <source>(points)</source>
        <translation>（百分点）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="332"/>
        <source>(%)</source>
        <translation>（%）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="360"/>
        <source>Gradebook</source>
        <translation>成绩册</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_model.py" line="395"/>
        <source>%1 learners · %2</source>
        <translation>%1 名学员 · %2</translation>
    </message>
</context>
<context>
    <name>GradebookPanel</name>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="260"/>
        <source>Lesson quiz</source>
        <extracomment>Rows shown before the table scrolls.</extracomment>
        <translation>课后测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="261"/>
        <source>Diagnostic</source>
        <translation>摸底测试</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="262"/>
        <source>Final</source>
        <translation>期末测试</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="263"/>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="270"/>
        <source>right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="273"/>
        <source>partly right (%1)</source>
        <translation>部分答对（%1）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="276"/>
        <source>wrong</source>
        <translation>答错</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="281"/>
        <location filename="../ui/classroom/gradebook_panel.py" line="294"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="282"/>
        <source>(not in this pack)</source>
        <translation>（不在当前课程包中）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="292"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="293"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="295"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="296"/>
        <source>Objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="297"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="312"/>
        <source>Answers of %1 (%2)</source>
        <translation>%1 的作答（%2 次）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="314"/>
        <source>Every answer of %1, newest first</source>
        <translation>%1 的全部作答，最新的在前</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="337"/>
        <location filename="../ui/classroom/gradebook_panel.py" line="418"/>
        <source>Export the gradebook as CSV</source>
        <translation>将成绩册导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="339"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="354"/>
        <location filename="../ui/classroom/gradebook_panel.py" line="420"/>
        <source>Export the gradebook as PDF</source>
        <translation>将成绩册导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="356"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="361"/>
        <location filename="../ui/classroom/gradebook_panel.py" line="391"/>
        <source>Gradebook</source>
        <translation>成绩册</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="394"/>
        <source>Every learner of the class results (this computer&apos;s and the imported ones) with each lesson&apos;s best quiz score, the latest diagnostic and final tests and the growth between them. Click a column title to sort; click a learner, or press Enter on one, to see all their answers.</source>
        <translation>全班成绩中的每位学员（这台电脑上的和导入的）：每课最好的一次测验成绩、最近一次摸底测试和期末测试，以及两者之间的进步幅度。点击列标题可排序；点击某位学员（或选中后按回车）可查看他的全部作答。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="404"/>
        <source>No results yet: learners&apos; quizzes on this computer appear here by themselves, and results files can be imported under Class results.</source>
        <translation>还没有成绩：在这台电脑上做的测验会自动出现在这里，其他电脑的成绩文件可以在“全班成绩”中导入。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="415"/>
        <source>Gradebook: learners and their scores</source>
        <translation>成绩册：学员及其成绩</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="417"/>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="419"/>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="423"/>
        <source>Writing the PDF</source>
        <translation>正在写入 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="424"/>
        <source>&amp;Close the answers</source>
        <translation>关闭作答记录(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="425"/>
        <source>Close the learner&apos;s answers</source>
        <translation>关闭这位学员的作答记录</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="434"/>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="435"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/gradebook_panel.py" line="436"/>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../ui/planner/dialogs.py" line="43"/>
        <source>Check the debts before adding them</source>
        <translation>添加前请检查这些债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="49"/>
        <source>%1 of %2 rows can be added. Rows with a problem are left out.</source>
        <translation>%2 行中有 %1 行可以添加。有问题的行不会添加。</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="56"/>
        <source>Columns: name, balance, APR %, minimum %, minimum at least, due day (1–28), product (optional).</source>
        <translation>列：名称、余额、年化利率 %、最低还款 %、最低还款不少于、还款日（1–28）、产品（可不填）。</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="65"/>
        <source>Rows to import</source>
        <translation>要导入的行</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="67"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="67"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="67"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="78"/>
        <source>OK</source>
        <translation>没问题</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="89"/>
        <source>Add %1 debts</source>
        <translation>添加 %1 笔债务</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../ui/learn/page.py" line="156"/>
        <source>Choose a folder of lessons</source>
        <extracomment>What ``open_with`` asked for before the pack was read (opened once it is). The reader, made the first time a lesson opens (start-up does not pay for it).</extracomment>
        <translation>选择存放课程的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/learn/parts.py" line="46"/>
        <source>Beginner</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../ui/learn/parts.py" line="47"/>
        <source>Intermediate</source>
        <translation>进阶</translation>
    </message>
    <message>
        <location filename="../ui/learn/parts.py" line="48"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/learn/parts.py" line="50"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/learn/page.py" line="286"/>
        <source>The lesson “%1” is not available (see the problems below).</source>
        <translation>课程“%1”无法打开（原因见下方问题列表）。</translation>
    </message>
    <message>
        <location filename="../ui/learn/page.py" line="433"/>
        <source>Learn</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/learn/page.py" line="436"/>
        <source>Short lessons on consumer credit, each with live examples and a quiz. Hover over an underlined term, or reach it with Tab and press Enter or F1, for its definition in both languages.</source>
        <translation>关于消费信贷的短课程，每课都有可以动手的例子和一份测验。把鼠标停在带下划线的术语上，或用 Tab 键走到术语上再按回车或 F1，就能看到中英文释义。</translation>
    </message>
</context>
<context>
    <name>LearnerName</name>
    <message>
        <location filename="../ui/common/learner_name.py" line="14"/>
        <source>Default learner</source>
        <translation>默认学员</translation>
    </message>
</context>
<context>
    <name>LessonCalculator</name>
    <message>
        <location filename="../ui/common/calculator_block.py" line="257"/>
        <source>This example cannot be computed: %1 The figures shown are the last valid ones.</source>
        <translation>这个例子无法计算：%1 下面显示的是最近一次有效的结果。</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="266"/>
        <source>pay on time</source>
        <translation>按时还款</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="268"/>
        <source>pay only the minimum each month</source>
        <translation>每月只还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="270"/>
        <source>pay only %1</source>
        <translation>只还 %1</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="274"/>
        <source>miss one payment</source>
        <translation>有一期没还</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="276"/>
        <source>miss %1 payments in a row</source>
        <translation>连续 %1 期没还</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="281"/>
        <source>, then keep missing</source>
        <translation>，之后一直不还</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="283"/>
        <source>, then agree an instalment plan with the lender</source>
        <translation>，之后与贷款方协商分期还款</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="285"/>
        <source>, then pay everything owed</source>
        <translation>，之后一次还清所欠</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="292"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="296"/>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="306"/>
        <source>&amp;Days late</source>
        <translation>逾期天数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="307"/>
        <source>&amp;Missed payments</source>
        <translation>没还的期数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="308"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="309"/>
        <source>Annual &amp;rate (APR)</source>
        <translation>年化利率(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="310"/>
        <source>Plan &amp;length (months)</source>
        <translation>分期月数(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="312"/>
        <source>Months &amp;shown</source>
        <translation>计算月数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="319"/>
        <source>Try it: move the slider and watch the cost</source>
        <translation>动手试试：拖动滑块，看费用怎么变</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="320"/>
        <source>Open in &amp;calculator</source>
        <translation>在逾期计算器中打开(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="321"/>
        <source>Open this example in the calculator</source>
        <translation>在逾期计算器中打开这个例子</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="324"/>
        <source>Computed by DueWise&apos;s finance engine with the product&apos;s sourced rules, the same as the missed-payment calculator. An illustration, not your lender&apos;s statement.</source>
        <translation>由明白账的计算引擎按该产品有出处的规则算出，与逾期计算器一致。仅作示意，不代替贷款方的账单。</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="339"/>
        <source>Calculator example</source>
        <translation>计算示例</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="350"/>
        <source>Paying one day late costs %2</source>
        <translation>逾期 1 天还款要多付 %2</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="352"/>
        <source>Paying %1 days late costs %2</source>
        <translation>逾期 %1 天还款要多付 %2</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="358"/>
        <source>Penalty or late fee: %1 · Interest: %2</source>
        <translation>违约金或罚息：%1 · 利息：%2</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="365"/>
        <source>Repaid after %1 months; interest paid: %2</source>
        <translation>%1 个月后还清，共付利息 %2</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="371"/>
        <source>After %1 months: still owed %2, interest so far %3</source>
        <translation>%1 个月后仍欠 %2，已产生利息 %3</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="377"/>
        <source>Annual rate: %1 · Amount: %2</source>
        <translation>年化利率：%1 · 金额：%2</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="383"/>
        <source>Interest and fees: %1</source>
        <translation>利息和费用：%1</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="388"/>
        <source>Extra cost compared with paying on time: %1</source>
        <translation>比按时还款多付：%1</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="393"/>
        <source>On time: %1 · This scenario: %2 (penalties %3, interest %4)</source>
        <translation>按时还款：%1 · 这种情况：%2（违约金 %3，利息 %4）</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="404"/>
        <source>What the credit report shows, month by month:</source>
        <translation>征信报告上逐月显示为：</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="420"/>
        <source>Three overdue months in a row: many lenders refuse new credit on this (a rule of thumb, not a regulation).</source>
        <translation>连续三个月逾期（“连三”）：很多贷款机构会因此拒绝新的借款（这是行业惯例，不是法规）。</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="424"/>
        <source>Six overdue months within two years: another lender rule of thumb.</source>
        <translation>两年内累计六个月逾期（“累六”）：同样是贷款机构的行业惯例。</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="426"/>
        <source>Still overdue at the end: a current overdue.</source>
        <translation>到最后仍未还清：属于“当前逾期”。</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="427"/>
        <source>Never settled: the record stays until the debt is paid.</source>
        <translation>一直没有结清：还清之前，这条记录会一直保留。</translation>
    </message>
    <message>
        <location filename="../ui/common/calculator_block.py" line="428"/>
        <source>Charged off (CO) after 180 days late.</source>
        <translation>逾期 180 天后被核销（CO）。</translation>
    </message>
</context>
<context>
    <name>LessonChoice</name>
    <message>
        <location filename="../ui/common/choice_block.py" line="160"/>
        <source>✓ A wise choice</source>
        <extracomment>Under each option: whether it is wise and why (shown once the reader has chosen).</extracomment>
        <translation>✓ 明智的选择</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="162"/>
        <source>◐ Can work, with a catch</source>
        <translation>◐ 可以，但有代价</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="164"/>
        <source>✗ Not a wise choice</source>
        <translation>✗ 不明智的选择</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="172"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="182"/>
        <source>Your choice. %1</source>
        <translation>你的选择。%1</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="193"/>
        <source>What would you do? Choose an option to see what follows.</source>
        <translation>换作是你，会怎么做？选一个选项，看看接下来会怎样。</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="194"/>
        <source>Scenario: %1</source>
        <translation>情景：%1</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="195"/>
        <source>What happens</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/common/choice_block.py" line="189"/>
        <source>Choose this option</source>
        <translation>选择这个选项</translation>
    </message>
</context>
<context>
    <name>LessonListPanel</name>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="197"/>
        <source>Continue reading: %1 — %2</source>
        <extracomment>The pack shown (``None`` while it is read, or when ``pack_error`` says why not). Why the pack folder is not a pack (worded by ``errors.describe`` when shown). Why the quiz mastery could not be read (``None``: it was).</extracomment>
        <translation>继续阅读：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="276"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="278"/>
        <source>Read</source>
        <translation>已读完</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="280"/>
        <source>Read %1 of %2 sections</source>
        <translation>已读 %1/%2 节</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="286"/>
        <source>Quiz mastery: %1</source>
        <translation>测验掌握度：%1</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="288"/>
        <source>Quiz mastery: none yet</source>
        <translation>测验掌握度：暂无</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="314"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="316"/>
        <source>Open lesson %1: %2</source>
        <translation>打开第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="337"/>
        <source>Progress shows the sections you have read; your quiz results could not be read, so quiz mastery is not shown. %1</source>
        <translation>进度显示你读过的小节；你的测验记录无法读取，所以不显示测验掌握度。%1</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="343"/>
        <source>Progress: sections read, and your mastery from the lesson quizzes.</source>
        <translation>进度：已读的小节，以及你在本课测验中的掌握度。</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="352"/>
        <source>Loading the lessons…</source>
        <translation>正在载入课程……</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="359"/>
        <source>Lessons: the DueWise course.</source>
        <translation>课程：明白账自带课程。</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="362"/>
        <source>Lessons: your own pack in %1</source>
        <translation>课程：你自己的课程包，位于 %1</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="364"/>
        <source>Open a lesson pack…</source>
        <translation>打开课程包…</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="367"/>
        <source>Use a folder of lessons written by a teacher (see lessons/README.md). Lesson packs are data only: nothing in them runs.</source>
        <translation>使用老师编写的课程文件夹（写法见 lessons/README.md）。课程包只是数据，里面的任何内容都不会被执行。</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="371"/>
        <source>Back to the DueWise course</source>
        <translation>回到明白账自带课程</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="373"/>
        <source>Lessons that could not be loaded</source>
        <translation>无法载入的课程</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="376"/>
        <source>These lesson files have problems, so their lessons are left out until they are fixed. Every other lesson opens normally. Each line gives the file and line:</source>
        <translation>下面这些课程文件有问题，修好之前这些课程不会显示；其他课程照常可以打开。每行注明了文件和行号：</translation>
    </message>
    <message>
        <location filename="../ui/learn/lesson_list.py" line="382"/>
        <source>Continue where you stopped reading</source>
        <translation>从上次读到的地方继续</translation>
    </message>
</context>
<context>
    <name>LessonOverview</name>
    <message>
        <location filename="../ui/learn/overview_block.py" line="58"/>
        <source>After this lesson you can:</source>
        <translation>学完本课，你能：</translation>
    </message>
    <message>
        <location filename="../ui/learn/overview_block.py" line="62"/>
        <source>Objectives of this lesson</source>
        <translation>本课的学习目标</translation>
    </message>
    <message>
        <location filename="../ui/learn/overview_block.py" line="63"/>
        <source>To start with</source>
        <translation>先想一想</translation>
    </message>
</context>
<context>
    <name>LessonPractice</name>
    <message>
        <location filename="../ui/learn/practice_block.py" line="79"/>
        <source>Choose or type an answer first.</source>
        <translation>请先选择或填写答案。</translation>
    </message>
    <message>
        <location filename="../ui/learn/practice_block.py" line="105"/>
        <source>Try it (not marked)</source>
        <translation>试一试（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/learn/practice_block.py" line="106"/>
        <source>Practice question</source>
        <translation>练习题</translation>
    </message>
    <message>
        <location filename="../ui/learn/practice_block.py" line="107"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../ui/learn/practice_block.py" line="108"/>
        <source>Check the practice answer</source>
        <translation>检查练习题的答案</translation>
    </message>
    <message>
        <location filename="../ui/learn/practice_block.py" line="109"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../ui/learn/practice_block.py" line="116"/>
        <source>The right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
</context>
<context>
    <name>LessonProblems</name>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="23"/>
        <source>invalid TOML: {detail}</source>
        <translation>TOML 格式错误：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="24"/>
        <source>not UTF-8 text: {detail}</source>
        <translation>不是 UTF-8 文本：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="25"/>
        <source>missing {name}: every lesson folder needs lesson.toml, zh.md and en.md</source>
        <translation>缺少 {name}：每个课程文件夹都需要 lesson.toml、zh.md 和 en.md</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="29"/>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>缺少必填字段“{field}”</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="32"/>
        <source>unknown field &apos;{field}&apos;{hint}</source>
        <translation>未知字段“{field}”{hint}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="35"/>
        <source>&apos;{field}&apos; must be {expected}, not {actual}</source>
        <translation>“{field}”应为 {expected}，而不是 {actual}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="38"/>
        <source>&apos;{field}&apos; has a value that cannot be used: {detail}</source>
        <translation>“{field}”的值不能使用：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="41"/>
        <source>&apos;{id}&apos; is not a valid {kind} id: {rule}</source>
        <translation>“{id}”不是有效的 {kind} 编号：{rule}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="44"/>
        <source>duplicate {kind} id &apos;{id}&apos; (first defined at {first})</source>
        <translation>{kind} 编号“{id}”重复（首次定义于 {first}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="47"/>
        <source>unknown objective &apos;{id}&apos;{hint}</source>
        <translation>未知的学习目标“{id}”{hint}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="50"/>
        <source>unknown section &apos;{id}&apos; (this lesson has: {known})</source>
        <translation>未知的小节“{id}”（本课的小节有：{known}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="53"/>
        <source>unknown glossary term &apos;{id}&apos;{hint}</source>
        <translation>未知的术语“{id}”{hint}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="56"/>
        <source>unknown lesson &apos;{id}&apos;{hint}</source>
        <translation>未知的课程“{id}”{hint}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="59"/>
        <source>lesson &apos;{lesson}&apos; has no section &apos;{id}&apos;</source>
        <translation>课程“{lesson}”没有小节“{id}”</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="62"/>
        <source>unknown block kind &apos;{kind}&apos;{hint}</source>
        <translation>未知的互动块类型“{kind}”{hint}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="65"/>
        <source>invalid TOML in {kind} block: {detail}</source>
        <translation>{kind} 互动块中的 TOML 格式错误：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="68"/>
        <source>unknown product preset &apos;{id}&apos;{hint}</source>
        <translation>未知的产品预设“{id}”{hint}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="71"/>
        <source>&apos;{code}&apos; is not a {system} record code (allowed: {allowed})</source>
        <translation>“{code}”不是 {system} 记录代码（可用：{allowed}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="74"/>
        <source>code block opened here is never closed</source>
        <translation>此处开始的代码块没有结束</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="77"/>
        <source>level-2 heading needs a section id: &apos;## {title} {{#some-id}}&apos;</source>
        <translation>二级标题需要小节编号：“## {title} {{#some-id}}”</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="80"/>
        <source>figure &apos;{name}&apos; must be a file name inside assets/figures/</source>
        <translation>插图“{name}”必须是 assets/figures/ 里的文件名</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="83"/>
        <source>figure not found: assets/figures/{name}</source>
        <translation>找不到插图：assets/figures/{name}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="86"/>
        <source>a figure must stand on a line of its own: {target}</source>
        <translation>插图必须单独占一行：{target}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="89"/>
        <source>raw HTML is not allowed in lessons: {html}</source>
        <translation>课程中不允许直接写 HTML：{html}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="92"/>
        <source>link &apos;{target}&apos; is not allowed: {detail}</source>
        <translation>不允许的链接“{target}”：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="95"/>
        <source>images load only from figure: (no remote resources): {target}</source>
        <translation>图片只能用 figure: 引用（不加载网络资源）：{target}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="98"/>
        <source>&apos;{field}&apos; must be an https:// address, not &apos;{url}&apos;</source>
        <translation>“{field}”必须是 https:// 开头的网址，而不是“{url}”</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="101"/>
        <source>a practice block must be inside a section (after a &apos;## … {{#id}}&apos; heading), not in the introduction</source>
        <translation>练习块必须放在某一节里（在“## … {{#id}}”标题之后），不能放在引言里</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="106"/>
        <source>practice block names &apos;{id}&apos;, which is not a question of this lesson</source>
        <translation>练习块指定的“{id}”不是本课的题目</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="109"/>
        <source>practice block names question &apos;{id}&apos;, whose pool is &apos;{pool}&apos;; a practice block shows only a question with pool = &quot;practice&quot;</source>
        <translation>练习块指定的题目“{id}”属于“{pool}”题库；练习块只能显示 pool = &quot;practice&quot; 的题目</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="114"/>
        <source>practice question &apos;{id}&apos; is already shown by the practice block at line {first}; each practice question is shown by exactly one block</source>
        <translation>练习题“{id}”已由第 {first} 行的练习块显示；每道练习题只能由一个练习块显示</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="119"/>
        <source>practice question &apos;{id}&apos; is not shown by any practice block in {file}</source>
        <translation>练习题“{id}”没有在 {file} 的任何练习块中出现</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="123"/>
        <source>cannot read this file: {detail}</source>
        <translation>无法读取此文件：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="127"/>
        <source>&apos;{name}&apos; leads outside the lesson pack (a link?); only files inside the pack are read</source>
        <translation>“{name}”指向课程包以外的位置（是链接吗？）；只读取课程包内的文件</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="131"/>
        <source>&apos;{name}&apos; is not a regular file</source>
        <translation>“{name}”不是普通文件</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="135"/>
        <source>file too large: {size} bytes (at most {limit})</source>
        <translation>文件太大：{size} 字节（最多 {limit}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="139"/>
        <source>the pack&apos;s lesson files come to more than {limit} bytes; this file was not read</source>
        <translation>课程包的课程文件合计超过 {limit} 字节；此文件未读取</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="143"/>
        <source>line longer than {limit} characters; the file was not read further</source>
        <translation>有一行超过 {limit} 个字符；文件未继续读取</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="147"/>
        <source>nested more than {limit} levels deep (each table, array, inline table and dotted key part is a level); not parsed</source>
        <translation>嵌套超过 {limit} 层（每个表、数组、内联表和点分键的每一段各算一层）；未解析</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="152"/>
        <source>more than {limit} [[{name}]] tables in one file</source>
        <translation>一个文件中的 [[{name}]] 表超过 {limit} 个</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="156"/>
        <source>more than {limit} questions in one lesson</source>
        <translation>一课的题目超过 {limit} 道</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="160"/>
        <source>the pack has more than {limit} questions; this lesson&apos;s were not loaded</source>
        <translation>课程包的题目超过 {limit} 道；本课的题目未载入</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="164"/>
        <source>the pack has more than {limit} lessons; this one and those after it (by folder name) were not read</source>
        <translation>课程包的课程超过 {limit} 课；本课及其后（按文件夹名）的课程未读取</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="169"/>
        <source>more than {limit} answers computed by the finance engine in the pack; this one was not computed</source>
        <translation>课程包中由金融引擎计算的答案超过 {limit} 个；此题未计算</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="174"/>
        <source>no sections: a lesson needs at least one &apos;## Title {{#id}}&apos; heading</source>
        <translation>没有小节：每课至少需要一个“## 标题 {{#id}}”标题</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="178"/>
        <source>more than {limit} problems in this lesson: the rest are not listed; fix these first</source>
        <translation>本课的问题超过 {limit} 个：其余的未列出；请先修正这些</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="182"/>
        <source>&apos;{field}&apos; is not used by {qtype} questions</source>
        <translation>{qtype} 题用不到“{field}”</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="185"/>
        <source>answer key: {detail}</source>
        <translation>答案有误：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="186"/>
        <source>the Chinese and English texts differ: {detail}</source>
        <translation>中英文内容不一致：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="189"/>
        <source>questions too much alike: {detail}</source>
        <translation>题目过于相似：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="192"/>
        <source>unknown calc command &apos;{command}&apos; (one of: {known})</source>
        <translation>未知的计算命令“{command}”（可用：{known}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="195"/>
        <source>the finance engine cannot compute this: {detail}</source>
        <translation>金融引擎无法计算：{detail}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="198"/>
        <source>the result of &apos;{command}&apos; has no key &apos;{result}&apos; (it has: {known})</source>
        <translation>“{command}”的结果中没有“{result}”（只有：{known}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="201"/>
        <source>the result &apos;{result}&apos; of &apos;{command}&apos; is not a number: {value}</source>
        <translation>“{command}”的结果“{result}”不是数字：{value}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="204"/>
        <source>answer {answer} does not match the finance engine&apos;s {computed} ({command} → {result}) within tolerance {tolerance}</source>
        <translation>答案 {answer} 与金融引擎算出的 {computed}（{command} → {result}）相差超出容差 {tolerance}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="209"/>
        <source>objective, glossary and lesson references in the pack were not checked until this file can be read</source>
        <translation>在这个文件能够读取之前，课程包中对学习目标、术语和课程的引用都没有检查</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="214"/>
        <source>cannot check: finance engine not available ({what})</source>
        <translation>无法检查：金融引擎不可用（{what}）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="217"/>
        <source>the title line &apos;# {found}&apos; differs from the lesson title &apos;{title}&apos;</source>
        <translation>标题行“# {found}”与课程标题“{title}”不一致</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="220"/>
        <source>non-standard term &quot;{variant}&quot;: use &quot;{preferred}&quot;</source>
        <translation>不规范的术语“{variant}”：请用“{preferred}”</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="223"/>
        <source>{scope}: {count} of {total} single-choice keys ({share}) are choice {position}; spread them so no position holds more than {limit}</source>
        <translation>{scope}：{total} 道单选题中有 {count} 道（{share}）的答案是选项 {position}；请分散答案位置，每个位置不超过 {limit}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="228"/>
        <source>{scope}: choice {position} is in {count} of {total} multiple-choice keys ({share}); at most {limit}</source>
        <translation>{scope}：{total} 道多选题中有 {count} 道（{share}）的答案包含选项 {position}；最多 {limit}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="233"/>
        <source>{scope}: {count} of {total} true/false keys ({share}) are true; keep between {low} and {high}</source>
        <translation>{scope}：{total} 道判断题中有 {count} 道（{share}）答案为“对”；应保持在 {low} 到 {high} 之间</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="238"/>
        <source>&apos;{phrase}&apos; in a choice: the answer can be guessed from it; write the choices without it</source>
        <translation>选项中有“{phrase}”：凭它就能猜出答案；请不用这种说法来写选项</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="243"/>
        <source>text ({language}) names the project&apos;s notes (&apos;{found}&apos;): cite the original (regulation, regulator&apos;s page, contract or help text) by a name, number or address a reader can find</source>
        <translation>文字（{language}）引用了项目自己的笔记（“{found}”）：请引用原始来源（法规、监管机构页面、合同或帮助文字），写出读者能找到的名称、文号或网址</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="249"/>
        <source>text ({language}) carries a strength mark (&apos;{found}&apos;): say in words what the source is (a reproduction, a weak source, not confirmed)</source>
        <translation>文字（{language}）带有来源强度标记（“{found}”）：请用文字说明来源的性质（转载、较弱的来源、未经证实）</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="254"/>
        <source>{scope}: the key is the longest choice in {count} of {total} single-choice questions ({share}, {language}); at most {limit}</source>
        <translation>{scope}：{total} 道单选题中有 {count} 道（{share}，{language}）的正确答案是最长的选项；最多 {limit}</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="259"/>
        <source>no option says how wise it is: give each option verdict = &quot;wise&quot;, &quot;mixed&quot; or &quot;unwise&quot; and a why</source>
        <translation>没有一个选项说明它是否明智：给每个选项写上 verdict = &quot;wise&quot;、&quot;mixed&quot; 或 &quot;unwise&quot;，再写一句 why</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="264"/>
        <source>option {option} has no {field}: give every option both</source>
        <translation>选项 {option} 缺少 {field}：每个选项都要写这两项</translation>
    </message>
    <message>
        <location filename="../ui/common/errors_lessons.py" line="267"/>
        <source>no option is marked verdict = &quot;wise&quot;: say which choice is wiser</source>
        <translation>没有选项标为 verdict = &quot;wise&quot;：请指出哪个选择更明智</translation>
    </message>
</context>
<context>
    <name>LessonRecord</name>
    <message>
        <location filename="../ui/common/record_block.py" line="79"/>
        <source>US credit report: payment history</source>
        <translation>美国信用报告：还款记录</translation>
    </message>
    <message>
        <location filename="../ui/common/record_block.py" line="81"/>
        <source>Credit report (PBOC): monthly repayment record</source>
        <translation>征信报告：逐月还款记录</translation>
    </message>
    <message>
        <location filename="../ui/common/record_block.py" line="82"/>
        <source>What the codes mean</source>
        <translation>代码的意思</translation>
    </message>
    <message>
        <location filename="../ui/common/record_block.py" line="83"/>
        <source>Credit record: %1</source>
        <translation>信用记录：%1</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <location filename="../ui/common/lesson_text.py" line="244"/>
        <source>A glossary term this lesson pack does not define.</source>
        <extracomment>How long a definition opened from the keyboard stays (ms); any key, a click or Tab closes it. The keyboard stops over the text&apos;s links, in reading order.</extracomment>
        <translation>本课程包未收录这个术语的释义。</translation>
    </message>
    <message>
        <location filename="../ui/common/lesson_text.py" line="247"/>
        <source>Opens another lesson.</source>
        <translation>打开另一课。</translation>
    </message>
    <message>
        <location filename="../ui/common/lesson_text.py" line="249"/>
        <source>Goes to another section of this lesson.</source>
        <translation>跳到本课的另一节。</translation>
    </message>
    <message>
        <location filename="../ui/common/lesson_text.py" line="250"/>
        <source>Opens %1 in your web browser.</source>
        <translation>在网页浏览器中打开 %1。</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="152"/>
        <source>Leave the projector</source>
        <translation>退出投影</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="154"/>
        <source>Show on the projector</source>
        <translation>在投影上显示</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="156"/>
        <source>Screen to show the quiz on</source>
        <translation>显示测验的屏幕</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="157"/>
        <source>Scoreboard on the projector</source>
        <translation>在投影上显示排行榜</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="158"/>
        <source>Open</source>
        <translation>开放作答</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="159"/>
        <source>Close</source>
        <translation>停止作答</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="160"/>
        <source>Reveal</source>
        <translation>公布答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="161"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="162"/>
        <source>Finish</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="163"/>
        <source>Stop serving</source>
        <translation>关闭答题网页</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="164"/>
        <source>Export answers as CSV…</source>
        <translation>导出答案为 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="165"/>
        <source>Export every student&apos;s answers as CSV</source>
        <translation>把每个学生的答案导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="166"/>
        <source>Open the question for answers</source>
        <translation>开放这道题，让学生作答</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="168"/>
        <source>Close the question: lock the answers</source>
        <translation>停止作答：锁定答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="170"/>
        <source>Reveal the answer</source>
        <translation>公布答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="172"/>
        <source>Let the selected student join again under the same name</source>
        <translation>让选中的学生用原来的名字重新加入</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="176"/>
        <source>For a student who lost their place (a new phone, a cleared browser): they join again under the same name and keep their answers; their old page is signed out.</source>
        <translation>给丢了加入记录的学生（换了手机、清除了浏览器）：他们用原来的名字重新加入，答案都保留；原来的页面会退出。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="183"/>
        <source>Plain HTTP on the local network: students&apos; phones must be on the same network, and the firewall must allow DueWise (see the README).</source>
        <translation>这是局域网里的普通 HTTP 连接：学生的手机要连着同一个网络，防火墙也要允许明白账（见 README）。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="205"/>
        <source>A live quiz started %1 was interrupted (%2 students, %3 answers kept). Resume it where it stopped?</source>
        <translation>%1 开始的手机答题中断了（已保存 %2 名学生、%3 个答案）。要从中断的地方继续吗？</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="258"/>
        <source>Choose at least one question.</source>
        <translation>请至少选一道题。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="273"/>
        <location filename="../ui/classroom/live/panel.py" line="299"/>
        <source>The quiz could not be served on this address: %1</source>
        <translation>无法在这个地址上提供测验：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="294"/>
        <source>This quiz cannot be resumed: its questions are no longer in the lessons.</source>
        <translation>这次测验无法继续：它的题目已经不在课程里了。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="371"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题（共 %2 题）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="376"/>
        <source>%1 is open: students can answer.</source>
        <translation>%1已开放：学生可以作答。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="380"/>
        <source>Answers to %1 are closed.</source>
        <translation>%1已停止作答。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="384"/>
        <source>The answer to %1 is on the projector.</source>
        <translation>%1的答案已显示在投影上。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="398"/>
        <source>That was not saved (the disk refused it). Try again.</source>
        <translation>没有保存成功（磁盘拒绝写入）。请再试一次。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="399"/>
        <source>That was the last question: finish the quiz.</source>
        <translation>这是最后一题了：请结束测验。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="401"/>
        <source>That cannot be done now.</source>
        <translation>现在不能这样做。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="406"/>
        <source>The quiz is over. Students whose results are now in the class results: %1. Each can download their own file until you stop serving.</source>
        <translation>测验结束。成绩已记入全班成绩的学生：%1 名。在你关闭答题网页之前，每个学生都可以下载自己的成绩文件。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="425"/>
        <source>Let %1 join again</source>
        <translation>让 %1 重新加入</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="427"/>
        <source>Let a student join again</source>
        <translation>让学生重新加入</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="444"/>
        <source>%1 can join again under the same name, on any phone or browser, and keeps their answers so far. Their old page is signed out.</source>
        <translation>%1 现在可以用原来的名字在任何手机或浏览器上重新加入，已答的题都保留。原来的页面已退出。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="453"/>
        <source>Question</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="454"/>
        <source>Question id</source>
        <translation>题目编号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="455"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="456"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="457"/>
        <source>Answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="458"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="459"/>
        <source>Fully right</source>
        <translation>全对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="475"/>
        <source>Export answers as CSV</source>
        <translation>导出答案为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="477"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="485"/>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="488"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="510"/>
        <source>Students open %1 and type the code %2 (or scan the QR code).</source>
        <translation>学生打开 %1，输入加入码 %2（或扫二维码）。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="517"/>
        <source>Waiting for students to join</source>
        <translation>等学生加入</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="520"/>
        <source>Question %1 of %2: %3</source>
        <translation>第 %1 题，共 %2 题：%3</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="528"/>
        <source>%1 of %2 answered (shown here only)</source>
        <translation>%2 人中已有 %1 人作答（只在这里显示）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="534"/>
        <source>Joined so far: %1</source>
        <translation>已加入：%1 人</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="548"/>
        <source>Joined (%1)</source>
        <translation>已加入（%1）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/panel.py" line="549"/>
        <source>may join again</source>
        <translation>可重新加入</translation>
    </message>
</context>
<context>
    <name>LiveSetupView</name>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="112"/>
        <source>Students answer on their own phones or laptops over this room&apos;s network: nothing goes to the internet and nobody needs an account. DueWise serves a small page only while the quiz runs; every answer lands in the class results.</source>
        <extracomment>The widgets the panel shows under its own name (``panel.source_box`` …).</extracomment>
        <translation>学生用自己的手机或笔记本电脑，通过教室的网络作答：什么都不会传到互联网上，也不需要任何账号。只在测验进行时，明白账才提供一个小网页；每个答案都会记入全班成绩。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="117"/>
        <source>&amp;Questions:</source>
        <translation>题目(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="118"/>
        <source>&amp;Lesson:</source>
        <translation>课程(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="119"/>
        <source>C&amp;hoose questions:</source>
        <translation>选题(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="120"/>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="121"/>
        <source>&amp;Scoreboard:</source>
        <translation>排行榜(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="122"/>
        <source>&amp;Teams:</source>
        <translation>队伍(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="124"/>
        <source>Team names, separated by commas</source>
        <translation>队名，用逗号隔开</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="125"/>
        <source>Students may pick their name from the class list</source>
        <translation>学生可以在班级名单里选自己的名字</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="126"/>
        <source>Start the live quiz</source>
        <translation>开始手机答题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="127"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="128"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="137"/>
        <source>A lesson&apos;s quiz</source>
        <translation>某一课的测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="138"/>
        <source>The diagnostic test (before the course)</source>
        <translation>摸底测试（开课前）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="139"/>
        <source>The final test (after the course)</source>
        <translation>期末测试（学完后）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="140"/>
        <source>Questions I choose</source>
        <translation>自选题目</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="165"/>
        <source>None</source>
        <translation>不显示</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="166"/>
        <source>By name</source>
        <translation>按名字</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="167"/>
        <source>By team</source>
        <translation>按队伍</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/setup_view.py" line="178"/>
        <source>This computer only (%1)</source>
        <translation>只限本机（%1）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.py" line="389"/>
        <source>it took too long to open</source>
        <extracomment>(page id, loader of the page&apos;s class), in the order of the navigation bar. The navigation panel is never narrower than this (pixels), nor wider than a quarter of the window unless its labels fit in less. What is warmed in idle time after the first paint (tests and benchmarks may change it). Imports matplotlib and draws a first figure after the first paint (chart pages).</extracomment>
        <translation>打开用时太长</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="394"/>
        <source>Your lesson pack in %1 was not opened (%2), so DueWise shows its own course for now. Your choice is kept for the next start; `duewise lessons check` lists any problems.</source>
        <translation>没有打开 %1 中的课程包（%2），明白账暂时显示自带的课程。你的选择会保留到下次启动；`duewise lessons check` 会列出其中的问题。</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="421"/>
        <source>It was written by a newer version of DueWise.</source>
        <translation>它由更新版本的明白账创建。</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="423"/>
        <source>It could not be read (it may be damaged).</source>
        <translation>无法读取（文件可能已损坏）。</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="426"/>
        <source>Your previous data file was set aside and a new one was started. %1 </source>
        <translation>原来的数据文件已另行保存，并新建了数据文件。%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="428"/>
        <source>The old file was kept as: %1</source>
        <translation>旧文件保存在：%1</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="433"/>
        <source>Your data folder is read-only (%1): you can use DueWise as usual, but nothing you do in this session will be kept.</source>
        <translation>数据文件夹是只读的（%1）：你可以照常使用明白账，但本次的所有操作都不会保存。</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="440"/>
        <source>Another DueWise window is open with the same data. Both can be used; changes made in one show in the other after it is restarted.</source>
        <translation>另一个明白账窗口正在使用同一份数据。两个窗口都可以用；在一个窗口中做的改动，另一个窗口重新启动后才会显示。</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="476"/>
        <source>DueWise — understand your credit</source>
        <translation>明白账 — 看懂你的信用</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="477"/>
        <source>DueWise</source>
        <translation>明白账</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="478"/>
        <source>Use credit wisely</source>
        <translation>聪明地使用信用</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="480"/>
        <source>Learn</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="481"/>
        <source>Check yourself</source>
        <translation>自测</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="482"/>
        <source>Missed-payment calculator</source>
        <translation>逾期计算器</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="483"/>
        <source>Repayment planner</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="484"/>
        <source>Classroom</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="485"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="492"/>
        <source>Places</source>
        <translation>功能区</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="494"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="495"/>
        <source>Learner using the app:</source>
        <translation>正在使用的学习者：</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="504"/>
        <source>Switch to another learner on this computer (add learners under Classroom)</source>
        <translation>切换到这台电脑上的另一位学习者（在“课堂”里添加学习者）</translation>
    </message>
    <message>
        <location filename="../ui/shell/main_window.py" line="506"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>MasteryChart</name>
    <message>
        <location filename="../ui/check/charts.py" line="156"/>
        <source>%1 objectives, all at %2.</source>
        <translation>共 %1 个学习目标，全部为 %2。</translation>
    </message>
    <message>
        <location filename="../ui/check/charts.py" line="159"/>
        <source>%1 objectives, on average %2.</source>
        <translation>共 %1 个学习目标，平均 %2。</translation>
    </message>
    <message>
        <location filename="../ui/check/charts.py" line="165"/>
        <source>Highest: “%1” (lesson %2), %3.</source>
        <translation>最高：“%1”（第 %2 课），%3。</translation>
    </message>
    <message>
        <location filename="../ui/check/charts.py" line="166"/>
        <source>Lowest: “%1” (lesson %2), %3.</source>
        <translation>最低：“%1”（第 %2 课），%3。</translation>
    </message>
    <message>
        <location filename="../ui/check/charts.py" line="179"/>
        <source>Objective</source>
        <translation>学习目标</translation>
    </message>
</context>
<context>
    <name>MistakesList</name>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="112"/>
        <source>Review my mistakes</source>
        <translation>回顾我的错题</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="118"/>
        <source>No mistakes to review: every answer earned its full point.</source>
        <translation>没有错题：每道题都拿到了满分。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="120"/>
        <source>1 question to look at again.</source>
        <translation>有 1 道题值得再看一遍。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="122"/>
        <source>%1 questions to look at again.</source>
        <translation>有 %1 道题值得再看一遍。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="134"/>
        <source>Question %1: %2</source>
        <translation>第 %1 题：%2</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="139"/>
        <source>✗ Not answered (the time ran out).</source>
        <translation>✗ 未作答（时间到了）。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="144"/>
        <source>◐ Your answer: %1 — partly right, %2 of a point.</source>
        <translation>◐ 你的答案：%1——部分正确，得 %2 分。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="149"/>
        <source>✗ Your answer: %1 — wrong.</source>
        <translation>✗ 你的答案：%1（错误）。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="152"/>
        <source>✓ The right answer: %1</source>
        <translation>✓ 正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="156"/>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="160"/>
        <source>Read about it: %1</source>
        <translation>去课程里看：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/report_mistakes.py" line="162"/>
        <source>Read about it: %1, in lesson %2</source>
        <translation>去课程里看：%1（课程 %2）</translation>
    </message>
</context>
<context>
    <name>NextLoanPanel</name>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="246"/>
        <source>Approved at the clean-record rate</source>
        <extracomment>Example loans (the learner edits them): amount, months, clean rate in percent a year. The loan&apos;s form beside the outcome (at large text sizes it takes the card&apos;s width). The theme&apos;s colour of each outcome (its ``QLabel[role=…]`` style, WCAG AA in every theme). The learner chose the application month (else it follows the record&apos;s month).</extracomment>
        <translation>按无不良记录的利率获批</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="248"/>
        <source>Approved, but at a higher rate</source>
        <translation>获批，但利率更高</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="249"/>
        <location filename="../ui/calculator/next_loan_panel.py" line="354"/>
        <source>Likely refused</source>
        <translation>很可能被拒</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="254"/>
        <source>The record shows no overdue payment.</source>
        <translation>记录中没有逾期。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="256"/>
        <source>The overdue record is no longer visible on this date.</source>
        <translation>到这个日期，逾期记录已不再可见。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="260"/>
        <source>Money is overdue right now (当前逾期): most lenders refuse.</source>
        <translation>当前逾期：大多数贷款机构会拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="264"/>
        <source>连三累六 within the last 2 years: many lenders refuse (a rule of thumb).</source>
        <translation>近两年内有连三累六：很多贷款机构会拒绝（经验规则）。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="268"/>
        <source>A charge-off is still visible: treated like a current default.</source>
        <translation>核销记录仍然可见：被当作当前违约处理。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="272"/>
        <source>A single month under 30 days late is usually tolerated.</source>
        <translation>只有一个月逾期且不足 30 天，通常可以接受。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="276"/>
        <source>An overdue record is still visible: the lender prices in the risk.</source>
        <translation>逾期记录仍然可见：贷款机构会把风险计入利率。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="294"/>
        <source>Learn why</source>
        <translation>了解原因</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="307"/>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="312"/>
        <source>%1 in %2: %3</source>
        <translation>%2 申请%1：%3</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="324"/>
        <source>No loan on this date, so no price: waiting until the record ages is the cost.</source>
        <translation>这个日期借不到钱，也就谈不上价格：代价是要等记录变旧。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="329"/>
        <source>Rate %1 a year instead of %2. Extra interest over the loan&apos;s life: %3 (total interest %4 instead of %5).</source>
        <translation>年利率 %1，而不是 %2。整个贷款期内多付利息 %3（总利息 %4，而不是 %5）。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="342"/>
        <source>A mortgage</source>
        <translation>房贷</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="343"/>
        <source>A car loan</source>
        <translation>车贷</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="344"/>
        <source>A credit card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="345"/>
        <source>A personal loan</source>
        <translation>个人消费贷</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="351"/>
        <location filename="../ui/calculator/next_loan_panel.py" line="405"/>
        <source>Application month</source>
        <translation>申请月份</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="352"/>
        <source>Extra interest (%1)</source>
        <translation>多付利息（%1）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="353"/>
        <source>Extra cost if approved</source>
        <translation>获批时多付的钱</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="355"/>
        <source>Your month</source>
        <translation>你选的月份</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="387"/>
        <source>What it does to your next loan</source>
        <translation>对你下一笔贷款的影响</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="379"/>
        <source>Illustration only: lenders publish no such figures. Assumptions: a record is read with 连三累六 and current-overdue rules; the rate premium shrinks as the record ages and ends when it stops being visible; equal monthly payments (等额本息) over the term. Change the loan to see its price.</source>
        <translation>仅为示意：贷款机构不会公布这类数字。假设：按连三累六和当前逾期规则审查记录；加价随记录变旧而减少，记录不再可见时取消；贷款按等额本息偿还。修改贷款条件，看看它的价格。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="391"/>
        <source>How the next loan costs more</source>
        <translation>下一笔贷款为什么更贵</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="394"/>
        <source>You apply for</source>
        <translation>你要申请</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="395"/>
        <source>Kind of the next loan</source>
        <translation>下一笔贷款的类型</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="399"/>
        <location filename="../ui/calculator/next_loan_panel.py" line="400"/>
        <source>Loan amount</source>
        <translation>贷款金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="401"/>
        <source>Term (months)</source>
        <translation>期限（月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="402"/>
        <source>Term of the loan in months</source>
        <translation>贷款期限（月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="403"/>
        <source>Rate on a clean record (% a year)</source>
        <translation>无不良记录时的利率（%/年）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="404"/>
        <source>Rate on a clean record, percent a year</source>
        <translation>无不良记录时的年利率（百分比）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="406"/>
        <source>Month you apply</source>
        <translation>申请月份</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="408"/>
        <source>Extra cost of the loan by the month you apply: it shrinks as the record ages</source>
        <translation>按申请月份看贷款多花的钱：记录越旧，多花得越少</translation>
    </message>
    <message>
        <location filename="../ui/calculator/next_loan_panel.py" line="411"/>
        <source>Chart: extra cost of the next loan by application month</source>
        <translation>图表：按申请月份显示下一笔贷款多花的钱</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../ui/check/overview_panel.py" line="284"/>
        <source>Start a quiz</source>
        <translation>开始测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="285"/>
        <source>&amp;Lesson:</source>
        <translation>课程(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="286"/>
        <source>Lesson for the quiz</source>
        <translation>测验的课程</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="287"/>
        <source>Lesson quiz</source>
        <translation>课后测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="288"/>
        <source>Start or continue the lesson quiz</source>
        <translation>开始或继续课后测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="289"/>
        <source>How answers are scored</source>
        <translation>怎样计分</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="292"/>
        <source>One choice, true/false and number questions: 1 point if right.
Several right choices: each right tick earns its share of the point, each wrong tick takes a share away, and the score never goes below zero (ticking everything scores 0).
Putting things in order: 1 point for the right order, else 0.
Numbers: any answer within the tolerance shown after answering is right, and how you write the number never counts: ¥1,000, 1000 and 1 000 are all read. A comma only groups thousands (3,50 could be 3.50 or 350, so you are asked to write 3.50). If a number cannot be read you are asked again, not marked wrong.</source>
        <translation>单选题、判断题和数字题：答对得 1 分。
多选题：每勾对一项得相应的一份分数，每勾错一项扣掉一份，最低 0 分（全部勾上得 0 分）。
排序题：顺序全对得 1 分，否则 0 分。
数字题：在答题后显示的误差范围内都算对；数字怎么写都不影响得分：¥1,000、1000 和 1 000 都能识别。逗号只用来分隔千位（3,50 既可能是 3.50 也可能是 350，所以会请你写成 3.50）。如果读不出是什么数字，会请你重新输入，不会判错。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="303"/>
        <source>Accommodations</source>
        <translation>答题便利设置</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="304"/>
        <source>Use a time limit (off by default)</source>
        <translation>限时答题（默认不限时）</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="305"/>
        <source>&amp;Minutes per quiz:</source>
        <translation>每次测验分钟数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="306"/>
        <source>Minutes per quiz</source>
        <translation>每次测验分钟数</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="307"/>
        <source>E&amp;xtra time:</source>
        <translation>额外时间(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="308"/>
        <source>Extra time</source>
        <translation>额外时间</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="311"/>
        <source>None</source>
        <translation>不加时</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="311"/>
        <source>+%1 %</source>
        <translation>加 %1%</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="313"/>
        <source>Larger text</source>
        <translation>大字号</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="314"/>
        <source>Practice without scoring</source>
        <translation>练习模式（不计分）</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="317"/>
        <source>Practice rounds show right or wrong and the explanation but keep no score; missed questions still come back for review. Settings apply to new quizzes.</source>
        <translation>练习模式会显示对错和解析，但不记录分数；答错的题仍会进入复习队列。设置对新开始的测验生效。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="321"/>
        <source>Your progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="322"/>
        <source>Continue where I left off</source>
        <translation>从上次停下的地方继续</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="323"/>
        <source>Discard it</source>
        <translation>放弃这次测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="324"/>
        <source>Discard the unfinished quiz</source>
        <translation>放弃未完成的测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="340"/>
        <source>%1 — mastery %2</source>
        <translation>%1 — 掌握度 %2</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="348"/>
        <source>Diagnostic test</source>
        <translation>摸底测试</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="351"/>
        <source>Before you start the lessons: %1 questions, one per learning objective. It shows what you know already and what to study.</source>
        <translation>学习课程之前做：共 %1 题，每个学习目标一题。看看你已经懂了哪些、需要学哪些。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="356"/>
        <source>Final test</source>
        <translation>期末测试</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="359"/>
        <source>After the lessons: the same %1 objectives with different questions. Pass with %2 to earn a certificate.</source>
        <translation>学完课程后做：同样的 %1 个学习目标，换一批题目。达到 %2 即可获得结业证书。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="367"/>
        <source>Take the diagnostic first to see how much you grew.</source>
        <translation>先做摸底测试，才能看出你进步了多少。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="373"/>
        <source>Review (%1 due)</source>
        <translation>复习（%1 题待复习）</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="381"/>
        <source>%1 missed questions in your review queue (Leitner boxes: each right answer waits longer before the next review: 1, 2, 4, 8, 16 days).</source>
        <translation>复习队列里有 %1 道答错的题（莱特纳盒子法：每答对一次，下次复习就隔得更久：1、2、4、8、16 天）。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="385"/>
        <source>Next review: %1.</source>
        <translation>下次复习：%1。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="391"/>
        <source>Questions you miss come back here for review, spaced over days.</source>
        <translation>答错的题会回到这里，隔几天复习一次。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="397"/>
        <source>Unfinished: %1, question %2 of %3.</source>
        <translation>未完成：%1，第 %2 题，共 %3 题。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="411"/>
        <source>Streak: %1 days in a row (longest: %2).</source>
        <translation>连续学习：%1 天（最长 %2 天）。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="417"/>
        <location filename="../ui/check/overview_panel.py" line="440"/>
        <source>Score over time</source>
        <translation>历次得分</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="420"/>
        <source>Quiz number</source>
        <translation>测验次序</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="421"/>
        <source>Score (%)</source>
        <translation>得分（%）</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="422"/>
        <source>No finished quizzes yet</source>
        <translation>还没有完成的测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="423"/>
        <source>Pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="427"/>
        <source>Mastery per objective (bars), grouped by lesson number</source>
        <translation>各学习目标的掌握度（柱形），按课次分组</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="433"/>
        <source>Lesson</source>
        <translation>课次</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="434"/>
        <source>Mastery (%)</source>
        <translation>掌握度（%）</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="441"/>
        <source>Mastery per objective</source>
        <translation>各学习目标的掌握度</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="442"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="444"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="444"/>
        <source>Finished</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="444"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="456"/>
        <source>History of finished quizzes</source>
        <translation>已完成测验的历史记录</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="459"/>
        <source>Save certificate (PDF)…</source>
        <translation>保存结业证书（PDF）…</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="462"/>
        <source>You passed the final test. The certificate is in Chinese and English.</source>
        <translation>你已通过期末测试。结业证书为中英双语。</translation>
    </message>
    <message>
        <location filename="../ui/check/overview_panel.py" line="464"/>
        <source>Pass the final test to earn a certificate.</source>
        <translation>通过期末测试即可获得结业证书。</translation>
    </message>
</context>
<context>
    <name>PackWait</name>
    <message>
        <location filename="../ui/common/pack_wait.py" line="38"/>
        <source>Loading the lessons…</source>
        <translation>正在载入课程……</translation>
    </message>
    <message>
        <location filename="../ui/common/pack_wait.py" line="39"/>
        <source>Loading the lessons</source>
        <translation>正在载入课程</translation>
    </message>
</context>
<context>
    <name>PlannerChart</name>
    <message>
        <location filename="../ui/planner/charts.py" line="294"/>
        <source>%1: paid off after %2 months.</source>
        <extracomment>Strategy key → (colour, line style): told apart by style as well as colour. Month axis ends, in whole years: an edit rarely moves a plan past the next one. Grid lines as ``Axes.grid(True, alpha=0.3)`` draws them. Canvas height in pixels at 100 % text (it grows with the text size). Equal steps on the month axis (every end in ``_MONTH_STEPS`` divides by it) and the money axis. Debt names longer than this are shortened in the legend (the table shows them whole).</extracomment>
        <translation>%1：%2 个月后还清。</translation>
    </message>
    <message>
        <location filename="../ui/planner/charts.py" line="299"/>
        <source>%1: %2 still owed after %3 months.</source>
        <translation>%1：%3 个月后仍欠 %2。</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="72"/>
        <source>Avalanche (highest rate first)</source>
        <translation>雪崩法（利率最高的先还）</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="75"/>
        <source>Snowball (smallest balance first)</source>
        <translation>雪球法（余额最小的先还）</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="78"/>
        <source>Your order (the table&apos;s order)</source>
        <translation>自定顺序（按表格顺序）</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="81"/>
        <source>Minimum payments only</source>
        <translation>只还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="89"/>
        <source>Pay every minimum, then put all the money left on the debt with the highest interest rate: the least interest in total.</source>
        <translation>先还清每笔的最低还款额，剩下的钱全部用来还利率最高的那笔：总利息最少。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="94"/>
        <source>Pay every minimum, then clear the smallest balance first: a quick first win that keeps you going, usually at a little more interest.</source>
        <translation>先还清每笔的最低还款额，再先还清余额最小的那笔：很快还清第一笔，更有动力坚持，但利息通常略多。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="99"/>
        <source>Pay every minimum, then follow the order of your table (move rows with Alt+Up/Alt+Down or drag them).</source>
        <translation>先还清每笔的最低还款额，再按表格里的顺序还（用 Alt+↑/Alt+↓ 或拖动来调整顺序）。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="104"/>
        <source>Pay only the minimums and nothing more: the baseline that shows what the other plans save.</source>
        <translation>每月只还最低还款额、不多还：作为对照，看其他方案能省多少。</translation>
    </message>
    <message>
        <location filename="../ui/planner/page.py" line="197"/>
        <source>Repayment planner</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/page.py" line="200"/>
        <source>List your debts and the money you can put towards them each month. The planner compares ways to pay them off and gives you a month-by-month plan to follow.</source>
        <translation>列出你的债务和每月能用来还款的钱。还款计划会比较几种还款方式，并给出一份可以照着执行的逐月计划。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="278"/>
        <source>This is an example (a 白条 bill, a bank card and a personal loan with a budget of ¥2,500). Change it to your own debts, or clear it to start empty.</source>
        <translation>这是一个示例（白条账单、一张银行信用卡和一笔个人贷款，每月预算 ¥2,500）。可以改成你自己的债务，或清空后从头填写。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="265"/>
        <location filename="../ui/planner/debts_part.py" line="285"/>
        <location filename="../ui/planner/debts_part.py" line="288"/>
        <source>Clear the example</source>
        <translation>清空示例</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="290"/>
        <source>Your debts</source>
        <translation>你的债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="294"/>
        <source>&amp;Add debt</source>
        <translation>添加债务(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="295"/>
        <source>Add a debt (Ctrl+N or Insert)</source>
        <translation>添加一笔债务（Ctrl+N 或 Insert）</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="299"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="300"/>
        <source>Delete the selected debts (Delete)</source>
        <translation>删除选中的债务（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="304"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="305"/>
        <source>Move the debt up (Alt+Up)</source>
        <translation>把这笔债务上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="309"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="310"/>
        <source>Move the debt down (Alt+Down)</source>
        <translation>把这笔债务下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="314"/>
        <source>&amp;Paste rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="315"/>
        <source>Paste debts copied from a spreadsheet (Ctrl+V)</source>
        <translation>粘贴从电子表格复制的债务（Ctrl+V）</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="321"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="322"/>
        <source>Import debts from a CSV file</source>
        <translation>从 CSV 文件导入债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="326"/>
        <source>U&amp;ndo</source>
        <translation>撤销(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="327"/>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一步修改（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="332"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="333"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="334"/>
        <source>Debts</source>
        <translation>债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="336"/>
        <source>Type to edit a cell. Delete removes rows, Ctrl+Z undoes.</source>
        <translation>直接输入即可修改单元格。Delete 删除行，Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="341"/>
        <source>Rates: the APR, or the daily rate Chinese lenders quote (0.05 % a day = 18.25 % a year); type either. Minimum: a percent of the balance, at least an amount (a loan&apos;s instalment is an amount with 0 %). The table&apos;s order is the order of “Your order”.</source>
        <translation>利率：填年化利率或日利率都可以（日利率 0.05% = 年化 18.25%）。最低还款：余额的百分比，且不少于某个金额（贷款的每期还款填金额、百分比填 0）。表格的顺序就是“自定顺序”的还款顺序。</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="222"/>
        <source>Money for your debts</source>
        <translation>每月还款的钱</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="226"/>
        <source>Monthly &amp;budget (%1)</source>
        <translation>每月预算(&amp;B)（%1）</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="229"/>
        <source>Recurring &amp;extra (%1)</source>
        <translation>每月额外还款(&amp;E)（%1）</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="231"/>
        <source>First payment &amp;month</source>
        <translation>首次还款月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="232"/>
        <source>&amp;Currency</source>
        <translation>币种(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="234"/>
        <source>Monthly budget</source>
        <translation>每月预算</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="237"/>
        <source>Recurring extra payment</source>
        <translation>每月额外还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="240"/>
        <source>First payment month</source>
        <translation>首次还款月份</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="242"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="244"/>
        <source>What you can pay towards all debts each month.</source>
        <translation>每月能用来还所有债务的钱。</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="249"/>
        <source>An extra amount you add every month on top.</source>
        <translation>每月在预算之外再多还的钱。</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="252"/>
        <source>One-off payments (a bonus, a 年终奖) on the month you choose:</source>
        <translation>一次性还款（奖金、年终奖），在你选的月份还：</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="256"/>
        <source>M&amp;onth</source>
        <translation>月份(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="257"/>
        <source>Amoun&amp;t</source>
        <translation>金额(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="258"/>
        <source>Add one-off</source>
        <translation>添加一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="259"/>
        <source>Remove one-off</source>
        <translation>删除一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="261"/>
        <source>Month of the one-off payment</source>
        <translation>一次性还款的月份</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="264"/>
        <source>Amount of the one-off payment</source>
        <translation>一次性还款的金额</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="267"/>
        <source>Add one-off payment</source>
        <translation>添加一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="270"/>
        <source>Remove the selected one-off payment</source>
        <translation>删除选中的一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="273"/>
        <source>One-off payments</source>
        <translation>一次性还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="275"/>
        <source>Your budget does not cover the minimum payments</source>
        <translation>你的预算不够还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="279"/>
        <source>What you can do</source>
        <translation>你可以怎么做</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="281"/>
        <source>Open the missed-payment calculator for this debt</source>
        <translation>用逾期计算器看这笔债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="286"/>
        <source>Ask the lender for an instalment plan on</source>
        <translation>向贷款机构申请分期还款：</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="289"/>
        <source>over (months)</source>
        <translation>分期月数</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="292"/>
        <source>Debt to negotiate</source>
        <translation>要协商分期的债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="295"/>
        <source>Months of the negotiated plan</source>
        <translation>协商分期的月数</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="170"/>
        <location filename="../ui/planner/strategies_part.py" line="298"/>
        <source>Strategies side by side</source>
        <translation>还款方式对比</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="173"/>
        <location filename="../ui/planner/strategies_part.py" line="302"/>
        <source>Strategy</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="174"/>
        <location filename="../ui/planner/strategies_part.py" line="303"/>
        <source>Debt-free</source>
        <translation>还清时间</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="175"/>
        <location filename="../ui/planner/strategies_part.py" line="304"/>
        <source>Total interest</source>
        <translation>总利息</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="176"/>
        <location filename="../ui/planner/strategies_part.py" line="305"/>
        <source>Total paid</source>
        <translation>总还款额</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="309"/>
        <source>Strategies</source>
        <translation>还款方式</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="312"/>
        <source>Choose a row to see its plan below. F1 explains the strategy.</source>
        <translation>选中一行，下方显示它的还款计划。按 F1 查看这种方式的说明。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="266"/>
        <source>Your plan month by month</source>
        <translation>逐月还款计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="269"/>
        <source>Month-by-month schedule</source>
        <translation>逐月还款计划表</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="272"/>
        <source>Minimum payment warning</source>
        <translation>最低还款提示</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="275"/>
        <source>As a US card statement must show it: what paying only the minimum costs, next to paying the balance off in 3 years.</source>
        <translation>就像美国信用卡账单必须写明的那样：只还最低还款额要花多少钱，对比 3 年还清要花多少钱。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="277"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="284"/>
        <source>Late charges added to the balance: %1.</source>
        <translation>已计入余额的逾期费用：%1。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="310"/>
        <source>Keep and take away</source>
        <translation>保存与导出</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="311"/>
        <source>Plan &amp;name</source>
        <translation>计划名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="312"/>
        <source>Plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="316"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="317"/>
        <source>Save the plan under this name (Ctrl+S)</source>
        <translation>用这个名称保存计划（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="321"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="322"/>
        <source>Open the saved plan with this name</source>
        <translation>打开这个名称的已保存计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="326"/>
        <source>Delete saved</source>
        <translation>删除已保存的计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="327"/>
        <source>Delete the saved plan</source>
        <translation>删除已保存的计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="331"/>
        <source>Schedule as CSV…</source>
        <translation>导出还款表 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="332"/>
        <source>Export the schedule as CSV</source>
        <translation>把还款计划表导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="336"/>
        <source>Printable PDF…</source>
        <translation>可打印的 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="337"/>
        <source>Export a printable PDF plan</source>
        <translation>导出可打印的 PDF 计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="341"/>
        <source>Calendar (.ics)…</source>
        <translation>日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="342"/>
        <source>Export every due date with a reminder two days before</source>
        <translation>导出每个还款日，并在两天前提醒</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="348"/>
        <source>Record this month&apos;s payments…</source>
        <translation>记录本月实际还款…</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="349"/>
        <source>Record what you actually paid and re-plan from the real balances</source>
        <translation>记录实际还了多少，并按实际余额重新计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="139"/>
        <source>Enter the amount you can pay each month.</source>
        <translation>请输入每月能还的金额。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="107"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="112"/>
        <source>Row %1 (%2), %3: %4</source>
        <translation>第 %1 行（%2），%3：%4</translation>
    </message>
    <message>
        <location filename="../ui/planner/page.py" line="256"/>
        <source>Add at least one debt to see a plan.</source>
        <translation>至少添加一笔债务才能看到计划。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="114"/>
        <source>Short in %1</source>
        <translation>%1 起钱不够</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="118"/>
        <source>Not within 50 years</source>
        <translation>50 年内还不清</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="120"/>
        <source>%1 (%2 months)</source>
        <translation>%1（%2 个月）</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="137"/>
        <source>(recommended)</source>
        <translation>（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="172"/>
        <source>(F1 or hover for each strategy)</source>
        <translation>（按 F1 或把鼠标停在某一行上可查看说明）</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="239"/>
        <source>No strategy works yet: the budget does not cover the minimum payments (see the warning above).</source>
        <translation>目前没有哪种方式可行：预算不够还最低还款额（见上方提示）。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="245"/>
        <source>No strategy repays these debts within 50 years with this budget: the payments barely cover the interest. A larger budget is needed.</source>
        <translation>按这个预算，没有哪种方式能在 50 年内还清：还款额几乎只够付利息。需要更多预算。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="254"/>
        <source>Recommended: %1. It costs the same interest as the avalanche but clears a first debt sooner, which helps you keep going.</source>
        <translation>推荐：%1。它的利息和雪崩法一样，但能更早还清第一笔，更容易坚持下去。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="261"/>
        <source>Recommended: %1, because it costs the least interest: %2, debt-free by %3.</source>
        <translation>推荐：%1，因为利息最少：%2，%3 还清。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="272"/>
        <source>That is %1 less interest than paying only the minimums.</source>
        <translation>比只还最低还款额少付 %1 利息。</translation>
    </message>
    <message>
        <location filename="../ui/planner/strategies_part.py" line="276"/>
        <source>Paying only the minimums would not clear these debts in 50 years.</source>
        <translation>只还最低还款额的话，50 年内都还不清。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="76"/>
        <source>Total balance by strategy</source>
        <extracomment>Says the plan&apos;s new totals once the typing stops (screen readers).</extracomment>
        <translation>各还款方式的总余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="77"/>
        <source>Your plan: balance of each debt</source>
        <translation>你的计划：每笔债务的余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="58"/>
        <location filename="../ui/planner/plan_part.py" line="78"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="192"/>
        <location filename="../ui/planner/plan_part.py" line="96"/>
        <source>Your plan month by month: %1</source>
        <translation>逐月还款计划：%1</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="110"/>
        <source>Debt-free by %1 (%2 months). Total interest %3, total paid %4.</source>
        <translation>%1 还清（%2 个月）。总利息 %3，总还款额 %4。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="119"/>
        <source>This plan stops in the month the budget falls short of the minimums.</source>
        <translation>这份计划在预算不够还最低还款额的那个月中断。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="124"/>
        <source>This plan does not repay the debts within 50 years.</source>
        <translation>这份计划 50 年内还不清债务。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="128"/>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="137"/>
        <source>%1: not repaid</source>
        <translation>%1：未还清</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="141"/>
        <source>%1: paid off in %2 (month %3)</source>
        <translation>%1：%2 还清（第 %3 个月）</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="147"/>
        <source>Each debt: </source>
        <translation>各笔债务：</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="129"/>
        <source>In %1 the minimum payments come to %2, but only %3 is available: %4 short.</source>
        <translation>%1 的最低还款额合计 %2，但只有 %3 可用：还差 %4。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="152"/>
        <source>Missing one instalment on it and catching up the month after costs about %1 more (penalty interest on the overdue instalment), and the late payment is reported to your credit record (征信).</source>
        <translation>如果这笔少还一期、下个月再补上，大约要多付 %1（逾期那一期的罚息），而且逾期会上报征信。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="159"/>
        <source>Missing one payment on it and catching up the month after costs about %1 more (late charges and interest), and the late payment is reported to your credit record (征信).</source>
        <translation>如果这笔少还一期、下个月再补上，大约要多付 %1（违约金/罚息和利息），而且逾期会上报征信。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="179"/>
        <source>%1 would go overdue first (not paid: %2).</source>
        <translation>最先逾期的是 %1（还不上的：%2）。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="185"/>
        <source>See what missing a payment on %1 costs</source>
        <translation>看看 %1 逾期一期要多花多少</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="192"/>
        <source>• A budget of %1 a month covers every minimum (%2 more than now).</source>
        <translation>• 每月预算达到 %1 就够还所有最低还款额（比现在多 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="200"/>
        <source>Use %1 as my budget</source>
        <translation>把预算改为 %1</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="222"/>
        <source>• An instalment plan (个性化分期) on %1 over %2 months with no further interest: its payment falls from %3 to %4 a month.</source>
        <translation>• 如果 %1 协商成 %2 个月的个性化分期、不再计息：它每月要还的钱从 %3 降到 %4。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="238"/>
        <source>Your budget would then cover every minimum, and you would be debt-free by %1.</source>
        <translation>这样你的预算就够还所有最低还款额，并在 %1 还清。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="248"/>
        <source>Your budget would then cover every minimum.</source>
        <translation>这样你的预算就够还所有最低还款额。</translation>
    </message>
    <message>
        <location filename="../ui/planner/shortfall_part.py" line="255"/>
        <source>Even then the budget is short: you would need %1 a month.</source>
        <translation>即便如此预算仍然不够：每月需要 %1。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="177"/>
        <source>Minimum payment warning for %1</source>
        <translation>%1 的最低还款提示</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="191"/>
        <source>about 1 month</source>
        <translation>约 1 个月</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="192"/>
        <source>about %1 months</source>
        <translation>约 %1 个月</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="196"/>
        <source>about 1 year</source>
        <translation>约 1 年</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="198"/>
        <source>about %1 years</source>
        <translation>约 %1 年</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="202"/>
        <source>%1 and 1 month</source>
        <translation>%1零 1 个月</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="205"/>
        <source>%1 and %2 months</source>
        <translation>%1零 %2 个月</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="216"/>
        <source>Minimum payment warning: %1</source>
        <translation>最低还款提示：%1</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="230"/>
        <source>If you make only the minimum payment each month, you will pay off this balance in %1 (%2 months) and pay an estimated total of %3.</source>
        <translation>如果每月只还最低还款额，还清这笔欠款需要%1（%2 个月），预计共还 %3。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="223"/>
        <source>If you make only the minimum payment each month, you will never pay off this balance: the minimum does not cover the interest.</source>
        <translation>如果每月只还最低还款额，这笔欠款永远还不清：最低还款额不够付利息。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="240"/>
        <source>If you pay %1 each month, you will pay it off in 3 years and pay an estimated total of %2.</source>
        <translation>如果每月还 %1，3 年就能还清，预计一共还 %2。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_part.py" line="249"/>
        <source>Savings: %1.</source>
        <translation>可省下 %1。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="142"/>
        <location filename="../ui/planner/debts_part.py" line="145"/>
        <source>Debt %1</source>
        <translation>债务 %1</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="147"/>
        <source>Add debt</source>
        <translation>添加债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="158"/>
        <source>Delete debts</source>
        <translation>删除债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="160"/>
        <source>Deleted %1 debt(s). Ctrl+Z brings them back.</source>
        <translation>已删除 %1 笔债务。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="197"/>
        <source>Import debts</source>
        <translation>导入债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="198"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="213"/>
        <source>Nothing to paste: copy rows from a spreadsheet first.</source>
        <translation>没有可粘贴的内容：请先从电子表格复制几行。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="236"/>
        <source>Nothing was added.</source>
        <translation>没有添加任何债务。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="257"/>
        <source>Add pasted debts</source>
        <translation>添加粘贴的债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="260"/>
        <source>Added %1 debt(s).</source>
        <translation>已添加 %1 笔债务。</translation>
    </message>
    <message>
        <location filename="../ui/planner/debts_part.py" line="267"/>
        <source>The example was cleared. Ctrl+Z brings it back.</source>
        <translation>示例已清空。按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="176"/>
        <source>Choose a month from the first payment month on.</source>
        <translation>请选择首次还款月份当月或之后的月份。</translation>
    </message>
    <message>
        <location filename="../ui/planner/money_part.py" line="209"/>
        <source>%1 (month %2): %3</source>
        <translation>%1（第 %2 个月）：%3</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="180"/>
        <source>Type a name for the plan first.</source>
        <translation>请先输入计划名称。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="190"/>
        <source>Saved the plan “%1”.</source>
        <translation>已保存计划“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="198"/>
        <location filename="../ui/planner/saved_plans.py" line="225"/>
        <source>There is no saved plan called “%1”.</source>
        <translation>没有名为“%1”的已保存计划。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="210"/>
        <source>The saved plan “%1” could not be read.</source>
        <translation>已保存的计划“%1”无法读取。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="216"/>
        <source>Opened the plan “%1”.</source>
        <translation>已打开计划“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="234"/>
        <source>Deleted the saved plan “%1”.</source>
        <translation>已删除保存的计划“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="59"/>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="60"/>
        <location filename="../ui/planner/plan_exports.py" line="154"/>
        <source>Debt</source>
        <translation>债务</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="61"/>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="62"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="63"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="64"/>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="68"/>
        <source>repayment-plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="73"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="80"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="96"/>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="106"/>
        <source>Pay %1: %2</source>
        <translation>还款 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="112"/>
        <source>Month %1 of your repayment plan (DueWise).</source>
        <translation>你的还款计划第 %1 个月（明白账）。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="124"/>
        <location filename="../ui/planner/plan_exports.py" line="226"/>
        <source>Repayment plan</source>
        <translation>还款计划</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="125"/>
        <source>A debt payment is due in two days.</source>
        <translation>两天后有一笔还款到期。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="136"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="155"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="156"/>
        <source>APR %</source>
        <translation>年化利率 %</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="157"/>
        <source>Paid off</source>
        <translation>还清时间</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="211"/>
        <source>Made with DueWise (明白账). Figures are estimates from the terms you entered.</source>
        <translation>由明白账生成。数字是根据你填写的条款估算的。</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="229"/>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="253"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/planner/plan_exports.py" line="260"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="264"/>
        <source>Record payments</source>
        <translation>记录还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="265"/>
        <source>Recorded. The plan now starts in %1.</source>
        <translation>已记录。计划现在从 %1 开始。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="269"/>
        <source>Paid off: %1.</source>
        <translation>已还清：%1。</translation>
    </message>
    <message>
        <location filename="../ui/planner/saved_plans.py" line="273"/>
        <source>Below the minimum (overdue): %1. Pay the rest as soon as you can.</source>
        <translation>低于最低还款额（已逾期）：%1。请尽快补还。</translation>
    </message>
</context>
<context>
    <name>PresentPanel</name>
    <message>
        <location filename="../ui/classroom/presenter.py" line="135"/>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation>屏幕 %1：%2（%3 × %4）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/presenter.py" line="138"/>
        <source>Screen %1 (%3 × %4)</source>
        <translation>屏幕 %1（%3 × %4）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/presenter.py" line="142"/>
        <source>(main screen)</source>
        <translation>（主屏幕）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="94"/>
        <source>Presenting. Press Esc on the presenter screen to leave.</source>
        <translation>正在演示。在演示屏幕上按 Esc 退出。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="99"/>
        <source>Presenter mode ended.</source>
        <translation>演示模式已结束。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="107"/>
        <source>Present a lesson</source>
        <translation>演示课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="110"/>
        <source>Shows a lesson full screen on the projector in very large white-on-black type, one section at a time. The live calculators and other blocks work on the projector. No learner&apos;s name, progress or answers are shown.</source>
        <translation>在投影上全屏演示课程：黑底白字、超大字号，一次显示一节。课程里的计算器等互动内容在投影上照样可以操作。演示时不显示任何学员的姓名、进度或作答。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="115"/>
        <source>&amp;Lesson:</source>
        <translation>课程(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="116"/>
        <source>Lesson to present</source>
        <translation>要演示的课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="119"/>
        <source>Lesson l&amp;anguage:</source>
        <translation>课程语言(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="120"/>
        <source>Language of the lesson on the projector</source>
        <translation>投影上课程的语言</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="121"/>
        <source>Sc&amp;reen:</source>
        <translation>屏幕(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="122"/>
        <source>Screen to present on</source>
        <translation>用于演示的屏幕</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="124"/>
        <source>&amp;Start presenting (F5)</source>
        <translation>开始演示(&amp;S) (F5)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="125"/>
        <source>Start presenter mode</source>
        <translation>开始演示模式</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="127"/>
        <source>PageDown, →, ↓ or Space</source>
        <translation>PageDown、→、↓ 或空格</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="127"/>
        <source>next section</source>
        <translation>下一节</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="128"/>
        <source>PageUp, ←, ↑</source>
        <translation>PageUp、←、↑</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="128"/>
        <source>previous section</source>
        <translation>上一节</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="129"/>
        <source>B or .</source>
        <translation>B 或 .</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="129"/>
        <source>blank the screen (any key shows it again)</source>
        <translation>黑屏（按任意键恢复）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="130"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/classroom/present_panel.py" line="130"/>
        <source>leave presenter mode</source>
        <translation>退出演示模式</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../ui/classroom/presenter.py" line="545"/>
        <source>DueWise presenter</source>
        <extracomment>The control that had the keyboard focus before presenting (``show_on_screen``).</extracomment>
        <translation>明白账演示</translation>
    </message>
    <message>
        <location filename="../ui/classroom/presenter.py" line="546"/>
        <source>Presenter</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/classroom/presenter.py" line="548"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/presenter.py" line="551"/>
        <source>%1 · continues below ↓</source>
        <translation>%1 · 下面还有 ↓</translation>
    </message>
    <message>
        <location filename="../ui/classroom/presenter.py" line="553"/>
        <source>PageDown / → next    PageUp / ← back    B blank    Esc leave</source>
        <translation>PageDown / → 下一页    PageUp / ← 上一页    B 黑屏    Esc 退出</translation>
    </message>
</context>
<context>
    <name>PrintablesPanel</name>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="104"/>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="104"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="140"/>
        <source>Printables</source>
        <translation>打印材料</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="143"/>
        <source>For classes without computers: any lesson as a handout, its quiz as a worksheet, a separate answer key that names the objective each question tests, and the lesson&apos;s teacher notes (plan, discussion, misconceptions, exit ticket). The choices are printed in a shuffled order; the key follows it. Choose the language of the paper, which can differ from the app&apos;s.</source>
        <translation>适合没有电脑的课堂：把任意一课打印成讲义，把它的测验打印成练习卷，另附一份注明每题所考学习目标的答案，以及本课的教师备课笔记（课堂安排、讨论题、常见误解、离堂小测）。选项按打乱后的顺序打印，答案与之对应。纸张的语言可以与界面语言不同。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="150"/>
        <source>&amp;Lesson:</source>
        <translation>课程(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="151"/>
        <source>Lesson to print</source>
        <translation>要打印的课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="154"/>
        <source>&amp;Document:</source>
        <translation>材料(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="155"/>
        <source>Document to print</source>
        <translation>要打印的材料</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="159"/>
        <source>Lesson handout</source>
        <translation>课程讲义</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="160"/>
        <source>Quiz worksheet (no answers)</source>
        <translation>测验练习题（不含答案）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="161"/>
        <source>Answer key with objectives</source>
        <translation>答案（含学习目标）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="162"/>
        <source>Teacher notes</source>
        <translation>教师备课笔记</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="167"/>
        <source>Language of the &amp;paper:</source>
        <translation>纸质材料语言(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="168"/>
        <source>Language of the document</source>
        <translation>材料的语言</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="169"/>
        <source>&amp;Save as PDF…</source>
        <translation>保存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="170"/>
        <source>Save the document as PDF</source>
        <translation>将材料保存为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="171"/>
        <source>Writing the PDF</source>
        <translation>正在生成 PDF</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="176"/>
        <source>Writing %1 …</source>
        <translation>正在写入 %1 …</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="177"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/printables_panel.py" line="178"/>
        <source>Could not write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="216"/>
        <source>Using DueWise now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>当前学员：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="238"/>
        <source>Delete learner</source>
        <translation>删除学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="240"/>
        <source>Delete the learner “%1” with all their answers, progress and saved plans? This cannot be undone.</source>
        <translation>删除学员“%1”及其全部作答、学习进度和保存的计划？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="289"/>
        <source>Learners on this computer</source>
        <translation>这台电脑上的学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="292"/>
        <source>Several people can share this computer. Each learner&apos;s answers, progress and saved plans are kept apart: choose your name before you start.</source>
        <translation>多人可以共用这台电脑，每名学员的作答、进度和保存的计划各自独立。开始之前，请先选中自己的名字。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="304"/>
        <source>Learners</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="305"/>
        <source>&amp;Switch to this learner</source>
        <translation>切换到该学员(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="306"/>
        <source>Switch to the selected learner</source>
        <translation>切换到选中的学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="307"/>
        <source>Delete learner…</source>
        <translation>删除学员…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="308"/>
        <source>Delete the selected learner</source>
        <translation>删除选中的学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="309"/>
        <source>Add a learner</source>
        <translation>添加学员</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="310"/>
        <source>&amp;Name or nickname:</source>
        <translation>姓名或昵称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="311"/>
        <source>New learner&apos;s name or nickname</source>
        <translation>新学员的姓名或昵称</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="312"/>
        <source>e.g. Lin</source>
        <translation>例如：小林</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="313"/>
        <source>Avatar &amp;colour:</source>
        <translation>头像颜色(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="314"/>
        <source>Avatar colour</source>
        <translation>头像颜色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="316"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="317"/>
        <source>Vermilion</source>
        <translation>朱红</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="318"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="319"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="320"/>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="321"/>
        <source>Sky blue</source>
        <translation>天蓝</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="322"/>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="323"/>
        <source>Brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="332"/>
        <source>&amp;Add learner</source>
        <translation>添加学员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/profiles_panel.py" line="333"/>
        <source>Add the learner</source>
        <translation>添加该学员</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="199"/>
        <location filename="../ui/classroom/live/projector.py" line="209"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="200"/>
        <location filename="../ui/classroom/live/projector.py" line="209"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="201"/>
        <source>Right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="202"/>
        <source>Not right</source>
        <translation>没答对</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="244"/>
        <source>Join: %1   Code: %2</source>
        <translation>加入：%1   加入码：%2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="248"/>
        <source>Join the class quiz on your phone</source>
        <translation>用手机加入课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="249"/>
        <source>Open this address on the classroom network:</source>
        <translation>连上教室网络，打开这个地址：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="251"/>
        <source>Join code:</source>
        <translation>加入码：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="259"/>
        <source>Joined so far: %1</source>
        <translation>已加入：%1 人</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="285"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="328"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="342"/>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="363"/>
        <source>Answer on your phone.</source>
        <translation>请在手机上作答。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="365"/>
        <source>Answers are closed.</source>
        <translation>已停止作答。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="368"/>
        <source>%1 of %2 answered; %3 fully right.</source>
        <translation>%2 人中 %1 人作答，%3 人全对。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="377"/>
        <source>The quiz is over</source>
        <translation>测验结束</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="377"/>
        <source>Scoreboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="388"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/live/projector.py" line="396"/>
        <source>Thank you! Each of you can download your own results file on your phone.</source>
        <translation>谢谢大家！每个人都可以在手机上下载自己的成绩文件。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../ui/common/qt_strings.py" line="23"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="24"/>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="25"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="26"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="27"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/common/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="17"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="18"/>
        <source>Directory</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../ui/common/qt_strings.py" line="19"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="20"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="21"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../ui/common/qt_strings.py" line="22"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <location filename="../ui/common/question_panel.py" line="248"/>
        <source>Your answer:</source>
        <extracomment>Under each choice: its mark once the answer is checked (hidden before). Whether marks are shown, and for which checked answer.</extracomment>
        <translation>你的答案：</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="249"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="250"/>
        <source>e.g. 1,000.50</source>
        <translation>例如 1,000.50</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="251"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="252"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="253"/>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>把选中的项上移（Alt+↑）</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="254"/>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>把选中的项下移（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="255"/>
        <source>Move the selected item up</source>
        <translation>把选中的项上移</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="256"/>
        <source>Move the selected item down</source>
        <translation>把选中的项下移</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="257"/>
        <source>Items to put in order</source>
        <translation>需要排序的各项</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="266"/>
        <source>Pick one answer (keys 1–%1, Enter to check).</source>
        <translation>选一个答案（按 1–%1 键选择，回车检查）。</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="269"/>
        <source>True or false? (keys 1–2, Enter to check)</source>
        <translation>对还是错？（按 1–2 键选择，回车检查）</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="271"/>
        <source>Tick every right answer (keys 1–%1). Partial credit: each right tick earns a share of the point, each wrong tick takes a share away, never below zero.</source>
        <translation>勾选所有正确答案（按 1–%1 键）。部分得分：每勾对一项得一份分数，每勾错一项扣一份，最低 0 分。</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="275"/>
        <source>Type a number. ¥1,000, 1000 and 1 000 all count; decimals take a point (2.5).</source>
        <translation>请输入数字。¥1,000、1000 和 1 000 都可以；小数请用小数点（2.5）。</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="278"/>
        <source>Put the items in the right order: select one and press Alt+Up or Alt+Down. All or nothing.</source>
        <translation>把各项排成正确的顺序：选中一项，按 Alt+↑ 或 Alt+↓ 移动。全对才得分。</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="284"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../ui/common/question_panel.py" line="284"/>
        <source>False</source>
        <translation>错</translation>
    </message>
</context>
<context>
    <name>QuizEndView</name>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="112"/>
        <source>Quiz finished</source>
        <extracomment>The widgets the panel shows under its own name (``panel.end_table`` …).</extracomment>
        <translation>测验结束</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="115"/>
        <source>Scoreboard: teams with equal points share a place.</source>
        <translation>积分榜：得分相同的队并列同一名次。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="118"/>
        <source>How the class did on each question (share right: answers on the right option; — for multiple choice, which hand counts cannot tell).</source>
        <translation>全班每道题的表现（答对比例：选正确选项的占比；多选题无法从举手人数判断，显示为 —）。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="124"/>
        <source>Place</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="124"/>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="124"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="126"/>
        <source>Team scoreboard</source>
        <translation>队伍积分榜</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="127"/>
        <source>Team points</source>
        <translation>各队得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="130"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="130"/>
        <source>Question</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="130"/>
        <source>Answers</source>
        <translation>作答人数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="130"/>
        <source>Share right</source>
        <translation>答对比例</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="132"/>
        <source>Class results per question</source>
        <translation>全班每题结果</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="133"/>
        <source>&amp;Export as CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="134"/>
        <source>Export this quiz as CSV</source>
        <translation>将这次测验导出为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="135"/>
        <source>&amp;New quiz</source>
        <translation>新测验(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_end.py" line="136"/>
        <source>Set up a new class quiz</source>
        <translation>设置新的课堂测验</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="195"/>
        <source>Choose an answer first.</source>
        <extracomment>The attempt on screen (``None`` when no quiz is shown).</extracomment>
        <translation>请先选择答案。</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="264"/>
        <source>No time limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="268"/>
        <source>Time left: %1</source>
        <translation>剩余时间：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="277"/>
        <source>Check answer</source>
        <translation>检查答案</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="278"/>
        <source>Quit for now</source>
        <translation>先停在这里</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="279"/>
        <source>Your answers are saved; continue later.</source>
        <translation>答案已保存，之后可以接着做。</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="280"/>
        <source>Read the lesson section that teaches this</source>
        <translation>阅读讲解这道题的课程小节</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="286"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="293"/>
        <source>%1 of %2 answered</source>
        <translation>已答 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="297"/>
        <source>Practice: not scored</source>
        <translation>练习：不计分</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="311"/>
        <source>Lesson %1 · objective: %2</source>
        <translation>课程 %1 · 学习目标：%2</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="323"/>
        <source>See my results</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="325"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="331"/>
        <source>The right answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/quiz_panel.py" line="338"/>
        <source>Read about it: %1</source>
        <translation>去课程里看：%1</translation>
    </message>
</context>
<context>
    <name>QuizPresenterWindow</name>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="290"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="294"/>
        <source>Points for this question:</source>
        <translation>本题得分：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="303"/>
        <source>Answer: %1</source>
        <translation>答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="350"/>
        <source>Right (%)</source>
        <translation>答对比例（%）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="355"/>
        <source>Question</source>
        <translation>题号</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="426"/>
        <source>DueWise class quiz</source>
        <translation>明白账课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="427"/>
        <source>Class quiz on the projector</source>
        <translation>投影中的课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="433"/>
        <source>Class quiz</source>
        <translation>课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="434"/>
        <source>The quiz starts in a moment.</source>
        <translation>测验马上开始。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="435"/>
        <location filename="../ui/classroom/quiz_presenter.py" line="446"/>
        <source>B blank    Esc leave</source>
        <translation>B 黑屏    Esc 退出</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="438"/>
        <source>Class quiz · %1</source>
        <translation>课堂测验 · %1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="441"/>
        <source>Final scores</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="441"/>
        <source>Quiz finished: share right</source>
        <translation>测验结束：各题答对比例</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="444"/>
        <source>Team points</source>
        <translation>各队得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="444"/>
        <source>Share right per question</source>
        <translation>各题答对比例</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="449"/>
        <source>Question %1 of %2 · %3</source>
        <translation>第 %1 题，共 %2 题 · %3</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="458"/>
        <source>Time&apos;s up!</source>
        <translation>时间到！</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="460"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="463"/>
        <source>Points so far per team</source>
        <translation>各组目前累计得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="465"/>
        <source>How the class answered</source>
        <translation>全班的作答分布</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_presenter.py" line="469"/>
        <source>→ reveal / next    ← back    ↑↓ choose    0–9 count    T countdown    B blank    Esc leave</source>
        <translation>→ 揭晓 / 下一题    ← 上一题    ↑↓ 选择    0–9 输入人数    T 倒计时    B 黑屏    Esc 退出</translation>
    </message>
</context>
<context>
    <name>QuizProjectorControl</name>
    <message>
        <location filename="../ui/classroom/quiz_projector.py" line="91"/>
        <source>Leave &amp;full screen (F5)</source>
        <extracomment>The presenter window showing, or ``None``.</extracomment>
        <translation>退出全屏(&amp;F)（F5）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_projector.py" line="92"/>
        <source>Leave the full-screen quiz</source>
        <translation>退出全屏测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_projector.py" line="95"/>
        <source>On the projector now. Type the counts here or on the projector with the keys: ↑ ↓ choose an answer, 0–9 type its count, → reveal and next, B blank, Esc leave.</source>
        <translation>正在投影。可以在这里输入人数，也可以在投影画面上用按键输入：↑ ↓ 选择选项，0–9 输入人数，→ 揭晓答案并进入下一题，B 黑屏，Esc 退出。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_projector.py" line="101"/>
        <source>Present &amp;full screen (F5)</source>
        <translation>全屏放映(&amp;F)（F5）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_projector.py" line="103"/>
        <source>Show the class quiz full screen on the projector</source>
        <translation>在投影仪上全屏显示课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_projector.py" line="106"/>
        <source>Shows the current question full screen, in very large type.</source>
        <translation>用特大字号全屏显示当前题目。</translation>
    </message>
</context>
<context>
    <name>QuizRunView</name>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="164"/>
        <source>&amp;Reveal the answer</source>
        <extracomment>The widgets the panel shows under its own name (``panel.progress_label`` …).</extracomment>
        <translation>揭晓答案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="165"/>
        <source>Reveal the answer (Ctrl+R)</source>
        <translation>揭晓答案 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="166"/>
        <source>Next (Ctrl+Enter)</source>
        <translation>下一步 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="167"/>
        <source>Start or pause the countdown (Ctrl+T)</source>
        <translation>开始或暂停倒计时 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="170"/>
        <source>Keys: Ctrl+R reveal · Ctrl+Enter next · Ctrl+Backspace back · Ctrl+T countdown</source>
        <translation>快捷键：Ctrl+R 揭晓 · Ctrl+Enter 下一步 · Ctrl+Backspace 上一题 · Ctrl+T 倒计时</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="173"/>
        <source>Previous question</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="175"/>
        <source>Back to the previous question, as it was entered (Ctrl+Backspace)</source>
        <translation>回到上一题，保留当时录入的结果（Ctrl+Backspace）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="177"/>
        <source>Reveal the answer</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="178"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="179"/>
        <source>End the quiz</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_run_view.py" line="180"/>
        <source>End the quiz now</source>
        <translation>立即结束测验</translation>
    </message>
</context>
<context>
    <name>QuizSetupView</name>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="147"/>
        <source>%1. %2 (%3 questions)</source>
        <extracomment>The widgets the panel shows under its own name (``panel.lesson_box`` …).</extracomment>
        <translation>%1. %2（%3 道题）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="211"/>
        <location filename="../ui/classroom/quiz_setup.py" line="263"/>
        <source>No class quiz has been saved yet.</source>
        <translation>还没有保存过课堂测验。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="195"/>
        <location filename="../ui/classroom/quiz_setup.py" line="198"/>
        <location filename="../ui/classroom/quiz_setup.py" line="215"/>
        <source>Class quiz</source>
        <translation>课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="180"/>
        <source>Pandas</source>
        <translation>熊猫队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="181"/>
        <source>Tigers</source>
        <translation>老虎队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="182"/>
        <source>Eagles</source>
        <translation>雄鹰队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="183"/>
        <source>Dolphins</source>
        <translation>海豚队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="184"/>
        <source>Foxes</source>
        <translation>狐狸队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="185"/>
        <source>Rabbits</source>
        <translation>兔子队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="186"/>
        <source>Owls</source>
        <translation>猫头鹰队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="187"/>
        <source>Horses</source>
        <translation>骏马队</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="201"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="218"/>
        <source>Show one question at a time on the projector. The class answers by raising hands or on paper; you type in how many chose each answer (or each team&apos;s points), then reveal the right answer, a chart of the answers and the explanation. Every quiz is saved and can be exported as CSV.</source>
        <translation>在投影上一次显示一道题。全班举手或在纸上作答；您录入选每个答案的人数（或每个队的得分），然后揭晓正确答案、作答分布图和解析。每次测验都会保存，并可导出为 CSV。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="224"/>
        <source>&amp;Lesson:</source>
        <translation>课程(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="225"/>
        <source>Lesson whose quiz to run</source>
        <translation>要进行测验的课程</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="227"/>
        <source>&amp;How the class answers:</source>
        <translation>作答方式(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="228"/>
        <source>How the class answers</source>
        <translation>作答方式</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="232"/>
        <source>Whole class: count hands per answer</source>
        <translation>全班：统计每个答案的举手人数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="233"/>
        <source>Teams: enter points per team</source>
        <translation>分队：录入每个队的得分</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="236"/>
        <source>Number of &amp;teams:</source>
        <translation>队伍数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="237"/>
        <source>Number of teams</source>
        <translation>队伍数</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="238"/>
        <source>Team &amp;names:</source>
        <translation>小组名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="244"/>
        <source>Name of team %1</source>
        <translation>第 %1 组的名称</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="245"/>
        <source>&amp;Countdown per question:</source>
        <translation>每题倒计时(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="246"/>
        <source>Countdown per question in seconds</source>
        <translation>每题倒计时（秒）</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="247"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="248"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="249"/>
        <source>Full screen &amp;on:</source>
        <translation>全屏显示在(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="250"/>
        <source>Screen for the full-screen quiz</source>
        <translation>全屏测验使用的屏幕</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="252"/>
        <source>&amp;Start the quiz</source>
        <translation>开始测验(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="253"/>
        <source>Start the class quiz</source>
        <translation>开始课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="255"/>
        <location filename="../ui/classroom/quiz_setup.py" line="257"/>
        <source>Saved class quizzes</source>
        <translation>已保存的课堂测验</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="256"/>
        <source>&amp;Quiz:</source>
        <translation>测验(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="258"/>
        <source>E&amp;xport as CSV…</source>
        <translation>导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/classroom/quiz_setup.py" line="259"/>
        <source>Export the saved quiz as CSV</source>
        <translation>将保存的测验导出为 CSV</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../ui/learn/reader.py" line="338"/>
        <source>Lesson text</source>
        <extracomment>The lesson shown, the section on screen, and the sections read.</extracomment>
        <translation>课文</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="421"/>
        <source>← &amp;All lessons</source>
        <translation>← 全部课程(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="422"/>
        <source>Back to all lessons</source>
        <translation>返回全部课程</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="423"/>
        <source>&amp;Sections</source>
        <translation>小节(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="424"/>
        <source>Sections of this lesson</source>
        <translation>本课的小节</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="425"/>
        <source>‹ &amp;Previous</source>
        <translation>‹ 上一节(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="426"/>
        <source>Previous section (Page Up)</source>
        <translation>上一节（Page Up）</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="427"/>
        <source>&amp;Next ›</source>
        <translation>下一节(&amp;N) ›</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="428"/>
        <source>Next section (Page Down)</source>
        <translation>下一节（Page Down）</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="429"/>
        <source>Take the &amp;quiz</source>
        <translation>做本课测验(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="435"/>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="441"/>
        <source>Section %1 of %2</source>
        <translation>第 %1 节，共 %2 节</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="454"/>
        <source>You have reached the end of this lesson. Check what you learned with its %1 questions.</source>
        <translation>本课已经读完。用本课的 %1 道题检验一下学到了什么吧。</translation>
    </message>
    <message>
        <location filename="../ui/learn/reader.py" line="459"/>
        <source>Take the quiz for lesson %1</source>
        <translation>做第 %1 课的测验</translation>
    </message>
</context>
<context>
    <name>RecordCodes</name>
    <message>
        <location filename="../ui/common/record_grid.py" line="72"/>
        <source>paid as agreed</source>
        <extracomment>Cell colours by code: light tints of the Okabe-Ito palette, growing warmer and darker with the delinquency, readable with dark text in both themes (the darkest take white text). The visibility timeline&apos;s colours (on screen and in the PDF): nothing reported, overdue, visible after it ended. On screen each part is outlined in the text colour, so its extent keeps 3:1 on every theme (WCAG 2.2 SC 1.4.11); the sentence under it says the dates.</extracomment>
        <translation>按约还款</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="73"/>
        <source>30–59 days late</source>
        <translation>逾期 30–59 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="74"/>
        <source>60–89 days late</source>
        <translation>逾期 60–89 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="75"/>
        <source>90–119 days late</source>
        <translation>逾期 90–119 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="76"/>
        <source>120–149 days late</source>
        <translation>逾期 120–149 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="77"/>
        <source>150–179 days late</source>
        <translation>逾期 150–179 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="78"/>
        <source>180 days or more late</source>
        <translation>逾期 180 天及以上</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="79"/>
        <source>charged off</source>
        <translation>已核销（坏账）</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="83"/>
        <source>normal: paid on time</source>
        <translation>正常：按时足额还款</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="84"/>
        <source>1–30 days overdue</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="85"/>
        <source>31–60 days overdue</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="86"/>
        <source>61–90 days overdue</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="87"/>
        <source>91–120 days overdue</source>
        <translation>逾期 91–120 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="88"/>
        <source>121–150 days overdue</source>
        <translation>逾期 121–150 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="89"/>
        <source>151–180 days overdue</source>
        <translation>逾期 151–180 天</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="90"/>
        <source>more than 180 days overdue</source>
        <translation>逾期 180 天以上</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="91"/>
        <source>closed or settled</source>
        <translation>结清</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="92"/>
        <source>ended other than by settlement</source>
        <translation>结束（非正常结清）</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="93"/>
        <source>repaid by a guarantor</source>
        <translation>担保人代还</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="94"/>
        <source>settled with assets</source>
        <translation>以资抵债</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="95"/>
        <source>nothing due this month</source>
        <translation>当月无需还款</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="96"/>
        <source>open, status unknown</source>
        <translation>账户已开立，状态未知</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="97"/>
        <source>not yet opened</source>
        <translation>账户尚未开立</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="98"/>
        <source>overdue amount paid off after the due date</source>
        <translation>逾期后已还清</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="101"/>
        <source>bad debt</source>
        <translation>呆账</translation>
    </message>
    <message>
        <location filename="../ui/common/record_grid.py" line="102"/>
        <source>no statement: statement date changed</source>
        <translation>修改账单日，本月无账单</translation>
    </message>
</context>
<context>
    <name>RecordGrid</name>
    <message>
        <location filename="../ui/calculator/summary.py" line="100"/>
        <location filename="../ui/common/record_grid.py" line="190"/>
        <source>Month</source>
        <extracomment>Print sizes of the charts, inches (the page&apos;s text column is about 7 inches wide).
----------
The cells in use, oldest month first (``text()`` is the code).</extracomment>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="83"/>
        <source>连三: 3 overdue months in a row within 2 years — a lenders&apos; rule of thumb, not a regulation.</source>
        <extracomment>The lender rules in the order the panel lists them.</extracomment>
        <translation>连三：两年内连续 3 个月逾期——这是贷款机构的经验规则，不是监管规定。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="90"/>
        <source>累六: 6 overdue months in total within 2 years — a lenders&apos; rule of thumb, not a regulation.</source>
        <translation>累六：两年内累计 6 个月逾期——这是贷款机构的经验规则，不是监管规定。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="96"/>
        <source>Currently overdue (当前逾期): money is owed past its due date right now.</source>
        <translation>当前逾期：现在仍有已过还款日的欠款。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="101"/>
        <source>Never settled: the record cannot start to expire while the debt is unpaid.</source>
        <translation>尚未结清：欠款没还清，记录的保存期就不会开始计算。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="107"/>
        <source>Charged off (CO): the lender wrote the debt off; it may go to collections.</source>
        <translation>已核销（CO）：贷款机构已将这笔债务核销，可能转入催收。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="117"/>
        <location filename="../ui/calculator/record_panel.py" line="161"/>
        <source>No lender rule is tripped.</source>
        <translation>没有触发贷款机构的规则。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="122"/>
        <source>Your record as a US lender sees it</source>
        <translation>美国贷款机构看到的信用记录</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="123"/>
        <source>Your credit report (征信) as a lender sees it</source>
        <translation>贷款机构眼中的你的征信报告</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="135"/>
        <source>The last 24 months as the report would show them on %1.</source>
        <translation>%1 查询时，报告上显示的最近 24 个月。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="146"/>
        <source>%1 days past due</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="169"/>
        <source>OK: paid, or less than 30 days late (not reported). 30, 60, 90 … 180: days late when reported. CO: charged off.</source>
        <translation>OK：已还，或逾期不足 30 天（不上报）。30、60、90 … 180：上报时的逾期天数。CO：已核销。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="173"/>
        <source>N: paid on time. 1–7: overdue (1 = 1–30 days, 2 = 31–60 … 7 = more than 180). C: settled and closed. *: nothing due. /: not opened yet.</source>
        <translation>N：按时还款。1–7：逾期（1 = 1–30 天，2 = 31–60 天 … 7 = 超过 180 天）。C：结清销户。*：当月无需还款。/：尚未开户。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="181"/>
        <source>What the codes mean</source>
        <translation>这些代码是什么意思</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="154"/>
        <source>Learn why</source>
        <translation>了解原因</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="187"/>
        <source>Nothing negative is reported, so nothing has to expire.</source>
        <translation>没有上报任何不良记录，也就无需等待消除。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="191"/>
        <source>Overdue since %1 and still unpaid: the record never stops being visible while the debt is unpaid. The 5 years start only on the day it is paid.</source>
        <translation>自 %1 起逾期且至今未还：只要欠款未还清，记录就一直可见。5 年的保存期从还清那天才开始计算。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="199"/>
        <source>Late from %1. Reported for 7 years from when it started (7 years and 180 days after a charge-off), paid or not: visible until %2.</source>
        <translation>自 %1 起逾期。无论是否还清，从逾期开始起上报 7 年（核销的为 7 年加 180 天）：可见至 %2。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="204"/>
        <source>Overdue from %1 until %3, when the plan was agreed. Visible for 5 years after the day the delinquency ended: until %2.</source>
        <translation>自 %1 起逾期，到 %3 达成分期协议时为止。从逾期结束之日起保留 5 年：可见至 %2。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="209"/>
        <source>Overdue from %1 until it was paid on %3. Visible for 5 years after the day it ended: until %2.</source>
        <translation>自 %1 起逾期，于 %3 还清。从逾期结束之日起保留 5 年：可见至 %2。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="226"/>
        <source>The debt was paid off with the plan&apos;s last instalment on %1.</source>
        <translation>这笔欠款在 %1 随最后一期分期还清。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="230"/>
        <source>The debt is in a negotiated plan until %1: it is repaid only with the last instalment.</source>
        <translation>这笔欠款处于协商分期中，直到 %1：还完最后一期才算还清。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="236"/>
        <source>How long it stays</source>
        <translation>记录会保留多久</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="245"/>
        <source>Never paid, never gone</source>
        <translation>不还清，就不消失</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="264"/>
        <source>Lender rules</source>
        <translation>贷款机构的规则</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="265"/>
        <source>How long it stays visible</source>
        <translation>记录可见多久</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="266"/>
        <source>Timeline of how long the record stays visible</source>
        <translation>记录可见时长的时间轴</translation>
    </message>
    <message>
        <location filename="../ui/calculator/record_panel.py" line="267"/>
        <source>24-month record grid</source>
        <translation>24 个月还款记录</translation>
    </message>
</context>
<context>
    <name>RecordPaymentsDialog</name>
    <message>
        <location filename="../ui/planner/dialogs.py" line="108"/>
        <source>Record this month&apos;s payments</source>
        <translation>记录本月实际还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="112"/>
        <source>Enter what you really paid on each debt. The balances are updated with this month&apos;s interest and the plan starts again from next month.</source>
        <translation>填写每笔债务实际还了多少。余额会加上本月利息后更新，计划从下个月重新开始。</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="124"/>
        <source>Paid on %1</source>
        <translation>%1 实际还款</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="126"/>
        <source>%1 (plan: %2)</source>
        <translation>%1（计划：%2）</translation>
    </message>
    <message>
        <location filename="../ui/planner/dialogs.py" line="153"/>
        <source>%1: enter an amount of 0 or more.</source>
        <translation>%1：请输入 0 或更大的金额。</translation>
    </message>
</context>
<context>
    <name>RecordStrips</name>
    <message>
        <location filename="../ui/calculator/remedies_chart.py" line="244"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_chart.py" line="251"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeCard</name>
    <message>
        <location filename="../ui/classroom/recovery_card.py" line="72"/>
        <source>Your recovery code for the teacher PIN</source>
        <translation>你的教师密码恢复码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/recovery_card.py" line="75"/>
        <source>Write this code down now and keep it where learners cannot find it: it is shown only this once, and DueWise keeps only a hash of it. If you forget the PIN, “Forgot the PIN?” on the teacher area&apos;s door takes this code and lets you choose a new PIN, without deleting anything.</source>
        <translation>请现在把恢复码抄下来，放在学员找不到的地方：它只显示这一次，明白账只保存它的哈希值。如果忘了密码，在教师区入口点“忘记密码？”，输入这个恢复码，就能设置新密码，不会删除任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/recovery_card.py" line="82"/>
        <source>Recovery code: %1</source>
        <translation>恢复码：%1</translation>
    </message>
    <message>
        <location filename="../ui/classroom/recovery_card.py" line="84"/>
        <source>I have &amp;written it down</source>
        <translation>我已抄下(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/recovery_card.py" line="85"/>
        <source>I have written the recovery code down</source>
        <translation>我已抄下恢复码</translation>
    </message>
</context>
<context>
    <name>RemediesChart</name>
    <message>
        <location filename="../ui/calculator/remedies_chart.py" line="157"/>
        <source>month %1</source>
        <extracomment>How each remedy is drawn: colour (Okabe-Ito), line style and marker, so that the four lines are told apart in black and white too. Canvas height in pixels at 100 % text. The texts last set: (x label, y label, names, text scale).</extracomment>
        <translation>第 %1 个月</translation>
    </message>
</context>
<context>
    <name>RemediesInputs</name>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="241"/>
        <source>Plan fee</source>
        <extracomment>Products the second account can be (&quot;and I also miss my …&quot;), by currency. The controls the panel shows under its own name (``panel.fee_edit`` …). One line for the panel&apos;s field errors, its room kept (the table never jumps). The budget of the last valid request (as read, for the recommendation&apos;s words).</extracomment>
        <translation>分期手续费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="242"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="243"/>
        <source>Second account</source>
        <translation>第二个账户</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="260"/>
        <source>Negotiated plan (months)</source>
        <translation>协商分期（月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="261"/>
        <source>Length of the negotiated plan in months</source>
        <translation>协商分期的月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="262"/>
        <source>Plan fee (% a month)</source>
        <translation>分期手续费（每月 %）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="263"/>
        <source>Monthly fee of the plan, percent</source>
        <translation>分期的月手续费率（%）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="264"/>
        <source>As your agreement with the lender says (0 if none).</source>
        <translation>按你和贷款机构的协议填写（没有就填 0）。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="265"/>
        <source>Your budget a month</source>
        <translation>你每月的预算</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="266"/>
        <source>Money you have each month for this debt</source>
        <translation>每月能用来还这笔欠款的钱</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="267"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="268"/>
        <source>And I also miss my</source>
        <translation>我还会逾期我的</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="270"/>
        <source>Add a second account missed on the same report</source>
        <translation>在同一份征信报告上加一个也逾期的账户</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="272"/>
        <source>The second account&apos;s product</source>
        <translation>第二个账户的产品</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="277"/>
        <source>of</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="278"/>
        <source>The second account&apos;s amount</source>
        <translation>第二个账户的金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_inputs.py" line="279"/>
        <source>next month</source>
        <translation>（下个月）</translation>
    </message>
</context>
<context>
    <name>RemediesPanel</name>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="202"/>
        <source>Repay now</source>
        <extracomment>The rows of the table, top to bottom. Months of record shown side by side, from the first statement.</extracomment>
        <translation>立即还清</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="203"/>
        <source>Negotiate %1 months</source>
        <translation>协商 %1 期</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="204"/>
        <source>Pay the minimum</source>
        <translation>只还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="205"/>
        <source>Keep missing</source>
        <translation>继续不还</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="215"/>
        <source>Penalties</source>
        <translation>违约金和罚息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="216"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="217"/>
        <source>Interest on interest</source>
        <translation>利滚利（复利）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="218"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="224"/>
        <source>Total cost over %1 months</source>
        <translation>%1 个月内的总成本</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="225"/>
        <source>More than paying on time</source>
        <translation>比按时还款多花</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="230"/>
        <source>First payment</source>
        <translation>第一笔还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="231"/>
        <source>The record stops getting worse</source>
        <translation>记录不再变坏</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="232"/>
        <source>The record disappears</source>
        <translation>记录消失</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="233"/>
        <source>What a lender sees in %1</source>
        <translation>%1 贷款机构看到的</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="234"/>
        <source>Next loan in %1</source>
        <translation>%1 申请下一笔贷款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="235"/>
        <source>How the debt ends</source>
        <translation>欠款如何了结</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="241"/>
        <source>连三 (rule of thumb)</source>
        <translation>连三（经验规则）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="242"/>
        <source>累六 (rule of thumb)</source>
        <translation>累六（经验规则）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="243"/>
        <source>Currently overdue (当前逾期)</source>
        <translation>当前逾期</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="244"/>
        <source>Never settled</source>
        <translation>一直未结清</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="245"/>
        <source>Charged off</source>
        <translation>已核销</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="246"/>
        <source>US penalty APR</source>
        <translation>美国罚息年利率</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="272"/>
        <source>Never within %1 months: still overdue</source>
        <translation>%1 个月内一直没有：仍在逾期</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="274"/>
        <source>It never gets worse</source>
        <translation>从不变坏</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="276"/>
        <source>After %1 (%2 months)</source>
        <translation>%1 之后（%2 个月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="284"/>
        <source>Never, while it is unpaid</source>
        <translation>只要没还清就永不消失</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="285"/>
        <source>Nothing negative to disappear</source>
        <translation>没有需要消失的不良记录</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="287"/>
        <source>%1 (%2 months from the first statement)</source>
        <translation>%1（距第一期账单 %2 个月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="295"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="299"/>
        <source>Likely refused</source>
        <translation>很可能被拒</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="302"/>
        <source>Approved at %1</source>
        <translation>按 %1 获批</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="304"/>
        <source>Approved at %1: %2 more interest</source>
        <translation>按 %1 获批：多付利息 %2</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="312"/>
        <source>In a negotiated plan until %1</source>
        <translation>协商分期中，直到 %1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="315"/>
        <source>Paid off with the plan&apos;s last instalment on %1</source>
        <translation>于 %1 随最后一期分期还清</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="318"/>
        <source>Paid on %1</source>
        <translation>于 %1 还清</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="320"/>
        <source>Still owed after %1 months</source>
        <translation>%1 个月后仍然欠款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="332"/>
        <source>None of these fits a budget of %1 a month: ask the lender for a longer plan (个性化分期 / 协商还款) — and do not keep missing.</source>
        <translation>每月 %1 的预算哪一种都负担不起：请向贷款机构申请更长的分期（个性化分期 / 协商还款）——而且不要继续不还。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="339"/>
        <source>Recommended: %1. Repaying everything at once (%2) is more than your budget; of what fits it, this costs the least: %3 in all.</source>
        <translation>推荐：%1。一次还清全部欠款（%2）超出你的预算；在负担得起的办法中，这一种最便宜：共 %3。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="349"/>
        <source>Recommended: %1, because it costs no more than the others (%2 in all) and the debt is gone soonest.</source>
        <translation>推荐：%1，因为它不比其他办法贵（共 %2），而且最早还清。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="358"/>
        <source>Recommended: %1, because it costs the least over the same %2 months: %3 in all.</source>
        <translation>推荐：%1，因为在同样的 %2 个月内它最便宜：共 %3。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="369"/>
        <source>Keeping on missing costs %1 more, and the record never starts to expire while the debt is unpaid.</source>
        <translation>继续不还要多花 %1，而且只要没还清，不良记录就永远不会开始过期。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="398"/>
        <source>Your %1</source>
        <translation>你的%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="403"/>
        <source>One report: %1</source>
        <translation>同一份报告：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="427"/>
        <source>And your %1: missing it once and catching up costs %2 more, and its record is on the same report — a lender reads the worse code of each month, and the flags and the next loan above are judged on both accounts.</source>
        <translation>还有你的%1：逾期一次再补上要多花 %2，而且它的记录在同一份征信报告上——贷款机构每个月看较差的那个代码，上面的风险提示和下一笔贷款都按两个账户一起判断。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="444"/>
        <source>Your scenario misses no payment; here, after one missed payment: four ways on, over the same %2 months from %3.</source>
        <translation>你的情景没有逾期；这里按逾期一次来比较：从 %3 起同样的 %2 个月内的四种出路。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="449"/>
        <source>After the missed payment of your scenario, four ways on, over the same %2 months from %3.</source>
        <translation>你的情景逾期一次之后，从 %3 起同样的 %2 个月内的四种出路。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="454"/>
        <source>After the %1 missed payments of your scenario, four ways on, over the same %2 months from %3.</source>
        <translation>你的情景连续逾期 %1 次之后，从 %3 起同样的 %2 个月内的四种出路。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="561"/>
        <source>连三累六</source>
        <translation>连三累六</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="566"/>
        <source>Every remedy starts at the next due date after the missed payments and runs over the same months. A negotiated plan (个性化分期还款) lasts at most 5 years (《商业银行信用卡业务监督管理办法》, 银监会令2011年第2号, Art. 70); the model charges no further interest or penalty while it is paid, and the monthly fee your agreement says. 连三累六 is a lenders&apos; rule of thumb, not a regulation. A US card&apos;s penalty APR may apply once a payment is 60 days late (Regulation Z §1026.55(b)(4)). A negative record is kept 5 years from the day the delinquency ends (《征信业管理条例》 Art. 16; US: 7 years, FCRA §605(a)(5)). The next loan is an illustration.</source>
        <translation>每种出路都从逾期之后的下一个还款日开始，按同样的月数计算。个性化分期还款最长 5 年（《商业银行信用卡业务监督管理办法》，银监会令2011年第2号，第七十条）；模型假设按期还分期时不再收利息和违约金，只收你的协议规定的每月手续费。连三累六是贷款机构的经验规则，不是监管规定。美国信用卡的最低还款逾期 60 天后可能适用罚息年利率（Regulation Z §1026.55(b)(4)）。不良记录自逾期结束之日起保留 5 年（《征信业管理条例》第十六条；美国：7 年，FCRA §605(a)(5)）。下一笔贷款的数字只是示意。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="578"/>
        <source>The way out, side by side</source>
        <translation>出路并排比较</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="579"/>
        <source>Remedies side by side</source>
        <translation>出路并排比较</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="583"/>
        <source>What is owed, month by month, in each remedy</source>
        <translation>每种出路下每个月的欠款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="586"/>
        <source>Chart: amount owed each month in each remedy (repay now: solid line; negotiate: dashed; minimum: dash-dot; keep missing: dotted)</source>
        <translation>图表：每种出路下每个月的欠款（立即还清：实线；协商分期：虚线；只还最低：点划线；继续不还：点线）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="591"/>
        <source>The credit record of each remedy, month by month from the first statement</source>
        <translation>每种出路的征信记录，从第一期账单起逐月显示</translation>
    </message>
    <message>
        <location filename="../ui/calculator/remedies_panel.py" line="593"/>
        <source>Credit records side by side</source>
        <translation>征信记录并排比较</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <location filename="../ui/check/report_panel.py" line="146"/>
        <source>Back to the overview</source>
        <extracomment>The attempt reported on (``None``: nothing yet).</extracomment>
        <translation>返回自测首页</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="147"/>
        <source>Save certificate (PDF)…</source>
        <translation>保存结业证书（PDF）…</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="148"/>
        <location filename="../ui/check/report_panel.py" line="151"/>
        <source>Score per lesson</source>
        <translation>各课得分</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="149"/>
        <location filename="../ui/check/report_panel.py" line="152"/>
        <source>Score per objective</source>
        <translation>各学习目标得分</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="150"/>
        <source>What to study next</source>
        <translation>接下来学什么</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="163"/>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="166"/>
        <source>Practice round: not scored.</source>
        <translation>练习：不计分。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="169"/>
        <source>Score: %1 of %2 points (%3)</source>
        <translation>得分：%1 分，满分 %2 分（%3）</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="175"/>
        <source>Time ran out: questions not answered count as 0.</source>
        <translation>时间到：没有作答的题按 0 分计。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="180"/>
        <source>Passed: you earned the certificate.</source>
        <translation>已通过：你获得了结业证书。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="183"/>
        <source>Not passed yet: %1 is needed. Study the lessons below and try again.</source>
        <translation>还没有通过：需要达到 %1。学一学下面的课程，再试一次。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="190"/>
        <source>Diagnostic: %1 → final: %2.</source>
        <translation>摸底测试：%1 → 期末测试：%2。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="195"/>
        <source>No diagnostic test to compare with.</source>
        <translation>没有摸底测试可以对比。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="207"/>
        <source>Open lesson %1</source>
        <translation>打开课程 %1</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="210"/>
        <source>Nothing below %1: well done.</source>
        <translation>没有低于 %1 的学习目标，做得好。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="212"/>
        <source>These lessons hold your weakest objectives.</source>
        <translation>你最薄弱的学习目标在这几课里。</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="215"/>
        <source>Lesson</source>
        <translation>课次</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="215"/>
        <location filename="../ui/check/report_panel.py" line="226"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="226"/>
        <source>Objective</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="227"/>
        <source>Diagnostic</source>
        <translation>摸底测试</translation>
    </message>
    <message>
        <location filename="../ui/check/report_panel.py" line="227"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../ui/common/save_dialog.py" line="44"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../ui/common/save_dialog.py" line="45"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="320"/>
        <source>%1; after that: %2</source>
        <translation>%1；之后：%2</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="377"/>
        <source>Pay in full</source>
        <translation>全额还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="378"/>
        <source>Pay the minimum</source>
        <translation>只还最低还款额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="379"/>
        <source>Pay part</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="380"/>
        <source>Pay nothing (miss)</source>
        <translation>不还（逾期）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="398"/>
        <source>Month %1 (%2)</source>
        <translation>第 %1 个月（%2）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="402"/>
        <source>What you pay in month %1</source>
        <translation>第 %1 个月怎么还</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="403"/>
        <source>Amount paid in month %1</source>
        <translation>第 %1 个月还款金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="404"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="408"/>
        <source>What happens</source>
        <translation>还款情况</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="409"/>
        <source>Miss one</source>
        <translation>逾期一次</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="410"/>
        <source>Miss three in a row</source>
        <translation>连续逾期三次</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="411"/>
        <source>Minimum only</source>
        <translation>只还最低</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="413"/>
        <source>Quick scenario: %1</source>
        <translation>快捷情景：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="414"/>
        <source>Months to choose</source>
        <translation>设定的月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="415"/>
        <source>Number of months to choose</source>
        <translation>要设定还款情况的月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="416"/>
        <location filename="../ui/calculator/scenario_editor.py" line="417"/>
        <source>After these months</source>
        <translation>这些月之后</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="423"/>
        <source>Months shown</source>
        <translation>显示月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="424"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="425"/>
        <source>Months simulated</source>
        <translation>模拟月数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="428"/>
        <source>How many months the chart, the record and the table show (Automatic: 5 years, or a loan&apos;s term and 2 years).</source>
        <translation>图表、记录和账单显示多少个月（自动：5 年，贷款则为贷款期限再加 2 年）。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="432"/>
        <source>Or: paid this many days late</source>
        <translation>或者：逾期这么多天还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="433"/>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="434"/>
        <source>Days the first payment is late</source>
        <translation>第一笔还款逾期的天数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="437"/>
        <source>What paying the amount this many days after its due date costs (as a lesson&apos;s slider shows it). The chart, the record and the table still play the months of the scenario.</source>
        <translation>在还款日之后这么多天才还这笔钱要多付多少（与课程里的滑块一致）。图表、记录和账单仍按情景逐月演示。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="385"/>
        <source>Catch up: pay everything owed</source>
        <translation>一次还清全部欠款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="315"/>
        <source>Negotiate a %1-month instalment plan</source>
        <extracomment>The quick scenarios of the three buttons. The controls the page shows under its own name (``page.miss_one_button`` …).</extracomment>
        <translation>协商 %1 期分期还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="386"/>
        <source>Keep missing</source>
        <translation>继续不还</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="387"/>
        <source>Negotiate an instalment plan</source>
        <translation>协商分期还款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="388"/>
        <source>Keep doing the last month&apos;s choice</source>
        <translation>一直按最后一个月的方式还</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="421"/>
        <source>Plan length (months)</source>
        <translation>分期期数（月）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/scenario_editor.py" line="422"/>
        <source>Length of the negotiated plan in months</source>
        <translation>协商分期的月数</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="160"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="161"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="162"/>
        <source>Payment</source>
        <translation>还款额</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="163"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="164"/>
        <source>Balance after</source>
        <translation>还款后余额</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="172"/>
        <source>%1: payment</source>
        <translation>%1：还款额</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="173"/>
        <source>%1: interest</source>
        <translation>%1：利息</translation>
    </message>
    <message>
        <location filename="../ui/planner/schedule_model.py" line="174"/>
        <source>%1: principal</source>
        <translation>%1：本金</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../ui/check/charts.py" line="68"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../ui/check/charts.py" line="71"/>
        <source>Finished quizzes: %1; the first %2, the last %3, the highest %4 (quiz %5).</source>
        <translation>已完成测验：%1 次；第一次 %2，最近一次 %3，最高 %4（第 %5 次）。</translation>
    </message>
    <message>
        <location filename="../ui/check/charts.py" line="78"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/page.py" line="192"/>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="283"/>
        <source>Nothing was deleted.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="167"/>
        <source>A teacher PIN is set, so only the teacher can delete all data on this computer or other learners: Classroom → Teacher area.</source>
        <translation>已设置教师密码，因此只有老师能删除这台电脑上的全部数据或其他学员：课堂 → 教师区。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="172"/>
        <source>No teacher PIN is set: anyone using this computer may delete all of its data. Set a PIN under Classroom → Teacher area to keep that for the teacher.</source>
        <translation>还没有设置教师密码：使用这台电脑的任何人都能删除全部数据。在“课堂 → 教师区”设置密码后，只有老师才能这样做。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="179"/>
        <source>Deletes only the learner using DueWise now (%1): their profile, quiz answers, review queue and saved plans. Nobody else&apos;s data is touched.</source>
        <translation>只删除当前使用明白账的学员（%1）的数据：档案、测验作答、复习队列和保存的计划。其他人的数据不受影响。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="190"/>
        <source>Delete all data on this computer?</source>
        <translation>删除这台电脑上的全部数据吗？</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="216"/>
        <source>Delete my data?</source>
        <translation>删除我的数据吗？</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="218"/>
        <source>Delete my data</source>
        <translation>删除我的数据</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="251"/>
        <source>This deletes all data on this computer, of every learner:
• every learner profile and its quiz answers, progress and review queue
• saved missed-payment scenarios and repayment plans
• the class quizzes and class results kept for the teacher
• the settings (language, text size, theme, window position, teacher PIN)

Files you exported (CSV, PDF, calendars) are not touched. This cannot be undone.</source>
        <translation>这会删除这台电脑上所有学员的全部数据：
• 每个学员档案及其测验作答、学习进度和复习队列
• 保存的逾期情景和还款计划
• 为老师保存的课堂测验和全班成绩
• 各项设置（语言、字号、主题、窗口位置、教师密码）

你导出的文件（CSV、PDF、日历）不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="263"/>
        <source>This deletes the data of %1 only:
• the learner profile “%1”
• %2 quiz answers in %3 quizzes, and %4 questions in the review queue
• %5 saved scenarios and plans

Other learners&apos; data and the teacher&apos;s class results are not touched. Files you exported are not touched. This cannot be undone.</source>
        <translation>这只会删除 %1 的数据：
• 学员档案“%1”
• %3 次测验中的 %2 次作答，以及复习队列中的 %4 道题
• %5 个保存的情景和计划

其他学员的数据和老师的全班成绩不受影响，你导出的文件也不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="285"/>
        <source>All data on this computer was deleted.</source>
        <translation>这台电脑上的全部数据已删除。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="290"/>
        <source>Deleted the data of %1 only: %2 quiz answers, %3 review questions and %4 saved items. Other learners&apos; data was not touched.</source>
        <translation>只删除了 %1 的数据：%2 次测验作答、%3 道复习题和 %4 个保存的项目。其他学员的数据没有受到影响。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="299"/>
        <source>Now using DueWise: %1.</source>
        <translation>现在使用明白账的是：%1。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="306"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="307"/>
        <source>Changes apply at once and are remembered.</source>
        <translation>修改立即生效，并会被记住。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="308"/>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="309"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="310"/>
        <source>&amp;Text size</source>
        <translation>字号(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="311"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="313"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="314"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="315"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="316"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="320"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="321"/>
        <source>Text size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="322"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="323"/>
        <source>Your data</source>
        <translation>你的数据</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="326"/>
        <source>DueWise works offline. There is no account, and nothing you enter leaves this computer.</source>
        <translation>明白账完全离线运行：无需注册账号，你输入的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="330"/>
        <source>Kept in: %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="331"/>
        <source>Delete &amp;my data…</source>
        <translation>删除我的数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="333"/>
        <source>Delete my data: the learner using DueWise now</source>
        <translation>删除我的数据：当前使用明白账的学员</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="335"/>
        <source>Delete &amp;all data on this computer…</source>
        <translation>删除这台电脑上的全部数据(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/settings/page.py" line="336"/>
        <source>Delete all data on this computer</source>
        <translation>删除这台电脑上的全部数据</translation>
    </message>
</context>
<context>
    <name>StatementPanel</name>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="175"/>
        <location filename="../ui/calculator/statement_panel.py" line="176"/>
        <source>Statement, month by month</source>
        <extracomment>The columns that hold amounts (from &quot;Owed at start&quot; to &quot;Owed after&quot;).</extracomment>
        <translation>逐月账单</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="179"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="180"/>
        <source>Due date</source>
        <translation>还款日</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="181"/>
        <source>Owed at start</source>
        <translation>期初欠款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="182"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="183"/>
        <source>Interest on interest</source>
        <translation>利滚利（复利）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="184"/>
        <source>Penalties and late fees</source>
        <translation>违约金 / 罚息</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="185"/>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="186"/>
        <source>Due</source>
        <translation>应还</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="187"/>
        <source>Paid</source>
        <translation>实还</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="188"/>
        <source>Owed after</source>
        <translation>还款后欠款</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="189"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/statement_panel.py" line="190"/>
        <source>Record code</source>
        <translation>征信代码</translation>
    </message>
</context>
<context>
    <name>TeacherLockPanel</name>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="258"/>
        <source>That is not the recovery code. Tries left before a waiting time: %1.</source>
        <translation>恢复码不正确。还可以再试 %1 次，之后需要等待。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="261"/>
        <source>Too many wrong codes. You can try again in %1 s.</source>
        <translation>输错次数太多。%1 秒后可以再试。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="265"/>
        <source>No recovery code was made for this PIN (it was set with an older DueWise). Each learner can still export their results (Learners → Export my results); deleting all data is the last resort. See “A forgotten teacher PIN” in the README.</source>
        <translation>这个密码没有恢复码（它是用旧版明白账设置的）。每位学员仍可导出自己的成绩（学员 → 导出我的成绩）；删除全部数据是最后的办法。请参阅 README 中的“忘记教师密码”一节。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="276"/>
        <source>Wrong PIN. Tries left before a waiting time: %1.</source>
        <translation>密码错误。再错 %1 次就需要等待。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="280"/>
        <source>Too many wrong PINs. You can try again in %1 s.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="284"/>
        <source>You can try again now.</source>
        <translation>现在可以再试一次。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="287"/>
        <source>The recovery code was right: the old PIN is gone. Choose a new PIN. No learner&apos;s data was touched.</source>
        <translation>恢复码正确，旧密码已清除。请设置新密码。学员的数据没有受到任何影响。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="295"/>
        <source>Set a teacher PIN</source>
        <translation>设置教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="298"/>
        <source>The teacher area (presenting, class quizzes, printables and class results) is protected by a PIN so learners sharing this computer cannot open it. Choose %1 to %2 digits. Only a salted hash of the PIN is stored.</source>
        <translation>教师区（演示、课堂测验、打印材料和全班成绩）由密码保护，共用这台电脑的学员无法打开。请设置 %1 到 %2 位数字。本机只保存加盐后的密码哈希，不保存密码本身。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="305"/>
        <source>&amp;Set PIN and open</source>
        <translation>设置密码并打开(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="306"/>
        <source>Set the teacher PIN</source>
        <translation>设置教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="308"/>
        <source>Teacher area</source>
        <translation>教师区</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="311"/>
        <source>Enter the teacher PIN. After %1 wrong tries you must wait, and the wait doubles with each further wrong try. Forgot the PIN? Use the recovery code you were shown when it was set.</source>
        <translation>请输入教师密码。连续输错 %1 次后需要等待，之后每输错一次，等待时间加倍。忘记密码？请使用设置密码时显示的恢复码。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="316"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="317"/>
        <source>Unlock the teacher area</source>
        <translation>解锁教师区</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="318"/>
        <source>&amp;Forgot the PIN?</source>
        <translation>忘记密码？(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="320"/>
        <source>Forgot the PIN? Reset it with the recovery code</source>
        <translation>忘记密码？用恢复码重设</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="322"/>
        <source>Reset a forgotten PIN</source>
        <translation>重设忘记的密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="325"/>
        <source>Type the recovery code you were shown when the PIN was set (case, spaces and dashes do not matter). Only the PIN is reset: no learner&apos;s profile, answer or plan is deleted. Then choose a new PIN.</source>
        <translation>输入设置密码时显示的恢复码（大小写、空格和短横线都没有关系）。只会重设密码，不会删除任何学员的档案、作答或计划。之后请设置新密码。</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="330"/>
        <source>Recovery &amp;code:</source>
        <translation>恢复码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="331"/>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="333"/>
        <source>&amp;Reset the PIN</source>
        <translation>重设密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="334"/>
        <source>Reset the PIN with the recovery code</source>
        <translation>用恢复码重设密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="335"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="336"/>
        <source>Close without resetting the PIN</source>
        <translation>关闭，不重设密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="340"/>
        <source>&amp;PIN:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="341"/>
        <source>Teacher PIN</source>
        <translation>教师密码</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="342"/>
        <source>&amp;Repeat PIN:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/classroom/lock_panel.py" line="343"/>
        <source>Repeat the teacher PIN</source>
        <translation>再次输入教师密码</translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="289"/>
        <location filename="../ui/calculator/terms_form.py" line="529"/>
        <source>My copy: %1</source>
        <extracomment>Terms a learner may edit, in the order shown (only those the product has). The controls the page shows under its own name (``page.product_box`` …). A debt&apos;s own terms another page opened the calculator with (the product box lists it as &quot;custom:&quot;), and those terms as the open parameters wrote them.</extracomment>
        <translation>我的副本：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="310"/>
        <source>Your debt&apos;s own terms (%1)</source>
        <translation>你这笔欠款自己的条款（%1）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="455"/>
        <source>Penalty fee rate</source>
        <translation>违约金费率</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="456"/>
        <location filename="../ui/calculator/terms_form.py" line="457"/>
        <source>Interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="458"/>
        <source>Penalty APR</source>
        <translation>惩罚性年利率</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="459"/>
        <source>Minimum payment</source>
        <translation>最低还款比例</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="460"/>
        <source>Smallest minimum payment</source>
        <translation>最低还款额下限</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="461"/>
        <source>Late fee (share of the unpaid minimum)</source>
        <translation>违约金（未还最低还款额的比例）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="462"/>
        <source>Late fee after repeated misses</source>
        <translation>连续逾期后的违约金比例</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="463"/>
        <source>Smallest late fee</source>
        <translation>违约金下限</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="464"/>
        <source>First late fee</source>
        <translation>首次滞纳费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="465"/>
        <source>Repeat late fee</source>
        <translation>再次滞纳费</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="466"/>
        <source>Penalty interest multiplier</source>
        <translation>罚息倍数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="467"/>
        <source>Days from statement to due date</source>
        <translation>账单日到还款日的天数</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="468"/>
        <source>Grace days</source>
        <translation>宽限期</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="469"/>
        <source>Reported after (days late)</source>
        <translation>逾期多少天后上报</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="470"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="473"/>
        <source>% a day</source>
        <translation>%/日</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="474"/>
        <source>% a year</source>
        <translation>%/年</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="475"/>
        <source>% a month</source>
        <translation>%/月</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="477"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="478"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="497"/>
        <source>Source of: %1</source>
        <translation>%1 的来源</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="499"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="500"/>
        <source>As of: %1</source>
        <translation>截至：%1</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="503"/>
        <source>Edited by you.</source>
        <translation>已由你修改。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="505"/>
        <source>Uncertain: sources disagree or are weak.</source>
        <translation>不确定：各来源说法不一，或来源较弱。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="510"/>
        <source>Other value: %1 (%2, %3)</source>
        <translation>其他数值：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="519"/>
        <source>Your situation</source>
        <translation>你的情况</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="520"/>
        <location filename="../ui/calculator/terms_form.py" line="521"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="530"/>
        <source>Save as my copy…</source>
        <translation>另存为我的副本…</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="531"/>
        <source>Save the product with these terms as my copy</source>
        <translation>按这些条款把产品保存为我的副本</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="532"/>
        <location filename="../ui/calculator/terms_form.py" line="533"/>
        <source>Delete my copy</source>
        <translation>删除我的副本</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="534"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="535"/>
        <source>Amount of the statement or loan</source>
        <translation>账单或贷款金额</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="536"/>
        <source>for example 1000</source>
        <translation>例如 1000</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="537"/>
        <source>First statement</source>
        <translation>第一期账单</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="538"/>
        <source>Month of the first statement</source>
        <translation>第一期账单的月份</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="539"/>
        <source>Rates and fees in force</source>
        <translation>现行利率和费用</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="542"/>
        <source>From the product&apos;s published terms; change them to match your agreement. ⓘ shows the source and date.</source>
        <translation>取自产品公布的条款；可按你的合同修改。ⓘ 显示来源和日期。</translation>
    </message>
    <message>
        <location filename="../ui/calculator/terms_form.py" line="546"/>
        <location filename="../ui/calculator/terms_form.py" line="547"/>
        <source>Back to the published terms</source>
        <translation>恢复公布的条款</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/settings/welcome.py" line="149"/>
        <location filename="../ui/settings/welcome.py" line="150"/>
        <source>Welcome to DueWise</source>
        <extracomment>(role, the page it opens), in the order shown (the roles of ``settings.ROLES``).</extracomment>
        <translation>欢迎使用明白账</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="153"/>
        <source>Learn how consumer credit works, see what a missed payment really costs, and plan your way out of debt. Everything stays on this computer.</source>
        <translation>了解消费信贷如何运作，看清一次逾期到底要多花多少钱，并规划如何还清欠款。所有内容只保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="157"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="158"/>
        <source>Who is using DueWise?</source>
        <translation>谁在使用明白账？</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="161"/>
        <source>I am learning at home</source>
        <translation>我在家自学</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="162"/>
        <source>Short lessons on Baitiao, Huabei, cards and loans. Opens Learn.</source>
        <translation>关于白条、花呗、信用卡和贷款的短课。打开“课程”。</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="165"/>
        <source>I am a teacher</source>
        <translation>我是老师</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="167"/>
        <source>Present lessons, run class quizzes and print worksheets. Opens Classroom.</source>
        <translation>投影讲课、组织课堂测验、打印练习单。打开“课堂”。</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="171"/>
        <source>I want to check what I know</source>
        <translation>我想测测自己懂多少</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="173"/>
        <source>A quiz that says what you know and what to study next. Opens Check yourself.</source>
        <translation>一份测验，告诉你已经掌握了什么、接下来该学什么。打开“自测”。</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="180"/>
        <source>You can change all of this later in Settings.</source>
        <translation>这些以后都可以在“设置”中更改。</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="181"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="182"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="183"/>
        <source>Start with the chosen place</source>
        <translation>从所选的地方开始</translation>
    </message>
    <message>
        <location filename="../ui/settings/welcome.py" line="184"/>
        <source>Close the welcome</source>
        <translation>关闭欢迎页</translation>
    </message>
</context>
</TS>
