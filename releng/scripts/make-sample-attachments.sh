#!/usr/bin/env bash
# Writes the attachment PDFs of every samples/*.cluster (the files its 附件清单 names, with the page counts it
# records) from releng/scripts/sample-attachments/SampleAttachments.java, with the PDFBox jars of the target platform
# (Maven Central, resolved into ~/.m2 by the build). Run after changing a sample's attachments.
set -euo pipefail
cd "$(dirname "$0")/../.."
m2="${HOME}/.m2/repository"
v=3.0.8
cp="$m2/org/apache/pdfbox/pdfbox/$v/pdfbox-$v.jar:$m2/org/apache/pdfbox/fontbox/$v/fontbox-$v.jar"
cp="$cp:$m2/org/apache/pdfbox/pdfbox-io/$v/pdfbox-io-$v.jar:$m2/commons-logging/commons-logging/1.4.0/commons-logging-1.4.0.jar"
java -cp "$cp" releng/scripts/sample-attachments/SampleAttachments.java samples
