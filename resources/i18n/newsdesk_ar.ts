<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="50"/>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="58"/>
        <source>Add tags…</source>
        <translation>إضافة وسوم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="60"/>
        <source>Remove a tag…</source>
        <translation>إزالة وسم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="62"/>
        <source>Move to section…</source>
        <translation>نقل إلى قسم…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="84"/>
        <source>%n stories moved to “%1”</source>
        <translation>
            <numerusform>لم يُنقل أي خبر إلى «%1»</numerusform>
            <numerusform>نُقل خبر واحد إلى «%1»</numerusform>
            <numerusform>نُقل خبران إلى «%1»</numerusform>
            <numerusform>نُقلت %n أخبار إلى «%1»</numerusform>
            <numerusform>نُقل %n خبرًا إلى «%1»</numerusform>
            <numerusform>نُقل %n خبر إلى «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="98"/>
        <source>Add tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="99"/>
        <source>Tags to add to %n stories (separate them with commas):</source>
        <translation>
            <numerusform>الوسوم المضافة (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى خبر واحد (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى خبرين (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى %n أخبار (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى %n خبرًا (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى %n خبر (افصل بينها بفواصل):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="107"/>
        <source>Tags added to %n stories</source>
        <translation>
            <numerusform>لم تُضف وسوم إلى أي خبر</numerusform>
            <numerusform>أُضيفت الوسوم إلى خبر واحد</numerusform>
            <numerusform>أُضيفت الوسوم إلى خبرين</numerusform>
            <numerusform>أُضيفت الوسوم إلى %n أخبار</numerusform>
            <numerusform>أُضيفت الوسوم إلى %n خبرًا</numerusform>
            <numerusform>أُضيفت الوسوم إلى %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="116"/>
        <source>The selected stories have no tags</source>
        <translation>الأخبار المحددة بلا وسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="120"/>
        <source>Remove a tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="121"/>
        <source>Tag to remove from %n stories:</source>
        <translation>
            <numerusform>الوسم المراد إزالته:</numerusform>
            <numerusform>الوسم المراد إزالته من خبر واحد:</numerusform>
            <numerusform>الوسم المراد إزالته من خبرين:</numerusform>
            <numerusform>الوسم المراد إزالته من %n أخبار:</numerusform>
            <numerusform>الوسم المراد إزالته من %n خبرًا:</numerusform>
            <numerusform>الوسم المراد إزالته من %n خبر:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="131"/>
        <source>Tag removed from %n stories</source>
        <translation>
            <numerusform>لم يُزل الوسم من أي خبر</numerusform>
            <numerusform>أُزيل الوسم من خبر واحد</numerusform>
            <numerusform>أُزيل الوسم من خبرين</numerusform>
            <numerusform>أُزيل الوسم من %n أخبار</numerusform>
            <numerusform>أُزيل الوسم من %n خبرًا</numerusform>
            <numerusform>أُزيل الوسم من %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="139"/>
        <source>(no section)</source>
        <translation>(بلا قسم)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="142"/>
        <source>Move to section</source>
        <translation>نقل إلى قسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="143"/>
        <source>Section for %n stories:</source>
        <translation>
            <numerusform>القسم:</numerusform>
            <numerusform>قسم الخبر:</numerusform>
            <numerusform>قسم الخبرين:</numerusform>
            <numerusform>قسم الأخبار الـ%n:</numerusform>
            <numerusform>قسم الأخبار الـ%n:</numerusform>
            <numerusform>قسم الأخبار الـ%n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="154"/>
        <source>%n stories moved</source>
        <translation>
            <numerusform>لم يُنقل أي خبر</numerusform>
            <numerusform>نُقل خبر واحد</numerusform>
            <numerusform>نُقل خبران</numerusform>
            <numerusform>نُقلت %n أخبار</numerusform>
            <numerusform>نُقل %n خبرًا</numerusform>
            <numerusform>نُقل %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="163"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="174"/>
        <source>the story no longer exists</source>
        <translation>لم يعد الخبر موجودًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="177"/>
        <source>it is in the trash: restore it first</source>
        <translation>إنه في سلة المحذوفات: استعده أولًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="180"/>
        <source>a story that is “%1” cannot become “%2”</source>
        <translation>لا يمكن أن يصبح خبر «%1» «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="200"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… وخبر آخر</numerusform>
            <numerusform>… وخبران آخران</numerusform>
            <numerusform>… و%n أخبار أخرى</numerusform>
            <numerusform>… و%n خبرًا آخر</numerusform>
            <numerusform>… و%n خبر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="203"/>
        <source>Some stories did not move</source>
        <translation>لم تُنقل بعض الأخبار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="204"/>
        <source>%n stories could not become “%1”:</source>
        <translation>
            <numerusform>لم يتعذر نقل أي خبر إلى «%1»:</numerusform>
            <numerusform>تعذر أن يصبح خبر واحد «%1»:</numerusform>
            <numerusform>تعذر أن يصبح خبران «%1»:</numerusform>
            <numerusform>تعذر أن تصبح %n أخبار «%1»:</numerusform>
            <numerusform>تعذر أن يصبح %n خبرًا «%1»:</numerusform>
            <numerusform>تعذر أن يصبح %n خبر «%1»:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="55"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="57"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="77"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="78"/>
        <source>Show stories of any date</source>
        <translation>عرض الأخبار بأي تاريخ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="37"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="100"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="103"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="106"/>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="109"/>
        <source>Restore from trash</source>
        <translation>استعادة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="111"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="114"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="227"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="118"/>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="137"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="183"/>
        <source>%n stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="189"/>
        <source>%n stories moved to the trash</source>
        <translation>
            <numerusform>لم يُنقل أي خبر إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل خبر واحد إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل خبران إلى سلة المحذوفات</numerusform>
            <numerusform>نُقلت %n أخبار إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل %n خبرًا إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل %n خبر إلى سلة المحذوفات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="196"/>
        <source>%n stories restored</source>
        <translation>
            <numerusform>لم يُستعد أي خبر</numerusform>
            <numerusform>استُعيد خبر واحد</numerusform>
            <numerusform>استُعيد خبران</numerusform>
            <numerusform>استُعيدت %n أخبار</numerusform>
            <numerusform>استُعيد %n خبرًا</numerusform>
            <numerusform>استُعيد %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="202"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="209"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="202"/>
        <source>Name of the saved search:</source>
        <translation>اسم البحث المحفوظ:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="228"/>
        <source>Newsdesk %1
A newsroom editor for Arabic-first newsrooms.
Database: %2</source>
        <translation>مكتب الأخبار %1
محرر غرف الأخبار العربية أولًا.
قاعدة البيانات: %2</translation>
    </message>
</context>
<context>
    <name>NamePickerDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/picker.py" line="37"/>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="88"/>
        <source>All stories</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="90"/>
        <source>My stories</source>
        <translation>أخباري</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="94"/>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="100"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="103"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="104"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="105"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="106"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="147"/>
        <source>More tags…</source>
        <translation>وسوم أخرى…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="153"/>
        <source>More authors…</source>
        <translation>كتّاب آخرون…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="218"/>
        <source>Choose a tag</source>
        <translation>اختر وسمًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="221"/>
        <source>Choose an author</source>
        <translation>اختر كاتبًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="276"/>
        <source>Delete saved search</source>
        <translation>حذف البحث المحفوظ</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/search_box.py" line="23"/>
        <source>Search stories…</source>
        <translation>ابحث في الأخبار…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/search_box.py" line="24"/>
        <source>Search headlines and text (Arabic spelling variants match)</source>
        <translation>البحث في العناوين والنصوص (تُطابَق أشكال الكتابة العربية المختلفة)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="75"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="76"/>
        <source>Submitted</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="77"/>
        <source>Editing</source>
        <translation>قيد التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="78"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="79"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="80"/>
        <source>Corrected</source>
        <translation>مُصحَّح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="81"/>
        <source>Killed</source>
        <translation>مسحوب</translation>
    </message>
</context>
<context>
    <name>StoryListPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="132"/>
        <source>Search is not available</source>
        <translation>البحث غير متاح</translation>
    </message>
</context>
<context>
    <name>StoryPane</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_pane.py" line="75"/>
        <source>Choose a story in the list to read it here.</source>
        <translation>اختر خبرًا من القائمة لقراءته هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_pane.py" line="86"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_pane.py" line="90"/>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
</context>
<context>
    <name>StoryTableModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="46"/>
        <source>Status</source>
        <extracomment>(key, sort key, header text)</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="47"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="48"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="49"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="50"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="51"/>
        <source>Main tag</source>
        <translation>الوسم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="52"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="53"/>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="54"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>StoryTableView</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/view.py" line="178"/>
        <source>%n stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
</context>
</TS>
