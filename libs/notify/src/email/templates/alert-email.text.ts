// Plain-text part (Handlebars with escaping off: nothing here is HTML).
export const ALERT_EMAIL_TEXT = `{{heading}}

{{greeting}}
{{intro}}
{{#if unknownNotice}}

注意：{{unknownNotice}}
{{/if}}
{{#each groups}}

【{{name}}】{{count}} 条{{#if keywords}}（关键词：{{keywords}}）{{/if}}
{{#each items}}
{{#if full}}
{{no}}. {{title}}
{{#if changes}}
   变化：{{changes}}
{{/if}}
   {{meta}}
{{#if award}}
   {{award}}
{{/if}}
{{#if snippet}}
   {{snippet}}
{{/if}}
{{#if multi}}
   同时匹配：{{subscriptions}}
{{/if}}
{{#if url}}
   {{url}}
{{/if}}
{{#if notRelevantUrl}}
   不相关：{{notRelevantUrl}}
{{/if}}
{{#if followUrl}}
   关注此项目：{{followUrl}}
{{/if}}
{{else}}
{{no}}. {{title}}（另见上文第 {{no}} 条）
{{/if}}
{{/each}}
{{/each}}
{{#if moreCount}}

还有 {{moreCount}} 条，查看全部：{{moreUrl}}
{{/if}}

——
管理订阅：{{manageUrl}}
{{#each pauses}}
暂停「{{name}}」：{{url}}
{{/each}}
退订全部提醒：{{unsubscribeUrl}}
`;
