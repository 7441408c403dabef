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
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="62"/>
        <source>This story was changed elsewhere</source>
        <translation>عُدِّل هذا الخبر في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="76"/>
        <source>My copy (changes against theirs)</source>
        <translation>نسختي (التغييرات مقارنةً بنسختهم)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="103"/>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="154"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="111"/>
        <source>Save the merge</source>
        <translation>احفظ النسخة المدمجة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="113"/>
        <source>Keep mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="115"/>
        <source>Keep theirs</source>
        <translation>أبقِ نسختهم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="117"/>
        <source>Save mine as a copy</source>
        <translation>احفظ نسختي خبرًا منفصلًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="119"/>
        <source>Back to editing</source>
        <translation>عودة إلى التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="142"/>
        <source>Someone saved this story (version %1, %2) after you opened it (version %3). Nothing has been overwritten: choose what to keep.</source>
        <translation>حفظ شخص آخر هذا الخبر (النسخة %1، %2) بعد أن فتحته أنت (النسخة %3). لم يُكتب شيء فوق شيء: اختر ما تريد إبقاءه.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="150"/>
        <source>Saved version %1 (changes against mine)</source>
        <translation>النسخة المحفوظة %1 (التغييرات مقارنةً بنسختي)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="154"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="154"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="163"/>
        <source>Merged copy: their text with my paragraphs that it lacks. Edit it freely.</source>
        <translation>النسخة المدمجة: نصهم مع فقراتي التي تنقصه. عدّلها كما تشاء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="167"/>
        <source>Merged copy: %n paragraph(s) were changed on both sides and are marked; edit them before saving.</source>
        <translation>
            <numerusform>النسخة المدمجة: لا فقرات عدّلها الطرفان.</numerusform>
            <numerusform>النسخة المدمجة: فقرة واحدة عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: فقرتان عدّلهما الطرفان وعُلِّمتا؛ عدّلهما قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: %n فقرات عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: %n فقرة عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: %n فقرة عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="173"/>
        <source>Merged copy: both sets of changes combined. Edit it freely.</source>
        <translation>النسخة المدمجة: جُمعت تغييرات الطرفين. عدّلها كما تشاء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="191"/>
        <source>The merge still holds conflict marks. Save it anyway?</source>
        <translation>ما زالت النسخة المدمجة تحوي علامات تعارض. أتحفظها رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="213"/>
        <source>The story was saved again meanwhile; the dialog now shows that version.</source>
        <translation>حُفظ الخبر مرة أخرى في أثناء ذلك؛ تعرض النافذة الآن تلك النسخة.</translation>
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
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="117"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="243"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="121"/>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="140"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="187"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="193"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="200"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="206"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="213"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="206"/>
        <source>Name of the saved search:</source>
        <translation>اسم البحث المحفوظ:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="232"/>
        <source>Select one story to see its history</source>
        <translation>اختر خبرًا واحدًا لعرض سجله</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="244"/>
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
    <name>PasteActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/paste.py" line="71"/>
        <source>Paste as plain text</source>
        <translation>لصق كنص عادي</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="82"/>
        <location filename="../../src/newsdesk/ui/recovery.py" line="198"/>
        <location filename="../../src/newsdesk/ui/recovery.py" line="219"/>
        <location filename="../../src/newsdesk/ui/recovery.py" line="231"/>
        <source>Recover unsaved work</source>
        <extracomment>story id, after its autosaved copy was saved as the story.</extracomment>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="87"/>
        <source>Newsdesk was closed before these stories were saved. Their last autosaved copy is shown against the saved story: restore it or discard it.</source>
        <translation>أُغلق مكتب الأخبار قبل حفظ هذه الأخبار. تُعرض آخر نسخة محفوظة تلقائيًا مقارنةً بالخبر المحفوظ: استعدها أو تخلَّص منها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="119"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="121"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="126"/>
        <source>Decide later</source>
        <translation>قرّر لاحقًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="159"/>
        <source>Autosaved %1 · %2 words added, %3 removed, %4 respelt since the saved version.</source>
        <translation>حُفظت تلقائيًا %1 · منذ النسخة المحفوظة: أُضيفت %2 كلمة، وحُذفت %3، وتغيّر إملاء %4.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="168"/>
        <source>Someone saved this story after your copy was opened: restoring saves your copy over theirs, which stays in the history.</source>
        <translation>حفظ شخص آخر هذا الخبر بعد فتح نسختك: الاستعادة تحفظ نسختك فوق نسخته، وتبقى نسخته في السجل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="175"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="175"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="175"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="209"/>
        <source>Discard unsaved work</source>
        <translation>تجاهل العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="210"/>
        <source>Throw away the autosaved copy of “%1”? This cannot be undone.</source>
        <translation>أتتخلّص من النسخة المحفوظة تلقائيًا من «%1»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="220"/>
        <source>History of “%1”</source>
        <translation>سجل «%1»</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="41"/>
        <source>Saved</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="42"/>
        <source>Autosave</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="43"/>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="44"/>
        <source>Restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="45"/>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="53"/>
        <source>saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="54"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="55"/>
        <source>autosave</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="56"/>
        <source>recovered from autosave</source>
        <translation>استُعيد من الحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="86"/>
        <source>Time</source>
        <extracomment>The story after a revision was restored.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="87"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="88"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="89"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="90"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="99"/>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="206"/>
        <source>Restore this revision</source>
        <translation>استعد هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="175"/>
        <source>%1 → %2: %3 words added, %4 removed, %5 respelt.</source>
        <translation>%1 ← %2: أُضيفت %3 كلمة، وحُذفت %4، وتغيّر إملاء %5.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="176"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="189"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="189"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="189"/>
        <source>Text</source>
        <translation>النص</translation>
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
    <name>SpellHighlighter</name>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="66"/>
        <source>Loading dictionaries…</source>
        <extracomment>The status after loading: SpellStatus (its ``message`` says what is missing).</extracomment>
        <translation>جارٍ تحميل القواميس…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="68"/>
        <source>Spell checking is off: %1</source>
        <translation>التدقيق الإملائي معطّل: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="72"/>
        <source>Spell checking is partial: %1</source>
        <translation>التدقيق الإملائي جزئي: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="142"/>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="145"/>
        <source>Add to dictionary</source>
        <translation>أضف إلى القاموس</translation>
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
