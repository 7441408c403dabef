<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="89"/>
        <source>Export site</source>
        <translation>تصدير الموقع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="97"/>
        <source>An empty folder, or one exported before</source>
        <translation>مجلد فارغ، أو مجلد صُدِّر إليه من قبل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="98"/>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="108"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="107"/>
        <source>The default theme</source>
        <translation>القالب الافتراضي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="115"/>
        <source>Write the RSS, Atom and JSON feeds too</source>
        <translation>اكتب خلاصات RSS وAtom وJSON أيضاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="119"/>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="120"/>
        <source>Base URL:</source>
        <translation>العنوان الأساسي:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="121"/>
        <source>Theme folder:</source>
        <translation>مجلد القالب:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="127"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="132"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="135"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="137"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="152"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="157"/>
        <source>Theme folder</source>
        <translation>مجلد القالب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="170"/>
        <source>Choose an output folder first.</source>
        <translation>اختر مجلد الإخراج أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="190"/>
        <source>Planning the site…</source>
        <translation>جارٍ تخطيط الموقع…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="197"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="222"/>
        <source>Writing pages: %1 of %2</source>
        <translation>كتابة الصفحات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="225"/>
        <source>Swapping in the new site…</source>
        <translation>جارٍ استبدال الموقع القديم بالجديد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="234"/>
        <source>Done: %1 files written, %2 unchanged, %3 removed.</source>
        <translation>تم: كُتب %1 ملفاً، وبقي %2 دون تغيير، وحُذف %3.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="245"/>
        <source>The export failed; the previous site is unchanged. %1</source>
        <translation>فشل التصدير؛ بقي الموقع السابق كما هو. %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="252"/>
        <source>Cancelled; the previous site is unchanged.</source>
        <translation>أُلغي التصدير؛ بقي الموقع السابق كما هو.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="72"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="121"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="124"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="127"/>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="130"/>
        <source>Restore from trash</source>
        <translation>استعادة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="132"/>
        <source>Export site…</source>
        <translation>تصدير الموقع…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="134"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="137"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="214"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="143"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="148"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="151"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="190"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="196"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="203"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="215"/>
        <source>Newsdesk %1
A newsroom editor for Arabic-first newsrooms.
Database: %2</source>
        <translation>مكتب الأخبار %1
محرر غرف الأخبار العربية أولًا.
قاعدة البيانات: %2</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="45"/>
        <source>All stories</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="46"/>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="53"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="57"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="50"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="51"/>
        <source>Submitted</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="52"/>
        <source>Editing</source>
        <translation>قيد التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="53"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="54"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="55"/>
        <source>Corrected</source>
        <translation>مُصحَّح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="56"/>
        <source>Killed</source>
        <translation>مسحوب</translation>
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
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="35"/>
        <source>Status</source>
        <extracomment>(key, sort key, header text)</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="36"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="37"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="38"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="39"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="40"/>
        <source>Main tag</source>
        <translation>الوسم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="41"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="42"/>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="43"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
</context>
</TS>
