// MJML with Handlebars placeholders: compiled to HTML once, then filled per email by Handlebars.
// Block helpers around whole sections sit in <mj-raw>, so each repetition keeps its Outlook wrappers.
// Only *Html fields use {{{ }}}: they are escaped by highlightHtml; everything else is escaped here.
export const ALERT_EMAIL_MJML = `
<mjml lang="zh-CN">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>{{preview}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif" />
      <mj-text font-size="14px" line-height="1.6" color="#222222" padding="0" />
      <mj-section padding="0" />
      <mj-column padding="0" />
    </mj-attributes>
    <mj-style>
      a { color: #1a5fb4; }
      .item { padding: 12px 0; border-bottom: 1px solid #eeeeee; }
      .item-title { font-size: 15px; font-weight: bold; line-height: 1.5; }
      .meta { font-size: 12px; color: #666666; margin-top: 4px; }
      .award { font-size: 13px; color: #135200; margin-top: 4px; }
      .snippet { font-size: 13px; color: #444444; margin-top: 6px; }
      .also { font-size: 12px; color: #8a6d00; margin-top: 4px; }
      @media only screen and (max-width: 480px) { .item-title { font-size: 16px !important; } }
    </mj-style>
  </mj-head>
  <mj-body background-color="#f4f5f7" width="640px">
    <mj-section background-color="#1a5fb4" padding="20px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="20px" font-weight="bold">{{heading}}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="20px 24px 4px">
      <mj-column>
        <mj-text>{{greeting}}</mj-text>
        <mj-text padding="4px 0 0">{{intro}}</mj-text>
      </mj-column>
    </mj-section>
    <mj-raw>{{#if unknownNotice}}</mj-raw>
    <mj-section background-color="#ffffff" padding="8px 24px">
      <mj-column background-color="#fff7e6" border="1px solid #ffd591" padding="8px 12px">
        <mj-text font-size="13px" color="#874d00">{{unknownNotice}}</mj-text>
      </mj-column>
    </mj-section>
    <mj-raw>{{/if}}</mj-raw>
    <mj-raw>{{#each groups}}</mj-raw>
    <mj-section background-color="#ffffff" padding="16px 24px 0">
      <mj-column>
        <mj-text font-size="16px" font-weight="bold" color="#1a5fb4">「{{name}}」<span style="font-size:13px;font-weight:normal;color:#666666">{{count}} 条</span></mj-text>
        <mj-text font-size="12px" color="#888888">{{#if keywords}}关键词：{{keywords}}{{else}}无关键词（按地区/类别）{{/if}}</mj-text>
        <mj-text>{{#each items}}{{#if full}}<div class="item">
            <div class="item-title">{{no}}. {{#if url}}<a href="{{url}}" target="_blank" style="color:#1a5fb4;text-decoration:none">{{{titleHtml}}}</a>{{else}}{{{titleHtml}}}{{/if}}</div>
            {{#if changes}}<div class="award">变化：{{changes}}</div>{{/if}}
            <div class="meta">{{meta}}</div>
            {{#if award}}<div class="award">{{award}}</div>{{/if}}
            {{#if snippet}}<div class="snippet">{{{snippetHtml}}}</div>{{/if}}
            {{#if multi}}<div class="also">同时匹配：{{subscriptions}}</div>{{/if}}
            {{#if notRelevantUrl}}<div class="meta"><a href="{{notRelevantUrl}}" style="color:#888888">不相关</a>{{#if followUrl}} · <a href="{{followUrl}}" style="color:#1a5fb4">关注此项目</a>{{/if}}</div>{{/if}}
          </div>{{else}}<div class="item">
            <div style="font-size:13px;color:#666666">{{no}}. {{title}} <span style="color:#8a6d00">（另见上文第 {{no}} 条 · 匹配：{{subscriptions}}）</span></div>
          </div>{{/if}}{{/each}}</mj-text>
      </mj-column>
    </mj-section>
    <mj-raw>{{/each}}</mj-raw>
    <mj-raw>{{#if moreCount}}</mj-raw>
    <mj-section background-color="#ffffff" padding="16px 24px">
      <mj-column>
        <mj-button href="{{moreUrl}}" background-color="#1a5fb4" color="#ffffff" font-size="14px" border-radius="4px" padding="0" align="left">还有 {{moreCount}} 条，查看全部</mj-button>
      </mj-column>
    </mj-section>
    <mj-raw>{{/if}}</mj-raw>
    <mj-section background-color="#ffffff" padding="8px 24px 20px"><mj-column><mj-text> </mj-text></mj-column></mj-section>
    <mj-section padding="16px 24px 32px">
      <mj-column>
        <mj-text font-size="12px" color="#888888" line-height="1.8">
          您收到这封邮件，是因为您在标讯订阅设置了订阅。<br />
          <a href="{{manageUrl}}" style="color:#1a5fb4">管理订阅</a>{{#each pauses}} · <a href="{{url}}" style="color:#1a5fb4">暂停「{{name}}」</a>{{/each}} · <a href="{{unsubscribeUrl}}" style="color:#1a5fb4">退订全部提醒</a>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
`;
