/** The email an endpoint's owner gets when it is switched off after failing for too long. */
export function endpointDisabledMessage(
  endpoint: { url: string; description: string },
  manageUrl: string,
  hours: number,
): { subject: string; text: string } {
  const host = new URL(endpoint.url).host;
  const name = endpoint.description ? `「${endpoint.description}」(${host})` : host;
  return {
    subject: '【标讯订阅】推送地址已停用',
    text: [
      `您的推送地址 ${name} 已连续 ${hours} 小时无法接收标讯推送，我们已将其停用，之后的标讯不会再推送到该地址。`,
      '',
      `修复接收端后，请在这里重新启用并重放失败的推送：${manageUrl}`,
    ].join('\n'),
  };
}
