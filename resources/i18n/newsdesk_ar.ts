<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="54"/>
        <source>Skip duplicates</source>
        <translation>تخطَّ المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="55"/>
        <source>Update the existing story</source>
        <translation>حدِّث الخبر الموجود</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="58"/>
        <source>Import as new stories</source>
        <translation>استورده أخبارًا جديدة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="64"/>
        <source>same source id</source>
        <translation>المعرّف المصدري نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="65"/>
        <source>same source URL</source>
        <translation>رابط المصدر نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="66"/>
        <source>near-duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="121"/>
        <source>Import stories</source>
        <translation>استيراد الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="126"/>
        <source>Recognise automatically</source>
        <translation>تعرّف تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="136"/>
        <source>Add files…</source>
        <translation>أضف ملفات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="138"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="145"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="146"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="147"/>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="148"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="149"/>
        <source>Duplicates</source>
        <translation>المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="150"/>
        <source>Duplicates become</source>
        <translation>مصير المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="171"/>
        <source>Imported story</source>
        <translation>الخبر المستورد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="172"/>
        <source>Already here</source>
        <translation>الموجود هنا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="173"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="174"/>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="186"/>
        <source>Add the files to import, then preview them.</source>
        <translation>أضف الملفات المراد استيرادها، ثم عاينها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="195"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="199"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="210"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="211"/>
        <source>Duplicates:</source>
        <translation>المكرر:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="218"/>
        <source>Sample headlines</source>
        <translation>عناوين من الملفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="220"/>
        <source>Duplicates found</source>
        <translation>المكرر الذي وُجد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="242"/>
        <source>Choose files to import</source>
        <translation>اختر الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="245"/>
        <source>Stories (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json *.jsonl);;All files (*)</source>
        <translation>أخبار (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="304"/>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="311"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="316"/>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation>جارٍ الإلغاء: يُتراجع عن الملف الجاري…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="344"/>
        <source>Nothing from the file was imported: %1</source>
        <translation>لم يُستورد شيء من الملف: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="350"/>
        <source>Cancelled. The file in progress was rolled back; files before it stay.</source>
        <translation>أُلغي الاستيراد. تُرُوجع عن الملف الجاري، وبقيت الملفات التي قبله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="364"/>
        <source>%n stories in the files</source>
        <translation>
            <numerusform>لا أخبار في الملفات</numerusform>
            <numerusform>خبر واحد في الملفات</numerusform>
            <numerusform>خبران في الملفات</numerusform>
            <numerusform>%n أخبار في الملفات</numerusform>
            <numerusform>%n خبرًا في الملفات</numerusform>
            <numerusform>%n خبر في الملفات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="365"/>
        <source>%n new</source>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>واحد جديد</numerusform>
            <numerusform>اثنان جديدان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدًا</numerusform>
            <numerusform>%n جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="366"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>لا مكرر</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>%n مكررات</numerusform>
            <numerusform>%n مكررًا</numerusform>
            <numerusform>%n مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="368"/>
        <source>%n files would be refused</source>
        <translation>
            <numerusform>لن يُرفض أي ملف</numerusform>
            <numerusform>سيُرفض ملف واحد</numerusform>
            <numerusform>سيُرفض ملفان</numerusform>
            <numerusform>ستُرفض %n ملفات</numerusform>
            <numerusform>سيُرفض %n ملفًا</numerusform>
            <numerusform>سيُرفض %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="384"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="403"/>
        <source>an earlier story of this import</source>
        <translation>خبر سابق في هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="419"/>
        <source>Story %1: %2</source>
        <translation>الخبر %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="424"/>
        <source>Jaccard %1 · containment %2</source>
        <translation>جاكارد %1 · الاحتواء %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="434"/>
        <source>%n stories imported</source>
        <translation>
            <numerusform>لم يُستورد أي خبر</numerusform>
            <numerusform>استُورد خبر واحد</numerusform>
            <numerusform>استُورد خبران</numerusform>
            <numerusform>استُوردت %n أخبار</numerusform>
            <numerusform>استُورد %n خبرًا</numerusform>
            <numerusform>استُورد %n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="436"/>
        <source>%n updated</source>
        <translation>
            <numerusform>لم يُحدَّث شيء</numerusform>
            <numerusform>حُدِّث واحد</numerusform>
            <numerusform>حُدِّث اثنان</numerusform>
            <numerusform>حُدِّثت %n</numerusform>
            <numerusform>حُدِّث %n</numerusform>
            <numerusform>حُدِّث %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="438"/>
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي مكرر</numerusform>
            <numerusform>تُخطّي مكرر واحد</numerusform>
            <numerusform>تُخطّي مكرران</numerusform>
            <numerusform>تُخطّيت %n مكررات</numerusform>
            <numerusform>تُخطّي %n مكررًا</numerusform>
            <numerusform>تُخطّي %n مكرر</numerusform>
        </translation>
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
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="135"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="138"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="141"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="235"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="152"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="196"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="202"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="209"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="224"/>
        <source>Select one story to see its history</source>
        <translation>اختر خبرًا واحدًا لعرض سجله</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="236"/>
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
