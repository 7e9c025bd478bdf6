# --- files, the document check, the photo ----------------------------------------------
dba "SET session_replication_role = replica;
     INSERT INTO hearth.client (first_name, last_name, birth_date, dob_data_quality, intake_sharing, created_org, created_by)
     SELECT 'Fiona', 'Filer', '1981-06-07', 1, 'global', o.id, u.id FROM hearth.organization o, hearth.hmis_user u
     WHERE o.name = 'Harbor House' AND u.username = 'alice'" >/dev/null
fiona=$(dba "select id from hearth.client where last_name = 'Filer'")
harbor=$(dba "select id from hearth.organization where name = 'Harbor House'")
north=$(dba "select id from hearth.organization where name = 'Northside'")
mkdir -p "$work/files" "$work/out"
head -c 300000 /dev/urandom >"$work/files/scan.pdf"
head -c 11000000 /dev/zero >"$work/files/big.pdf"
head -c 5000 /dev/urandom >"$work/files/diagnosis.pdf"
head -c 20000 /dev/urandom >"$work/files/face.png"
# Transfers run with their own statement_timeout, not the session's 15
# seconds, which a large file over a slow link could outlast: these test
# triggers refuse any upload or download made under the session's, so every
# transfer below shows it without waiting for anything.
dba "CREATE FUNCTION public.refuse_session_timeout() RETURNS trigger LANGUAGE plpgsql AS \$\$
     BEGIN
         IF current_setting('statement_timeout') = '15s' THEN
             RAISE EXCEPTION 'a transfer under the session''s statement_timeout';
         END IF;
         RETURN NEW;
     END \$\$;
     CREATE TRIGGER test_transfer BEFORE INSERT ON hearth.client_file
         FOR EACH ROW EXECUTE FUNCTION public.refuse_session_timeout();
     CREATE TRIGGER test_transfer BEFORE INSERT ON hearth.client_document
         FOR EACH ROW EXECUTE FUNCTION public.refuse_session_timeout();
     CREATE TRIGGER test_transfer BEFORE INSERT OR UPDATE OF data ON hearth.client_photo
         FOR EACH ROW EXECUTE FUNCTION public.refuse_session_timeout();
     CREATE TRIGGER test_transfer BEFORE INSERT ON hearth.audit_log
         FOR EACH ROW WHEN (NEW.action = 'download') EXECUTE FUNCTION public.refuse_session_timeout();" >/dev/null
tui_section "files: upload and download" 'start_as alice pw-alice && open_client filer'
expect_screen "the dashboard says when no photo is on file" "Photo            none"
menu "client files"
expect_screen "Client Files lists the client's files" "No file you may see."
tui_keys Insert
expect_screen "Insert asks for the file to upload" "File on this computer"
tui_type "$work/files/scan.pdf"; tui_keys Tab
expect_screen "the name is the file's own" "scan.pdf"
tui_keys Tab; tui_type "Signed intake form"; tui_keys F2
expect_screen "an upload says so" "Uploaded scan.pdf."
expect_screen "and the file is listed with its size" "293 KB"
check "the file is stored whole, as alice's organization's" "300000|application/pdf|Signed intake form|none|$harbor" \
	"$(dba "select size, mime_type, description, restriction, org_id from hearth.client_file where client_id = $fiona")"
tui_keys C-d
expect_screen "Ctrl-D asks where to save the file" "Save to: ~/scan.pdf"
tui_keys C-u; tui_type "$work/out/scan.pdf"; tui_keys Enter
expect_screen "a download says so" "Saved scan.pdf (293 KB) to"
check "upload and download a file byte-for-byte" "same" \
	"$(cmp -s "$work/files/scan.pdf" "$work/out/scan.pdf" && echo same)"
check "the download is in the audit log" "1" \
	"$(dba "select count(*) from hearth.audit_log where action = 'download' and table_name = 'client_file' and role_name = 'alice'")"
