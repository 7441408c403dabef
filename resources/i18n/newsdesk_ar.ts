<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AuthorsField</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="130"/>
        <source>Add an author…</source>
        <translation>أضف كاتباً…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="133"/>
        <source>Remove the selected author</source>
        <translation>احذف الكاتب المحدد</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="107"/>
        <source>Save</source>
        <extracomment>Milliseconds of quiet typing before the counts are recomputed.</extracomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="108"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="109"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="110"/>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="111"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="112"/>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="113"/>
        <source>Inline code</source>
        <translation>رمز برمجي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="114"/>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="115"/>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="116"/>
        <source>Minor heading</source>
        <translation>عنوان صغير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="117"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="118"/>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="119"/>
        <source>Block quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="120"/>
        <source>Horizontal rule</source>
        <translation>خط فاصل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="121"/>
        <source>Insert image…</source>
        <translation>أدرج صورة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="122"/>
        <source>Force right-to-left paragraph</source>
        <translation>فقرة من اليمين إلى اليسار دائماً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="123"/>
        <source>Force left-to-right paragraph</source>
        <translation>فقرة من اليسار إلى اليمين دائماً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="124"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="125"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="126"/>
        <source>Focus mode</source>
        <translation>وضع التركيز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="127"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="128"/>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="129"/>
        <source>Show the inspector</source>
        <translation>أظهر لوحة الخصائص</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="130"/>
        <source>Arabic comma ،</source>
        <translation>فاصلة عربية ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="131"/>
        <source>Arabic semicolon ؛</source>
        <translation>فاصلة منقوطة عربية ؛</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="132"/>
        <source>Arabic question mark ؟</source>
        <translation>علامة استفهام عربية ؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="133"/>
        <source>Quotation marks “ ”</source>
        <translation>علامتا تنصيص “ ”</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="134"/>
        <source>Guillemets « »</source>
        <translation>قوسا تنصيص « »</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="35"/>
        <source>Preview</source>
        <extracomment>The current tab&apos;s title or unsaved state changed: (title, dirty). A story was saved or moved in some tab (the list refreshes).</extracomment>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="111"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="112"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تحفظ التغييرات في «%1» قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="38"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="42"/>
        <source>Replace with</source>
        <translation>استبدل بـ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="43"/>
        <source>Whole word</source>
        <translation>كلمة كاملة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="44"/>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="45"/>
        <source>Ignore Arabic spelling variants</source>
        <translation>تجاهل اختلاف الإملاء العربي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="47"/>
        <source>Hamza and alef forms, ى/ي, ة/ه, tashkeel, tatweel and digits match alike</source>
        <translation>تتطابق أشكال الهمزة والألف وى/ي وة/ه والتشكيل والتطويل والأرقام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="52"/>
        <source>Find next (Enter)</source>
        <translation>التالي (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="55"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>السابق (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="56"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="57"/>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="60"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="137"/>
        <source>The regular expression is not valid</source>
        <translation>التعبير النمطي غير صالح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="139"/>
        <source>%n matches</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="216"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدلت واحدة</numerusform>
            <numerusform>استُبدلت اثنتان</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlineMeter</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="75"/>
        <source>Too long: the limit is %1 characters</source>
        <translation>طويل جداً: الحد %1 حرفاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="77"/>
        <source>Longer than the %1 characters most pages show</source>
        <translation>أطول من %1 حرفاً تعرضها معظم الصفحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="79"/>
        <source>Headline length (the page shows about %1 characters)</source>
        <translation>طول العنوان (تعرض الصفحة نحو %1 حرفاً)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="73"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="265"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="128"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="131"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="134"/>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="137"/>
        <source>Restore from trash</source>
        <translation>استعادة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="139"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="142"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="227"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="144"/>
        <source>New story</source>
        <translation>خبر جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="147"/>
        <source>Open in editor</source>
        <translation>افتح في المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="150"/>
        <source>Media library…</source>
        <translation>مكتبة الوسائط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="165"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="169"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="208"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="214"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="221"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="228"/>
        <source>Newsdesk %1
A newsroom editor for Arabic-first newsrooms.
Database: %2</source>
        <translation>مكتب الأخبار %1
محرر غرف الأخبار العربية أولًا.
قاعدة البيانات: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="263"/>
        <source>%1[*] — Newsdesk</source>
        <translation>%1[*] — مكتب الأخبار</translation>
    </message>
</context>
<context>
    <name>MediaLibraryDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="45"/>
        <source>Media library</source>
        <translation>مكتبة الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="64"/>
        <source>Drop image files here, or add them from disk.</source>
        <translation>أفلت ملفات الصور هنا، أو أضفها من القرص.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="66"/>
        <source>Add images…</source>
        <translation>أضف صوراً…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="75"/>
        <source>Save description</source>
        <translation>احفظ الوصف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="79"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="80"/>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="81"/>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="88"/>
        <source>Use</source>
        <translation>استخدم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="141"/>
        <source>The library is empty.</source>
        <translation>المكتبة فارغة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="165"/>
        <source>Some images were not added</source>
        <translation>لم تُضف بعض الصور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="171"/>
        <source>Add images</source>
        <translation>أضف صوراً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="173"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="190"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
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
    <name>StoryEditorTab</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="368"/>
        <source>This story holds formatting the editor cannot keep (%1). Saving turns it into plain paragraphs and text; close without saving to leave it as it is.</source>
        <extracomment>Body or any inspector field changed (also on undo/redo). The unsaved-changes state flipped. Tab title (headline) changed. Saved; carries the stored story. Focus mode asked on or off. A message for the window&apos;s status bar.</extracomment>
        <translation>في هذا الخبر تنسيق لا يستطيع المحرر الاحتفاظ به (%1). الحفظ يحوّله إلى فقرات ونص عادي؛ أغلقه دون حفظ لتبقيه كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="375"/>
        <source>New story</source>
        <translation>خبر جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="391"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="394"/>
        <source>Saved (version %1)</source>
        <translation>حُفظ (النسخة %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="431"/>
        <source>Changed elsewhere</source>
        <translation>تغيّر في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="434"/>
        <source>Someone saved this story (version %1, %2) after you opened it. Nothing was overwritten: your text is still here, unsaved.</source>
        <translation>حفظ شخص آخر هذا الخبر (النسخة %1، %2) بعد أن فتحته. لم يُكتب فوق شيء: نصك ما زال هنا دون حفظ.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="441"/>
        <source>Copy what you need, then reopen the story to see the other version.</source>
        <translation>انسخ ما تحتاجه، ثم أعد فتح الخبر لترى النسخة الأخرى.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="456"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="457"/>
        <source>The correction note readers will see:</source>
        <translation>ملاحظة التصحيح التي سيراها القراء:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="469"/>
        <source>Status not changed</source>
        <translation>لم تتغير الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="477"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="531"/>
        <source>Image not added</source>
        <translation>لم تُضف الصورة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="541"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="542"/>
        <source>Address (empty removes the link):</source>
        <translation>العنوان (اتركه فارغاً لإزالة الرابط):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="605"/>
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
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="606"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفاً</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="607"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="616"/>
        <source>Headline: %1 / %2</source>
        <translation>العنوان: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="651"/>
        <source>Add images</source>
        <translation>أضف صوراً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="651"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>StoryInspector</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="219"/>
        <source>Tags, separated by ،</source>
        <extracomment>Any field was edited by the user. The user asked to move the story to this status.</extracomment>
        <translation>الوسوم، تفصل بينها ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="225"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="226"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="233"/>
        <source>Featured image</source>
        <translation>الصورة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="240"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="241"/>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="242"/>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="248"/>
        <source>Move</source>
        <translation>انقل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="258"/>
        <source>1 is the most important</source>
        <translation>1 هي الأهم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="264"/>
        <source>For the desk only; never published</source>
        <translation>للمحررين فقط؛ لا تُنشر أبداً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="269"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="271"/>
        <source>Kicker</source>
        <translation>العنوان التمهيدي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="272"/>
        <source>Dek</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="273"/>
        <source>Slug</source>
        <translation>الاسم في الرابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="275"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="276"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="277"/>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="278"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="280"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="281"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="282"/>
        <source>Embargo until</source>
        <translation>محظور حتى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="283"/>
        <source>Publish at</source>
        <translation>يُنشر في</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="284"/>
        <source>Editor&apos;s note</source>
        <translation>ملاحظة المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="285"/>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="322"/>
        <source>(no section)</source>
        <translation>(بلا قسم)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="376"/>
        <source>Save the story first</source>
        <translation>احفظ الخبر أولاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="380"/>
        <source>Published: the address is out there and cannot change</source>
        <translation>منشور: الرابط متداول ولا يمكن تغييره</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="382"/>
        <source>Empty: made from the headline when saved</source>
        <translation>فارغ: يُصنع من العنوان عند الحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="400"/>
        <source>No featured image</source>
        <translation>لا صورة رئيسية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="458"/>
        <source>Address: %1</source>
        <translation>الرابط: %1</translation>
    </message>
</context>
<context>
    <name>StoryPane</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_pane.py" line="77"/>
        <source>Choose a story in the list to read it here.</source>
        <translation>اختر خبرًا من القائمة لقراءته هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_pane.py" line="88"/>
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
        <location filename="../../src/newsdesk/ui/story_pane.py" line="92"/>
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
