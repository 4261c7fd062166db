<?xml version="1.0" encoding="UTF-8"?>
<!--
  bitext TEI → readable HTML: Chinese with pinyin as ruby, each paragraph followed by its
  English, names linked to their entry (English and Chinese forms) at the end of the page.

  XSLT 1.0: runs in lxml (bitext.tei.render_html), xsltproc, Saxon, a browser.
    xsltproc bitext/xslt/tei-to-html.xsl article.tei.xml > article.html
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="t">

  <xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:template match="/t:TEI">
    <html lang="{@xml:lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="t:teiHeader/t:fileDesc/t:titleStmt/t:title"/></title>
        <style>
          body { max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 2.4; font-family: sans-serif; }
          ruby rt { font-size: 0.6em; color: #555; }
          .en { line-height: 1.5; color: #234; margin: -0.6em 0 1.4em; }
          .name { border-bottom: 1px dotted #a33; text-decoration: none; color: inherit; }
          .boilerplate { color: #777; }
          .gap { color: #a00; }
          dl.names dt { margin-top: 0.6em; font-weight: bold; }
        </style>
      </head>
      <body>
        <h1><xsl:value-of select="t:teiHeader/t:fileDesc/t:titleStmt/t:title"/></h1>
        <xsl:apply-templates select="t:text//t:text[@type='source']/t:body/t:div | t:text/t:body/t:div"/>
        <xsl:apply-templates select="t:standOff"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="t:div">
    <section id="{@xml:id}" class="{@type}">
      <xsl:apply-templates select="t:head | t:p"/>
    </section>
  </xsl:template>

  <!-- A Chinese paragraph, then the English that the translation links pair with it. -->
  <xsl:template match="t:head | t:p">
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="self::t:head">h2</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute>
      <xsl:attribute name="lang"><xsl:value-of select="ancestor::t:text[@xml:lang][1]/@xml:lang"/></xsl:attribute>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:variable name="english" select="key('id', concat('en-', @xml:id))"/>
    <xsl:if test="$english">
      <p class="en" lang="en" id="{$english/@xml:id}"><xsl:value-of select="$english"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template match="t:s">
    <span class="s" id="{@xml:id}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="t:ruby">
    <ruby><xsl:value-of select="t:rb"/><rt><xsl:value-of select="t:rt"/></rt></ruby>
  </xsl:template>

  <xsl:template match="t:persName | t:placeName | t:orgName | t:term">
    <xsl:variable name="entry" select="key('id', substring-after(@ref, '#'))"/>
    <a class="name {local-name()}" href="#{substring-after(@ref, '#')}">
      <xsl:if test="$entry/*[@type='full' or not(@type)][normalize-space()]">
        <xsl:attribute name="title"><xsl:value-of select="$entry/*[@type='full' or not(@type)][1]"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </a>
  </xsl:template>

  <!-- A name regularised to its glossary form: the text as written. -->
  <xsl:template match="t:choice"><xsl:apply-templates select="t:orig"/></xsl:template>

  <xsl:template match="t:foreign">
    <span lang="{@xml:lang}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="t:gap">
    <span class="gap" title="{t:desc}">�</span>
  </xsl:template>

  <!-- Names listed in standOff: English, then every Chinese form. -->
  <xsl:template match="t:standOff">
    <xsl:if test="t:listPerson | t:listPlace | t:listOrg | t:listObject">
      <h2 lang="en">Names</h2>
      <dl class="names">
        <xsl:for-each select="t:listPerson/t:person | t:listPlace/t:place | t:listOrg/t:org | t:listObject/t:object">
          <dt id="{@xml:id}" lang="en"><xsl:value-of select=".//*[@type='full' or (local-name()='objectName' and not(@type))][1]"/></dt>
          <dd>
            <xsl:for-each select=".//*[starts-with(@xml:lang, 'zh')]">
              <span lang="{@xml:lang}"><xsl:value-of select="."/></span>
              <xsl:if test="position() != last()"> · </xsl:if>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <xsl:template match="t:rt | t:desc | t:note"/>
</xsl:stylesheet>
