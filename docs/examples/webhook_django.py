"""A Django webhook view: check Telegram's secret token, approve join requests in the answer."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

import telebot_lite as tl
from telebot_lite.methods import ApproveChatJoinRequest


@csrf_exempt  # Telegram sends no CSRF token; the secret token header is its credential
@require_POST
def telegram_webhook(request):
    received = request.headers.get(tl.SECRET_TOKEN_HEADER)
    if not tl.check_secret_token(received, settings.TELEGRAM_WEBHOOK_SECRET):
        return HttpResponseForbidden()  # not Telegram: answer before reading the body
    try:
        update = tl.parse_update(request.body)
    except tl.InvalidArgument:
        return HttpResponseBadRequest()

    join_request = update.chat_join_request
    if join_request is None:
        return HttpResponse()  # any other update: a 2xx tells Telegram it arrived
    approve = ApproveChatJoinRequest(
        chat_id=join_request.chat.id, user_id=join_request.from_user.id
    )
    # Telegram executes the method in the answer, and discards its result.
    return JsonResponse(approve.as_webhook_reply())


# urls.py
urlpatterns = [path("telegram/webhook/", telegram_webhook)]
