package org.innocomplex.workflow.domain;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;

/**
 * The only way this module parses XML. BPMN comes from administrators' browsers, so a DOCTYPE is refused outright:
 * that alone stops external entities (file or network reads) and entity expansion bombs ("billion laughs"); the
 * other switches are kept off too in case a parser ignores the first.
 */
public final class SafeXml {
    private SafeXml() {}

    public static DocumentBuilder documentBuilder() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // never resolve anything, whatever slips through
            b.setEntityResolver((publicId, systemId) -> {
                throw new org.xml.sax.SAXException("external entity refused: " + systemId);
            });
            // the caller reports the error; the default handler would also print it to stderr
            b.setErrorHandler(new org.xml.sax.ErrorHandler() {
                @Override
                public void warning(org.xml.sax.SAXParseException e) {}

                @Override
                public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /**
     * Parses the XML with {@link #documentBuilder()} only to prove it safe to hand on (no DOCTYPE, well formed).
     *
     * @throws IllegalStateException when it is not
     */
    public static void requireSafe(String xml) {
        try {
            documentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        } catch (org.xml.sax.SAXException | java.io.IOException e) {
            throw new IllegalStateException("unsafe or malformed BPMN XML: " + e.getMessage(), e);
        }
    }
}
