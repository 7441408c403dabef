<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ChipList</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="75"/>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
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
        <source>Tags…</source>
        <translation>الوسوم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="137"/>
        <source>Related stories…</source>
        <translation>الأخبار ذات الصلة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="139"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="229"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="149"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="155"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="194"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="200"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="207"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="221"/>
        <source>Select one story first.</source>
        <translation>اختر خبرًا واحدًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="230"/>
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
    <name>RelatedDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="245"/>
        <source>Related stories: %1</source>
        <translation>الأخبار ذات الصلة: %1</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="77"/>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="78"/>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="79"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="83"/>
        <source>Pin both ways</source>
        <translation>ثبّت في الاتجاهين</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="84"/>
        <source>Also list this story among the related stories of the other</source>
        <translation>أضف هذا الخبر أيضًا إلى الأخبار ذات الصلة بالخبر الآخر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="88"/>
        <source>Find a story by its headline</source>
        <translation>ابحث عن خبر بكلمات من عنوانه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="94"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="102"/>
        <source>Pin suggestion</source>
        <translation>ثبّت الاقتراح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="105"/>
        <source>Related stories (in page order)</source>
        <translation>مقالات ذات صلة (بترتيب الصفحة)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="120"/>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="161"/>
        <source>Score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="211"/>
        <source>No story has those words in its headline.</source>
        <translation>لا يوجد خبر في عنوانه هذه الكلمات.</translation>
    </message>
</context>
<context>
    <name>ScoreExplainer</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/related/panel.py" line="42"/>
        <source>%n shared tags</source>
        <translation>
            <numerusform>لا وسوم مشتركة</numerusform>
            <numerusform>وسم مشترك واحد</numerusform>
            <numerusform>وسمان مشتركان</numerusform>
            <numerusform>%n وسوم مشتركة</numerusform>
            <numerusform>%n وسمًا مشتركًا</numerusform>
            <numerusform>%n وسم مشترك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/related/panel.py" line="44"/>
        <source>%n shared terms</source>
        <translation>
            <numerusform>لا كلمات مشتركة</numerusform>
            <numerusform>كلمة مشتركة واحدة</numerusform>
            <numerusform>كلمتان مشتركتان</numerusform>
            <numerusform>%n كلمات مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="46"/>
        <source>same section</source>
        <translation>القسم نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="48"/>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/related/panel.py" line="50"/>
        <source>%n days apart</source>
        <translation>
            <numerusform>الفارق أقل من يوم</numerusform>
            <numerusform>الفارق يوم واحد</numerusform>
            <numerusform>الفارق يومان</numerusform>
            <numerusform>الفارق %n أيام</numerusform>
            <numerusform>الفارق %n يومًا</numerusform>
            <numerusform>الفارق %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="51"/>
        <source>, </source>
        <translation>، </translation>
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
<context>
    <name>TagField</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="91"/>
        <source>Add a tag and press Enter</source>
        <translation>اكتب وسمًا واضغط Enter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="223"/>
        <source>Main tag</source>
        <translation>الوسم الرئيسي</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="44"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="117"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="53"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="54"/>
        <source>Slug</source>
        <translation>المعرّف في الرابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="55"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="100"/>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="56"/>
        <source>Main tag of</source>
        <translation>وسم رئيسي في</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="57"/>
        <source>Last used</source>
        <translation>آخر استخدام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="58"/>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="69"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="70"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="71"/>
        <source>Merge selected…</source>
        <translation>دمج المحدد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="72"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="80"/>
        <source>Description of the selected tag</source>
        <translation>وصف الوسم المحدد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="82"/>
        <source>Save description</source>
        <translation>حفظ الوصف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="100"/>
        <source>Keep</source>
        <translation>يُبقى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="100"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="103"/>
        <source>Merge this group</source>
        <translation>ادمج هذه المجموعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="108"/>
        <source>Tags that differ only in spelling, a clitic or one letter.</source>
        <translation>وسوم لا تختلف إلا في الإملاء أو في سابقة متصلة أو في حرف واحد.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="118"/>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="155"/>
        <source>spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="156"/>
        <source>clitic</source>
        <translation>سابقة متصلة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="157"/>
        <source>one letter</source>
        <translation>حرف واحد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="169"/>
        <source>Duplicates (%1)</source>
        <translation>المكررات (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="210"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="210"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="212"/>
        <source>Tag created.</source>
        <translation>أُنشئ الوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="217"/>
        <source>Select one tag to rename.</source>
        <translation>اختر وسمًا واحدًا لإعادة تسميته.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="220"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="226"/>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="220"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="228"/>
        <source>Published stories carry this tag, so its page address is public. Change the address too?</source>
        <translation>تحمل أخبار منشورة هذا الوسم، فعنوان صفحته معروف للقراء. أتغيّر العنوان أيضًا؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="234"/>
        <source>Tag renamed.</source>
        <translation>أُعيدت تسمية الوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="240"/>
        <source>Select two tags or more to merge.</source>
        <translation>اختر وسمين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="245"/>
        <source>Merge %1 into %2?</source>
        <translation>أتدمج %1 في %2؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="247"/>
        <source>Merge tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="252"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="279"/>
        <source>Tags merged.</source>
        <translation>دُمجت الوسوم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="258"/>
        <source>Select one tag to delete.</source>
        <translation>اختر وسمًا واحدًا لحذفه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="261"/>
        <source>Delete %1? %n stories will no longer carry it.</source>
        <translation>
            <numerusform>أتحذف %1؟ لا يحمله أي خبر.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده خبر واحد.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده خبران.</numerusform>
            <numerusform>أتحذف %1؟ ستفقده %n أخبار.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده %n خبرًا.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده %n خبر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="262"/>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="267"/>
        <source>Tag deleted from %n stories.</source>
        <translation>
            <numerusform>حُذف الوسم ولم يكن في أي خبر.</numerusform>
            <numerusform>حُذف الوسم من خبر واحد.</numerusform>
            <numerusform>حُذف الوسم من خبرين.</numerusform>
            <numerusform>حُذف الوسم من %n أخبار.</numerusform>
            <numerusform>حُذف الوسم من %n خبرًا.</numerusform>
            <numerusform>حُذف الوسم من %n خبر.</numerusform>
        </translation>
    </message>
</context>
</TS>
