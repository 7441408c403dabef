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
    <name>ChipList</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="75"/>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
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
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="54"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="56"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="74"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="75"/>
        <source>Show stories of any date</source>
        <translation>عرض الأخبار بأي تاريخ</translation>
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
        <location filename="../../src/newsdesk/ui/editor/area.py" line="54"/>
        <source>Preview</source>
        <extracomment>The current tab&apos;s title or unsaved state changed: (title, dirty). A story was saved or moved in some tab (the list refreshes). Every open editor is watched: its text reaches the database within seconds.</extracomment>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="137"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="138"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تحفظ التغييرات في «%1» قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="91"/>
        <source>Export site</source>
        <translation>تصدير الموقع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="99"/>
        <source>An empty folder, or one exported before</source>
        <translation>مجلد فارغ، أو مجلد صُدِّر إليه من قبل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="100"/>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="109"/>
        <source>The default theme</source>
        <translation>القالب الافتراضي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="117"/>
        <source>Write the RSS, Atom and JSON feeds too</source>
        <translation>اكتب خلاصات RSS وAtom وJSON أيضاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="121"/>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="122"/>
        <source>Base URL:</source>
        <translation>العنوان الأساسي:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="123"/>
        <source>Theme folder:</source>
        <translation>مجلد القالب:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="129"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="134"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="139"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="154"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="159"/>
        <source>Theme folder</source>
        <translation>مجلد القالب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="172"/>
        <source>Choose an output folder first.</source>
        <translation>اختر مجلد الإخراج أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="192"/>
        <source>Planning the site…</source>
        <translation>جارٍ تخطيط الموقع…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="199"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="224"/>
        <source>Writing pages: %1 of %2</source>
        <translation>كتابة الصفحات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="227"/>
        <source>Swapping in the new site…</source>
        <translation>جارٍ استبدال الموقع القديم بالجديد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="236"/>
        <source>Done: %1 files written, %2 unchanged, %3 removed.</source>
        <translation>تم: كُتب %1 ملفاً، وبقي %2 دون تغيير، وحُذف %3.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="246"/>
        <source>The export failed; the previous site is unchanged. %1</source>
        <translation>فشل التصدير؛ بقي الموقع السابق كما هو. %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="253"/>
        <source>Cancelled; the previous site is unchanged.</source>
        <translation>أُلغي التصدير؛ بقي الموقع السابق كما هو.</translation>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="55"/>
        <source>Skip duplicates</source>
        <translation>تخطَّ المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="56"/>
        <source>Update the existing story</source>
        <translation>حدِّث الخبر الموجود</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="59"/>
        <source>Import as new stories</source>
        <translation>استورده أخبارًا جديدة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="65"/>
        <source>same source id</source>
        <translation>المعرّف المصدري نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="66"/>
        <source>same source URL</source>
        <translation>رابط المصدر نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="67"/>
        <source>near-duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="132"/>
        <source>Import stories</source>
        <translation>استيراد الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="137"/>
        <source>Recognise automatically</source>
        <translation>تعرّف تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="147"/>
        <source>Add files…</source>
        <translation>أضف ملفات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="149"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="156"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="157"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="158"/>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="159"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="160"/>
        <source>Duplicates</source>
        <translation>المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="161"/>
        <source>Duplicates become</source>
        <translation>مصير المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="182"/>
        <source>Imported story</source>
        <translation>الخبر المستورد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="183"/>
        <source>Already here</source>
        <translation>الموجود هنا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="184"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="185"/>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="197"/>
        <source>Add the files to import, then preview them.</source>
        <translation>أضف الملفات المراد استيرادها، ثم عاينها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="206"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="210"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="221"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="222"/>
        <source>Duplicates:</source>
        <translation>المكرر:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="229"/>
        <source>Sample headlines</source>
        <translation>عناوين من الملفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="231"/>
        <source>Duplicates found</source>
        <translation>المكرر الذي وُجد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="253"/>
        <source>Choose files to import</source>
        <translation>اختر الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="256"/>
        <source>Stories (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json *.jsonl);;All files (*)</source>
        <translation>أخبار (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="315"/>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="322"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="327"/>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation>جارٍ الإلغاء: يُتراجع عن الملف الجاري…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="353"/>
        <source>Nothing from the file was imported: %1</source>
        <translation>لم يُستورد شيء من الملف: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="359"/>
        <source>Cancelled. The file in progress was rolled back; files before it stay.</source>
        <translation>أُلغي الاستيراد. تُرُوجع عن الملف الجاري، وبقيت الملفات التي قبله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="373"/>
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
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="374"/>
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
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="375"/>
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
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="377"/>
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
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="393"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="412"/>
        <source>an earlier story of this import</source>
        <translation>خبر سابق في هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="428"/>
        <source>Story %1: %2</source>
        <translation>الخبر %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="433"/>
        <source>Jaccard %1 · containment %2</source>
        <translation>جاكارد %1 · الاحتواء %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="443"/>
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
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="445"/>
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
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="447"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="46"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="372"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="134"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="137"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="140"/>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="143"/>
        <source>Restore from trash</source>
        <translation>استعادة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="145"/>
        <source>Export site…</source>
        <translation>تصدير الموقع…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="147"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="150"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="153"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="156"/>
        <source>Tags…</source>
        <translation>الوسوم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="158"/>
        <source>Related stories…</source>
        <translation>الأخبار ذات الصلة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="160"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="334"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="162"/>
        <source>New story</source>
        <translation>خبر جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="165"/>
        <source>Open in editor</source>
        <translation>افتح في المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="168"/>
        <source>Media library…</source>
        <translation>مكتبة الوسائط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="174"/>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="190"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="198"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="210"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="262"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="268"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="275"/>
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
        <location filename="../../src/newsdesk/ui/main_window.py" line="281"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="288"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="281"/>
        <source>Name of the saved search:</source>
        <translation>اسم البحث المحفوظ:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="302"/>
        <source>Select one story to see its history</source>
        <translation>اختر خبرًا واحدًا لعرض سجله</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="326"/>
        <source>Select one story first.</source>
        <translation>اختر خبرًا واحدًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="335"/>
        <source>Newsdesk %1
A newsroom editor for Arabic-first newsrooms.
Database: %2</source>
        <translation>مكتب الأخبار %1
محرر غرف الأخبار العربية أولًا.
قاعدة البيانات: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="370"/>
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
        <location filename="../../src/newsdesk/ui/navigator.py" line="84"/>
        <source>All stories</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="86"/>
        <source>My stories</source>
        <translation>أخباري</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="90"/>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="96"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="97"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="98"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="99"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="101"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="143"/>
        <source>More tags…</source>
        <translation>وسوم أخرى…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="149"/>
        <source>More authors…</source>
        <translation>كتّاب آخرون…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="216"/>
        <source>Choose a tag</source>
        <translation>اختر وسمًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="219"/>
        <source>Choose an author</source>
        <translation>اختر كاتبًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="274"/>
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
    <name>RelatedDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="247"/>
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
        <location filename="../../src/newsdesk/ui/related/panel.py" line="85"/>
        <source>Also list this story among the related stories of the other</source>
        <translation>أضف هذا الخبر أيضًا إلى الأخبار ذات الصلة بالخبر الآخر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="90"/>
        <source>Find a story by its headline</source>
        <translation>ابحث عن خبر بكلمات من عنوانه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="96"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="104"/>
        <source>Pin suggestion</source>
        <translation>ثبّت الاقتراح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="107"/>
        <source>Related stories (in page order)</source>
        <translation>مقالات ذات صلة (بترتيب الصفحة)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="122"/>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="163"/>
        <source>Score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="213"/>
        <source>No story has those words in its headline.</source>
        <translation>لا يوجد خبر في عنوانه هذه الكلمات.</translation>
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
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="84"/>
        <source>Loading dictionaries…</source>
        <extracomment>The status after loading: SpellStatus (its ``message`` says what is missing).</extracomment>
        <translation>جارٍ تحميل القواميس…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="86"/>
        <source>Spell checking is off: %1</source>
        <translation>التدقيق الإملائي معطّل: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="90"/>
        <source>Spell checking is partial: %1</source>
        <translation>التدقيق الإملائي جزئي: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="147"/>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="150"/>
        <source>Add to dictionary</source>
        <translation>أضف إلى القاموس</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/newsdesk/ui/application.py" line="33"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/application.py" line="34"/>
        <source>Newsdesk cannot open the database.</source>
        <translation>تعذّر على مكتب الأخبار فتح قاعدة البيانات.</translation>
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
    <name>StoryEditorTab</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="374"/>
        <source>This story holds formatting the editor cannot keep (%1). Saving turns it into plain paragraphs and text; close without saving to leave it as it is.</source>
        <extracomment>Body or any inspector field changed (also on undo/redo). The unsaved-changes state flipped. Tab title (headline) changed. Saved; carries the stored story. A story saved as a copy from the conflict dialog: the area opens it in a new tab. Focus mode asked on or off. A message for the window&apos;s status bar.</extracomment>
        <translation>في هذا الخبر تنسيق لا يستطيع المحرر الاحتفاظ به (%1). الحفظ يحوّله إلى فقرات ونص عادي؛ أغلقه دون حفظ لتبقيه كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="381"/>
        <source>New story</source>
        <translation>خبر جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="397"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="400"/>
        <source>Saved (version %1)</source>
        <translation>حُفظ (النسخة %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="444"/>
        <source>Conflict resolved (version %1)</source>
        <translation>حُلّ التعارض (النسخة %1)</translation>
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
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="226"/>
        <source>Choose…</source>
        <extracomment>Any field was edited by the user. The user asked to move the story to this status.</extracomment>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="227"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="234"/>
        <source>Featured image</source>
        <translation>الصورة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="241"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="242"/>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="243"/>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="249"/>
        <source>Move</source>
        <translation>انقل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="259"/>
        <source>1 is the most important</source>
        <translation>1 هي الأهم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="265"/>
        <source>For the desk only; never published</source>
        <translation>للمحررين فقط؛ لا تُنشر أبداً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="270"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="272"/>
        <source>Kicker</source>
        <translation>العنوان التمهيدي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="273"/>
        <source>Dek</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="274"/>
        <source>Slug</source>
        <translation>الاسم في الرابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="276"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="277"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="278"/>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="279"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="281"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="282"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="283"/>
        <source>Embargo until</source>
        <translation>محظور حتى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="284"/>
        <source>Publish at</source>
        <translation>يُنشر في</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="285"/>
        <source>Editor&apos;s note</source>
        <translation>ملاحظة المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="286"/>
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
    <name>StoryListPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="129"/>
        <source>Search is not available</source>
        <translation>البحث غير متاح</translation>
    </message>
</context>
<context>
    <name>StoryPane</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_pane.py" line="74"/>
        <source>%n stories selected: the list&apos;s actions apply to all of them.</source>
        <translation>
            <numerusform>لا خبر محدد.</numerusform>
            <numerusform>خبر واحد محدد: تنطبق عليه إجراءات القائمة.</numerusform>
            <numerusform>خبران محددان: تنطبق عليهما إجراءات القائمة.</numerusform>
            <numerusform>%n أخبار محددة: تنطبق عليها كلها إجراءات القائمة.</numerusform>
            <numerusform>%n خبرًا محددًا: تنطبق عليها كلها إجراءات القائمة.</numerusform>
            <numerusform>%n خبر محدد: تنطبق عليها كلها إجراءات القائمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_pane.py" line="82"/>
        <source>Choose a story in the list to read it here.</source>
        <translation>اختر خبرًا من القائمة لقراءته هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_pane.py" line="93"/>
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
        <location filename="../../src/newsdesk/ui/story_pane.py" line="97"/>
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
<context>
    <name>TagField</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="91"/>
        <source>Add a tag and press Enter</source>
        <translation>اكتب وسمًا واضغط Enter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="227"/>
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
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="168"/>
        <source>Duplicates (%1)</source>
        <translation>المكررات (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="208"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="208"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="210"/>
        <source>Tag created.</source>
        <translation>أُنشئ الوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="215"/>
        <source>Select one tag to rename.</source>
        <translation>اختر وسمًا واحدًا لإعادة تسميته.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="218"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="224"/>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="218"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="226"/>
        <source>Published stories carry this tag, so its page address is public. Change the address too?</source>
        <translation>تحمل أخبار منشورة هذا الوسم، فعنوان صفحته معروف للقراء. أتغيّر العنوان أيضًا؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="232"/>
        <source>Tag renamed.</source>
        <translation>أُعيدت تسمية الوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="238"/>
        <source>Select two tags or more to merge.</source>
        <translation>اختر وسمين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="242"/>
        <source>Merge %1 into %2?</source>
        <translation>أتدمج %1 في %2؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="243"/>
        <source>Merge tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="248"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="273"/>
        <source>Tags merged.</source>
        <translation>دُمجت الوسوم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="254"/>
        <source>Select one tag to delete.</source>
        <translation>اختر وسمًا واحدًا لحذفه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="257"/>
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
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="258"/>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="262"/>
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
