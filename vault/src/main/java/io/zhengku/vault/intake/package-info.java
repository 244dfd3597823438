/**
 * The upload intake (收件) of the vault: every file a department uploads, licence or material, passes through
 * here before anything is stored, and is either accepted as an {@link io.zhengku.vault.intake.InspectedFile}
 * or refused with an {@link io.zhengku.vault.intake.IntakeException} whose
 * {@link io.zhengku.vault.intake.IntakeProblem} gives the stable code and HTTP status.
 *
 * <pre>{@code
 * try (ReceivedFile file = ReceivedFile.receive(body, uploadDir, limits)) {
 *     InspectedFile inspected = inspector.inspect(file, partContentType); // null when the part had none
 *     // store file.openStream() under file.sha256(), as inspected.type().extension()
 * } // closing deletes the temporary file, accepted or refused
 * }</pre>
 *
 * <h2>The order of the checks, and why</h2>
 * <ol>
 *   <li><b>Size, while receiving.</b> {@link io.zhengku.vault.intake.ReceivedFile#receive} stops reading one
 *   byte past {@code maxBytes}, so an endless upload costs no more than the limit, and hashes (SHA-256 and SM3)
 *   in the same pass, so the file is read from the network once. Empty uploads stop here too.</li>
 *   <li><b>Type, from the content only.</b> Tika's magic-byte detector reads the first bytes; the file name and
 *   the declared type are never consulted, because both are the uploader's claims: an executable renamed
 *   {@code licence.pdf} is still an executable. A ZIP archive is an OFD only with the entry file
 *   {@code OFD.xml} at its root (GB/T 33190), which Tika does not know, so the intake looks for it. A type
 *   outside PDF, OFD, PNG and JPEG is refused before any parser sees the bytes.</li>
 *   <li><b>The declared type, against the content.</b> Only after the content's type is known: a declared type
 *   that is neither generic ({@code application/octet-stream}, or none) nor the content's is refused, since a
 *   client that mislabels a file is either broken or probing.</li>
 *   <li><b>Structure, per type, cheapest proof first.</b>
 *   <ul>
 *     <li>PDF: the {@code startxref … %%EOF} trailer must lie within the last 1,024 bytes before PDFBox is
 *     asked at all. PDFBox is lenient by design: it rebuilds a missing cross-reference table by scanning for
 *     objects, so it opens a truncated file without complaint, and only the trailer check catches the cut.
 *     PDFBox then parses with bounded memory, refuses encryption (the vault must read and seal the file) and
 *     must reach at least one page. Last, every object is searched for active content — JavaScript, launch
 *     actions, embedded files and attachments, actions that open another file or send form data, XFA forms —
 *     which is refused ({@code file-active-content}): a sealed licence is opened in clerks' and relying
 *     parties' readers and must not run anything there. The search goes through PDFBox's objects, not the
 *     bytes, so {@code #xx}-escaped names and compressed object streams hide nothing, and reads at most
 *     100,000 objects ({@code file-too-large} past that).</li>
 *     <li>PNG and JPEG: start and end markers first (IHDR and IEND, SOI and EOI; ImageIO decodes a truncated
 *     JPEG with only a warning), then the pixel count from the header, so a tiny file claiming 100000 x 100000
 *     pixels is refused before a decoder allocates anything; only then is it decoded, keeping a sample.</li>
 *     <li>OFD: the ZIP directory is read in place, never extracted to disk; entry count and entry names
 *     (absolute, {@code ..}, backslash, drive letter) are checked before any inflating; then every entry is
 *     inflated and its bytes counted as they come out, against the total and the per-entry ratio. The sizes
 *     in the ZIP headers are the uploader's claims and a bomb lies in them, so only counting while inflating
 *     is safe, and it stops at the first byte over a limit. Last, {@code OFD.xml} is parsed with SAX and DTDs
 *     refused, which rules out entity expansion and external fetches.</li>
 *   </ul></li>
 * </ol>
 *
 * <p>Every parser's own exceptions, runtime ones and stack overflows included, become
 * {@link io.zhengku.vault.intake.IntakeProblem#FILE_MALFORMED}: hostile bytes reach the caller only as a
 * refusal. An {@link java.io.IOException} leaves only when the temporary file itself cannot be written or
 * read.
 */
package io.zhengku.vault.intake;