check "the downloaded file is readable by its owner only" 600 "$(stat -c %a "$work/out/scan.pdf")"
tui_keys C-d C-u; tui_type "$work/out/scan.pdf"; tui_keys Enter
expect_screen "a download never replaces a file unasked" "That file exists: Enter again replaces it"
tui_keys Enter
expect_screen "Enter again replaces it" "Saved scan.pdf (293 KB) to"
check "and it is still the same file" "same" \
	"$(cmp -s "$work/files/scan.pdf" "$work/out/scan.pdf" && echo same)"
tui_section "files: uploads refused" 'start_as alice pw-alice && open_client filer && menu "client files" && tui_wait "293 KB"'
tui_keys Insert; tui_type "$work/files/big.pdf"; tui_keys F2
expect_screen "an over-size file gets a sentence" "big.pdf is 10.5 MB; files may be at most 10 MB."
check "and nothing is stored" 0 "$(dba "select count(*) from hearth.client_file where name = 'big.pdf'")"
tui_keys C-u Tab; tui_type "$work/nowhere.pdf"; tui_keys BTab C-u; tui_type "$work/nowhere.pdf"; tui_keys F2
expect_screen "a missing file gets a sentence" "There is no file $work/nowhere.pdf"
tui_keys Escape
expect_screen "Esc with a path typed asks first" "Leave without uploading?"
tui_keys Escape
expect_screen "Esc again leaves the upload" "Unrestricted"
expect_not_screen "with nothing stored" "big.pdf"

tui_section "files: the document check" 'start_as alice pw-alice && open_client filer'
menu "document"
expect_screen "Document Check lists the client's sensitive documents" "No document you may see."
tui_keys Insert
expect_screen "Insert asks for the document to upload" "Upload a document"
tui_type "$work/files/diagnosis.pdf"; tui_keys Tab Right
expect_screen "its kind is chosen with Right" "Verification of disability"
tui_keys F2
expect_screen "a document is uploaded" "Uploaded diagnosis.pdf."
check "as Harbor House's, of the kind chosen" "disability_verification|organization|$harbor|5000" \
	"$(dba "select document_type, restriction, org_id, size from hearth.client_document where client_id = $fiona")"
check "a colleague in the same organization sees the document" 1 \
	"$(as jose@$harbor "select count(*) from hearth.client_document where client_id = $fiona")"
check "another organization never sees it" 0 \
	"$(as jose@$north "select count(*) from hearth.client_document where client_id = $fiona")"
tui_keys C-d C-u; tui_type "$work/out/diagnosis.pdf"; tui_keys Enter
tui_wait "Saved diagnosis.pdf" >/dev/null
check "a document downloads byte-for-byte" "same" \
	"$(cmp -s "$work/files/diagnosis.pdf" "$work/out/diagnosis.pdf" && echo same)"

tui_section "files: the photo" 'start_as alice pw-alice && open_client filer'
menu "photo"
expect_screen "Client Photo says when there is none" "Photo: none on file."
tui_keys Insert C-u; tui_type "$work/files/face.png"; tui_keys Enter
expect_screen "a photo is uploaded from a path" "The photo is on file."
expect_screen "and described" "Photo: on file (image/png, 19.5 KB"
menu "dashboard"
expect_screen "the dashboard marks the photo" "Photo            on file"
tui_section "files: another organization" 'start_as wang pw-wang && open_client filer'
expect_screen "another organization sees the photo marker of a shared client" "Photo            on file"
menu "photo"
tui_keys Insert C-u; tui_type "$work/files/face.png"; tui_keys Enter
expect_screen "only the creating organization may replace the photo, and hearth says so" \
	"Only the organization that created the intake may change the photo."
tui_keys Escape Delete Delete
expect_screen "nor remove it" "Only the organization that created the intake may change the photo."
check "the photo is still alice's" "1" "$(dba "select count(*) from hearth.client_photo where client_id = $fiona")"
menu "document"
expect_screen "another organization's Document Check shows nothing" "No document you may see."
menu "client files"
expect_screen "nor does Client Files show a file not shared by an MOU" "No file you may see."

dba "DROP FUNCTION public.refuse_session_timeout() CASCADE" >/dev/null

